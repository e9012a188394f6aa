// The benches' shared options: --db pglite|postgres (both when absent), --chats 1,50,200, --seconds N.
import { parseArgs } from 'node:util';
import type { DbKind } from './database.js';
import { parseChats } from './load.js';

export function benchOptions(defaults: { seconds: number; chats: number[] }) {
  const { values } = parseArgs({
    strict: false,
    options: { db: { type: 'string' }, chats: { type: 'string' }, seconds: { type: 'string' }, env: { type: 'string', multiple: true } },
  });
  const dbs: DbKind[] = values.db === 'pglite' || values.db === 'postgres' ? [values.db] : ['pglite', 'postgres'];
  return {
    dbs,
    chats: parseChats(values.chats as string | undefined, defaults.chats),
    seconds: Number(values.seconds ?? defaults.seconds),
  };
}
