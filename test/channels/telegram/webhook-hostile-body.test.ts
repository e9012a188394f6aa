// A webhook body that is not an update as Telegram sends it (found by test/fuzz) is refused with 400 before grammY
// sees it: grammY would throw outside our error boundary (a 500) on null or an update_id it cannot print, and a chat
// or callback id JSON cannot write leaves a request timer that rejects unhandled 30 s later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_PATH } from '../../../src/channels/telegram/module.js';
import { startTelegramTestApp, WEBHOOK_SECRET, type TelegramTestApp } from './support/telegram-test-app.js';

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp({ mode: 'webhook' }); });
afterAll(async () => { await t?.close(); });

const post = (body: string) => fetch(`${t.url}${WEBHOOK_PATH}`, {
  method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET }, body,
});
const message = (over: Record<string, unknown>) => ({ message_id: 1, date: Math.floor(Date.now() / 1000), text: 'xin chào', from: { id: 731_000_001, is_bot: false, first_name: 'A' }, chat: { id: 731_000_001, type: 'private' }, ...over });

describe('Telegram webhook: bodies that are not updates', () => {
  it('answers 400, not 500, to JSON that is not an update object', async () => {
    for (const body of ['null', '[]', '"update"', '42', '{"update_id":{"toString":0}}', '{"update_id":-1}']) {
      expect((await post(body)).status, body).toBe(400);
    }
  });

  it('answers 400 to an update whose chat, sender or callback id has the wrong type, and calls no Bot API method', async () => {
    const since = t.stub.calls.length;
    const deep: unknown = JSON.parse('['.repeat(2000) + ']'.repeat(2000));
    const bodies = [
      { update_id: 990_101, message: message({ chat: { id: { toString: 0 }, type: 'private' } }) },
      { update_id: 990_102, message: message({ from: { id: '731000001', is_bot: false } }) },
      { update_id: 990_103, message: message({ date: 1e20 }) },
      { update_id: 990_104, callback_query: { id: deep, from: { id: 731_000_001, is_bot: false }, data: 'menu', message: message({}) } },
    ];
    for (const body of bodies) expect((await post(JSON.stringify(body))).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    expect(await t.app.database.db.processedUpdate.count({ where: { channel: 'telegram', updateId: { in: bodies.map((b) => `${t.stub.botInfo.id}:${b.update_id}`) } } })).toBe(0);
    expect(t.stub.calls.slice(since)).toEqual([]);
  });

  it('still takes a well-formed update', async () => {
    expect((await post(JSON.stringify({ update_id: 990_105, message: message({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }) }))).status).toBe(200);
  });
});
