// The per-user message limit on the Zalo Bot webhook (the same gate as Telegram's and Zalo OA's,
// src/channels/limits/chat-gate.ts): webhooks come from Zalo's servers, so only the user is limited, never the
// address. Past the budget a user gets exactly one kind notice with the numbers per window, every post is still
// acknowledged with 200 (a retry would only be dropped again), nothing more reaches the database, and another user
// is answered. The window is long (600 s) so no test depends on timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../../support/zalo-bot-stub/server.js';
import { startBotTestApp, WEBHOOK_SECRET, type BotTestApp } from './support/bot-test-app.js';

const LIMIT = 3;
let z: BotTestApp;
beforeAll(async () => { z = await startBotTestApp({ env: { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_CHAT: String(LIMIT) } }); });
afterAll(async () => { await z?.close(); });

const post = (body: unknown) => fetch(`${z.t.url}/zalo/bot/webhook`, {
  method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': WEBHOOK_SECRET }, body: JSON.stringify(body),
});

describe('Zalo Bot rate limit', () => {
  it('sends a user over the limit exactly one kind notice with the numbers, drops the rest, and still answers another user', async () => {
    const user = 'b0000000000000000901';
    const ids = Array.from({ length: LIMIT + 4 }, (_, i) => `flood-${i}`);
    const statuses: number[] = [];
    for (const id of ids) statuses.push((await post(textUpdate(user, `tin nhắn ${id}`, { messageId: id }))).status);
    expect(statuses).toEqual(Array(LIMIT + 4).fill(200));

    const notice = z.i18n.t('vi', 'rate-limited-notice', { seconds: 600 });
    const notices = z.stub.sent.filter((m) => m.chatId === user && m.text === notice);
    expect(notices).toHaveLength(1);
    for (const number of ['113', '115', '111', '18008080']) expect(notices[0]!.text).toContain(number);
    const processed = (some: string[]) => z.t.app.database.db.processedUpdate.count({ where: { channel: 'zalo-bot', updateId: { in: some.map((id) => `message.text.received:${id}`) } } });
    expect(await processed(ids.slice(0, LIMIT))).toBe(LIMIT);
    expect(await processed(ids.slice(LIMIT))).toBe(0);

    const other = await z.person('b0000000000000000902').says('xin chào');
    expect(other.status).toBe(200);
    expect(other.text).toContain('113');
    expect(other.messages.some((m) => m.text === notice)).toBe(false);
  });
});
