// Constant-time comparison of a secret the caller sent with the one we hold: the time taken reveals neither the
// length of the common prefix nor (by hashing first) the length of the secret.
import { createHash, timingSafeEqual } from 'node:crypto';

export function safeEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
