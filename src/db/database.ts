// Opens the database: embedded PGlite under DATA_DIR when DATABASE_URL is unset, PostgreSQL otherwise.
// Both go through a Prisma driver adapter, and pending migrations are applied before the client is used.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/client.js';
import { applyMigrations, readMigrationList } from './migrations.js';
import { createStore, type Store } from './repositories/index.js';
import { ensurePrivateDir, makePrivate, restrictUmask } from '../privacy/private-files.js';

export type Db = PrismaClient;
/** The client handed to code running inside a transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface Database {
  /** The Prisma client: only the repositories (and migrations) use it. */
  db: Db;
  /** The repositories over `db`: what the rest of the app uses. */
  store: Store;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, PGlite. */
  url?: string;
  /** PGlite directory; absent with no url → in memory (tests). */
  dataDir?: string;
  /** Called with every SQL statement (benchmarks count them); never set in production. */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  let factory: SqlMigrationAwareDriverAdapterFactory;
  let closeDriver: () => Promise<void>;
  let kind: Database['kind'];
  if (opts.url) {
    const pg = new PrismaPg({ connectionString: opts.url, max: 10 });
    factory = pg;
    closeDriver = async () => {};
    kind = 'postgres';
  } else {
    if (opts.dataDir) {
      // The database's files are the app user's only: a private DATA_DIR, and no file readable by others.
      await ensurePrivateDir(opts.dataDir);
      restrictUmask();
    }
    const lite = new PGlite(opts.dataDir ? join(opts.dataDir, 'pglite') : undefined);
    await lite.waitReady;
    if (opts.dataDir) await makePrivate(join(opts.dataDir, 'pglite'));
    factory = new PrismaPGlite(lite);
    // PGlite must be closed: a process that exits with it open ends with code 99.
    closeDriver = () => lite.close();
    kind = 'pglite';
  }
  // Interactive transactions queue behind each other on PGlite's single connection: allow waiting.
  const db = new PrismaClient({ adapter: factory, transactionOptions: { maxWait: 20_000, timeout: 30_000 }, ...(opts.onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}) });
  if (opts.onQuery) (db as unknown as { $on(e: 'query', cb: (q: { query: string }) => void): void }).$on('query', (q) => opts.onQuery!(q.query));
  return {
    db,
    store: createStore(db),
    kind,
    async migrate() {
      // Loading the schema engine costs a second or two: skip it when every migration is already recorded.
      const names = (await readMigrationList()).migrationDirectories.map((d) => d.path);
      const applied = await db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []);
      const done = new Set(applied.map((r) => r.migration_name));
      return names.every((n) => done.has(n)) ? [] : applyMigrations(factory);
    },
    async close() {
      await db.$disconnect();
      await closeDriver();
    },
  };
}
