// Where tests get a database. TEST_DB=postgres runs against the PostgreSQL server in TEST_DATABASE_URL (each call
// makes its own fresh database, dropped afterwards); otherwise each call gets a fresh PGlite in a temp folder.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const testDbKind: 'postgres' | 'pglite' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestDbTarget {
  /** Environment for loadConfig: DATABASE_URL (PostgreSQL) and a DATA_DIR (always). */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDbTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tincay-test-'));
  const secrets = { PSEUDONYM_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
  if (testDbKind === 'pglite') {
    // A copy of the migrated template (see global-setup.ts): the app finds its migrations already applied.
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
    return { env: { DATA_DIR: dataDir, ...secrets }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `tincay_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString(), ...secrets },
    async dispose() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await c.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
