// DATA_DIR holds the embedded database and the generated secrets: it is created 0700, an older install's wider
// permissions are narrowed at the next start, and no file under it is readable by group or others.
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { loadKeys } from '../../src/privacy/keys.js';
import { loadConfig } from '../../src/config.js';

let root: string;
beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'tincay-datadir-')); });
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

/** Every path under `dir` (itself included) whose mode lets group or others in. */
async function openToOthers(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (p: string) => {
    const s = await stat(p);
    if (s.mode & 0o077) found.push(`${p} ${(s.mode & 0o777).toString(8)}`);
    if (s.isDirectory()) for (const name of await readdir(p)) await walk(join(p, name));
  };
  await walk(dir);
  return found;
}

async function widen(dir: string): Promise<void> {
  const s = await stat(dir);
  await chmod(dir, s.isDirectory() ? 0o755 : 0o644);
  if (s.isDirectory()) for (const name of await readdir(dir)) await widen(join(dir, name));
}

describe('DATA_DIR', () => {
  it('is created 0700 with the embedded database\'s files readable by the app\'s user only', async () => {
    const dataDir = join(root, 'fresh', 'data');
    const db = await openDatabase({ dataDir });
    await db.migrate();
    await db.db.$executeRawUnsafe('CREATE TABLE private_check (x int)');
    await db.close();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await readdir(join(dataDir, 'pglite'))).length).toBeGreaterThan(0);
    expect(await openToOthers(dataDir)).toEqual([]);
  });

  it('narrows the permissions an older install left open, at the next start', async () => {
    const dataDir = join(root, 'older', 'data');
    const first = await openDatabase({ dataDir });
    await first.close();
    await widen(dataDir);
    expect((await openToOthers(dataDir)).length).toBeGreaterThan(0);
    const again = await openDatabase({ dataDir });
    await again.close();
    expect(await openToOthers(dataDir)).toEqual([]);
  });

  it('keeps the generated secrets in a private DATA_DIR', async () => {
    const dataDir = join(root, 'keys', 'data');
    await loadKeys(loadConfig({ DATA_DIR: dataDir }));
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dataDir, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });
});
