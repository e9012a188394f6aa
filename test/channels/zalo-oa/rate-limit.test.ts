// The per-user message limit on the Zalo OA webhook (the gate shared with Telegram and the Zalo Bot): past the budget
// a user gets one kind notice with the numbers, every event is still acknowledged with 200, nothing more reaches the
// database, and another user is answered. The window is long (600 s) so no test depends on timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEvent, textEvent } from '../../support/zalo-oa-stub/webhook.js';
import { OA, startOaTestApp, until, type OaTestApp } from './support/oa-test-app.js';

const LIMIT = 3;
let z: OaTestApp;
beforeAll(async () => { z = await startOaTestApp({ env: { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_CHAT: String(LIMIT) } }); });
afterAll(async () => { await z?.close(); });

describe('Zalo OA rate limit', () => {
  it('sends a user over the limit one kind notice with the numbers, acknowledges and drops the rest, and still answers another user', async () => {
    const user = '8000000000000000901';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 4; i++) statuses.push((await postEvent(z.t.url, textEvent(user, `tin nhắn ${i}`, { appId: OA.appId }), OA.secretKey)).status);
    expect(statuses).toEqual(Array(LIMIT + 4).fill(200));
    expect(await z.t.app.database.db.processedUpdate.count({ where: { channel: 'zalo-oa' } })).toBe(LIMIT);

    const other = await z.person('8000000000000000902').says('xin chào');
    expect(other.status).toBe(200);
    expect(other.text).toContain('113');

    // The notice is not awaited by the webhook (Zalo wants its answer fast): wait for it, then count.
    const notice = z.i18n.t('vi', 'rate-limited-notice', { seconds: 600 });
    await until(() => z.stub.sent.some((m) => m.userId === user && m.text === notice));
    expect(z.stub.sent.filter((m) => m.userId === user && m.text === notice)).toHaveLength(1);
    expect(other.messages.some((m) => m.text === notice)).toBe(false);
  });
});
