// The per-chat message limit on Telegram, webhook and polling alike: a chat past its budget gets exactly one kind
// notice with the emergency numbers per window, its other messages of that window are dropped before the
// database, and every other chat is answered as usual. Windows are long (600 s) so no test depends on timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StubCall } from '../../support/telegram-stub/index.js';
import { startTelegramTestApp, type TelegramTestApp } from './support/telegram-test-app.js';

const LIMIT = 3;
const env = { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_CHAT: String(LIMIT) };

function noticesTo(t: TelegramTestApp, chatId: number): StubCall[] {
  const notice = t.i18n.t('vi', 'rate-limited-notice', { seconds: 600 });
  return t.stub.calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chatId) && c.body.text === notice);
}

async function processed(t: TelegramTestApp, updateIds: number[]): Promise<number> {
  return t.app.database.db.processedUpdate.count({ where: { channel: 'telegram', updateId: { in: updateIds.map((id) => `${t.stub.botInfo.id}:${id}`) } } });
}

describe('Telegram rate limit (webhook)', () => {
  let t: TelegramTestApp;
  beforeAll(async () => { t = await startTelegramTestApp({ mode: 'webhook', env }); });
  afterAll(async () => { await t?.close(); });

  it('sends a chat over its limit exactly one kind notice with the numbers, drops the rest, and still answers another chat', async () => {
    const flooder = t.person({ id: 740_000_001 });
    const sent = Array.from({ length: LIMIT + 4 }, (_, i) => flooder.sim.sendText(`tin nhắn ${i}`));
    // Confirmed = the webhook answered 2xx, i.e. the update was handled (a notice is sent before that answer).
    expect(await Promise.all(sent.map((s) => s.confirmed))).toEqual(Array(LIMIT + 4).fill(true));

    const notices = noticesTo(t, flooder.id);
    expect(notices).toHaveLength(1);
    for (const number of ['113', '115', '111', '18008080']) expect(notices[0]!.body.text).toContain(number);
    expect(await processed(t, sent.slice(0, LIMIT).map((s) => s.update.update_id))).toBe(LIMIT);
    expect(await processed(t, sent.slice(LIMIT).map((s) => s.update.update_id))).toBe(0);

    const other = await t.person({ id: 740_000_002 }).command('/start');
    expect(other.text).toContain('113');
    expect(noticesTo(t, 740_000_002)).toEqual([]);
  });

  it('tells a chat in English when its Telegram app is in English', async () => {
    const flooder = t.person({ id: 740_000_003, languageCode: 'en' });
    const sent = Array.from({ length: LIMIT + 1 }, (_, i) => flooder.sim.sendText(`message ${i}`));
    await Promise.all(sent.map((s) => s.confirmed));
    const notice = t.i18n.t('en', 'rate-limited-notice', { seconds: 600 });
    expect(t.stub.calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(flooder.id) && c.body.text === notice)).toHaveLength(1);
  });

  it('lets the quick exit through for a chat over its limit', async () => {
    const leaving = t.person({ id: 740_000_004 });
    const sent = Array.from({ length: LIMIT + 1 }, (_, i) => leaving.sim.sendText(`tin nhắn ${i}`));
    await Promise.all(sent.map((s) => s.confirmed));
    const exit = leaving.sim.sendCommand('/thoat');
    expect(await exit.confirmed).toBe(true);
    expect(await processed(t, [exit.update.update_id])).toBe(1);
  });
});

describe('Telegram rate limit (polling)', () => {
  let t: TelegramTestApp;
  beforeAll(async () => { t = await startTelegramTestApp({ env }); });
  afterAll(async () => { await t?.close(); });

  it('sends a chat over its limit a kind notice with the numbers and still answers another chat', async () => {
    const flooder = t.person({ id: 740_000_011 });
    const since = t.stub.calls.length;
    for (let i = 0; i < LIMIT + 4; i++) flooder.sim.sendText(`tin nhắn ${i}`);
    const other = await t.person({ id: 740_000_012 }).command('/start');
    expect(other.text).toContain('113');
    const notice = t.i18n.t('vi', 'rate-limited-notice', { seconds: 600 });
    await t.stub.waitFor((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(flooder.id) && c.body.text === notice, 8000, { since });
    expect(noticesTo(t, 740_000_012)).toEqual([]);
  });
});
