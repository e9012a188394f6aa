// Runs once per test run: prepares a migrated PGlite data directory that each test copies (a fresh PGlite takes
// seconds to initialise; a copy opens in a fraction of that).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';

declare module 'vitest' {
  export interface ProvidedContext { pgliteTemplate: string }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'tincay-template-'));
  const db = await openDatabase({ dataDir: dir });
  await db.migrate();
  await db.close();
  project.provide('pgliteTemplate', dir);
  return async () => { await rm(dir, { recursive: true, force: true }); };
}
