// The two secrets. With the embedded default they are generated once and kept under DATA_DIR (mode 0600), so a
// fresh machine needs no configuration; with DATABASE_URL or in production the config schema requires them.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { ensurePrivateDir } from './private-files.js';

export interface Keys { pseudonymSecret: Buffer; encryptionKey: Buffer }

export async function loadKeys(config: Config): Promise<Keys> {
  if (config.PSEUDONYM_SECRET && config.ENCRYPTION_KEY) {
    return { pseudonymSecret: Buffer.from(config.PSEUDONYM_SECRET, 'hex'), encryptionKey: Buffer.from(config.ENCRYPTION_KEY, 'hex') };
  }
  await ensurePrivateDir(config.DATA_DIR);
  const file = join(config.DATA_DIR, 'secrets.json');
  let stored: { pseudonymSecret?: string; encryptionKey?: string } = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const next = {
    pseudonymSecret: config.PSEUDONYM_SECRET ?? stored.pseudonymSecret ?? randomBytes(32).toString('hex'),
    encryptionKey: config.ENCRYPTION_KEY ?? stored.encryptionKey ?? randomBytes(32).toString('hex'),
  };
  if (next.pseudonymSecret !== stored.pseudonymSecret || next.encryptionKey !== stored.encryptionKey) {
    await writeFile(file, JSON.stringify(next, null, 2), { mode: 0o600 });
  }
  return { pseudonymSecret: Buffer.from(next.pseudonymSecret, 'hex'), encryptionKey: Buffer.from(next.encryptionKey, 'hex') };
}
