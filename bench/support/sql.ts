// Raw SQL on a scratch database from the bench process while the app is stopped: PGlite opened on the app's
// directory, or a pg client on the PostgreSQL URL.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { ScratchDatabase } from './database.js';

export async function withSql<T>(db: ScratchDatabase, work: (exec: (sql: string) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  if (db.url) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return await work(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end();
    }
  }
  const lite = new PGlite(join(db.dataDir, 'pglite'));
  await lite.waitReady;
  try {
    return await work(async (sql) => (await lite.query(sql)).rows);
  } finally {
    await lite.close();
  }
}
