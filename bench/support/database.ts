// A fresh database per bench run: a temporary PGlite directory, or a scratch PostgreSQL database made with
// createdb and dropped afterwards (BENCH_PG_HOST / BENCH_PG_USER, default 127.0.0.1 / postgres).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type DbKind = 'pglite' | 'postgres';

export interface ScratchDatabase {
  kind: DbKind;
  /** DATA_DIR of the app (PGlite lives in <dataDir>/pglite; with PostgreSQL it holds nothing). */
  dataDir: string;
  /** DATABASE_URL for PostgreSQL, undefined for PGlite. */
  url?: string;
  drop(): Promise<void>;
}

const PG_HOST = process.env.BENCH_PG_HOST ?? '127.0.0.1';
const PG_USER = process.env.BENCH_PG_USER ?? 'postgres';

export async function scratchDatabase(kind: DbKind): Promise<ScratchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tincay-bench-'));
  if (kind === 'pglite') return { kind, dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
  const name = `tincay_bench_${randomBytes(5).toString('hex')}`;
  execFileSync('createdb', ['-h', PG_HOST, '-U', PG_USER, name]);
  return {
    kind, dataDir, url: `postgresql://${PG_USER}@${PG_HOST}:5432/${name}`,
    async drop() {
      execFileSync('dropdb', ['-h', PG_HOST, '-U', PG_USER, '--if-exists', '--force', name]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
