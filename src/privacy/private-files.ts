// DATA_DIR holds the embedded database and the generated secrets: only the app's own user may read it. Directories
// are 0700; files get no group or other permission (a machine with other accounts, a backup copied with its modes).
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/** Creates `path` (and parents) and makes it 0700, also when it already existed with wider permissions. */
export async function ensurePrivateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chmod(path, 0o700);
}

/** Removes group and other permissions from `path` and everything under it (files an older version left 0644). */
export async function makePrivate(path: string): Promise<void> {
  const stat = await lstat(path).catch(() => null);
  if (!stat || stat.isSymbolicLink()) return;
  if (stat.mode & 0o077) await chmod(path, stat.mode & 0o700);
  if (stat.isDirectory()) for (const name of await readdir(path)) await makePrivate(join(path, name));
}

/**
 * Files this process creates from now on get no group or other permission. The embedded database writes files
 * (WAL segments, relations) for as long as it runs, with the process's umask: 0644 by default. (Worker threads
 * cannot change the umask; the main thread's applies to them.)
 */
export function restrictUmask(): void {
  if (!isMainThread) return;
  const previous = process.umask(0o077);
  if ((previous | 0o077) !== 0o077) process.umask(previous | 0o077);
}
