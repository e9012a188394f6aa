// Reads every row of every table of the app's schema as JSON text, to prove what is (not) stored in clear.
import type { Db } from '../../src/db/database.js';

export async function tablesContaining(db: Db, needle: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const hits: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
    if (rows.some((r) => r.j.includes(needle))) hits.push(table_name);
  }
  return hits;
}

export async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  return tables.map((t) => t.table_name);
}
