// The OA webhook signature (channel-apis notes A1.2): X-ZEvent-Signature = "mac=" + sha256_hex(app_id + raw body +
// timestamp + OA secret key), plain SHA-256 and not an HMAC, with app_id and timestamp read from the body. It is
// computed over the exact bytes received and compared in constant time; a timestamp more than 5 minutes away from
// our clock is refused too, so a captured request cannot be replayed later.
import { createHash } from 'node:crypto';
import { textField } from '../zalo-common/json-fields.js';
import { safeEqual } from '../zalo-common/safe-equal.js';

export const MAX_SKEW_MS = 5 * 60_000;

export type Verdict = { ok: true; event: Record<string, unknown> } | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'stale' };

export function signatureOf(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(appId + rawBody + timestamp + oaSecretKey).digest('hex');
}

export function verifyWebhook(rawBody: Buffer, header: string | undefined, oaSecretKey: string, now: number): Verdict {
  if (!header) return { ok: false, reason: 'missing' };
  const text = rawBody.toString('utf8');
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!event || typeof event !== 'object') return { ok: false, reason: 'malformed' };
  const appId = textField(event.app_id);
  const timestamp = textField(event.timestamp);
  const given = header.trim().replace(/^mac=/i, '').toLowerCase();
  if (!safeEqual(given, signatureOf(appId, text, timestamp, oaSecretKey))) return { ok: false, reason: 'mismatch' };
  const ms = Number(timestamp);
  if (!Number.isFinite(ms) || Math.abs(now - ms) > MAX_SKEW_MS) return { ok: false, reason: 'stale' };
  return { ok: true, event };
}
