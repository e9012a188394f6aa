import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../src/channels/zalo-oa/signature.js';

// The formula from the notes (A1.2), computed here independently of the adapter.
const mac = (appId: string, raw: string, ts: string, key: string) => createHash('sha256').update(appId + raw + ts + key).digest('hex');

describe('OA webhook signature', () => {
  const now = 1_751_100_041_636;
  const raw = `{"event_name":"user_send_text","app_id":"102719276611582260","timestamp":"${now}","message":{"text":"Chào","msg_id":"b8de"}}`;
  const good = mac('102719276611582260', raw, String(now), 'oa-key');

  it('accepts "mac=<hex>" and bare hex over the exact bytes', () => {
    expect(verifyWebhook(Buffer.from(raw), `mac=${good}`, 'oa-key', now).ok).toBe(true);
    expect(verifyWebhook(Buffer.from(raw), good, 'oa-key', now + 60_000).ok).toBe(true);
  });

  it('refuses a missing, wrong or stale signature', () => {
    expect(verifyWebhook(Buffer.from(raw), undefined, 'oa-key', now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyWebhook(Buffer.from(raw), `mac=${good}`, 'other-key', now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhook(Buffer.from(raw.replace('Chào', 'Chao')), `mac=${good}`, 'oa-key', now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhook(Buffer.from(raw), `mac=${good}`, 'oa-key', now + 5 * 60_000 + 1)).toEqual({ ok: false, reason: 'stale' });
  });
});
