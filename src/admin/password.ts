// Password hashing with scrypt (node:crypto) and the rules a new password must meet. The hash string carries its
// parameters, so they can be raised later without breaking old hashes.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) => new Promise<Buffer>((resolve, reject) =>
  scryptCb(pw, salt, len, opts, (err, key) => (err ? reject(err) : resolve(key))));

const N = 16384, R = 8, P = 1, LEN = 32;

export async function hashPassword(pw: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pw.normalize('NFC'), salt, LEN, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const got = await scrypt(pw.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(got, expected);
}

/** A hash to compare against when the account does not exist, so both answers take the same time. */
export const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const COMMON = ['password', 'matkhau', '12345678', 'qwerty', 'abc123', 'iloveyou', 'admin', 'tincay', '11111111', 'letmein'];

/** Why a password is too weak (a locale key: admin-weak-*), or null when it is acceptable. */
export function passwordProblem(pw: string, email: string): string | null {
  if (pw.length < 12) return 'admin-weak-short';
  if (pw.length > 256) return 'admin-weak-long';
  if (new Set(pw).size < 5) return 'admin-weak-repetitive';
  const lower = pw.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 3 && lower.includes(local)) return 'admin-weak-email';
  if (COMMON.some((c) => lower.includes(c))) return 'admin-weak-common';
  return null;
}
