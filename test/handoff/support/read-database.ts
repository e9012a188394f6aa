// Reads a test database while no app process has it open (between a SIGKILL and the next start): raw SQL through
// PGlite or pg, since PGlite's directory must never be opened by two processes at once.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestDbTarget } from '../../support/test-db.js';

export async function readDatabase<T>(target: TestDbTarget, sql: string): Promise<T[]> {
  if (target.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: target.env.DATABASE_URL });
    await client.connect();
    try { return (await client.query(sql)).rows as T[]; } finally { await client.end(); }
  }
  const lite = await PGlite.create(join(target.env.DATA_DIR!, 'pglite'));
  try { return (await lite.query<T>(sql)).rows; } finally { await lite.close(); }
}
