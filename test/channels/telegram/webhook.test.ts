// Webhook mode: the app registers its URL and secret with Telegram, processes updates that carry the secret,
// refuses the others with 401 before doing anything, and processes a repeated update only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from '../../support/telegram-stub/index.js';
import { WEBHOOK_PATH } from '../../../src/channels/telegram/module.js';
import { answerFrom, startTelegramTestApp, WEBHOOK_SECRET, type TelegramTestApp } from './support/telegram-test-app.js';

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp({ mode: 'webhook' }); });
afterAll(async () => { await t?.close(); });

async function processedCount(update: Update): Promise<number> {
  return t.app.database.db.processedUpdate.count({ where: { channel: 'telegram', updateId: `${t.stub.botInfo.id}:${update.update_id}` } });
}

/** A text update as Telegram sends it, built by hand (so the stub never queues or delivers it itself). */
function handMadeUpdate(updateId: number, userId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1, date: Math.floor(Date.now() / 1000), text,
      from: { id: userId, is_bot: false, first_name: 'Ẩn danh' },
      chat: { id: userId, type: 'private', first_name: 'Ẩn danh' },
    },
  } as Update;
}

describe('Telegram webhook mode', () => {
  it('registers its webhook URL with the secret and does not poll', async () => {
    const set = await t.stub.waitFor('setWebhook');
    expect(set.body).toMatchObject({ url: `${t.url}${WEBHOOK_PATH}`, secret_token: WEBHOOK_SECRET });
    expect(set.body.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'my_chat_member']));
    expect(t.stub.callsTo('getUpdates')).toEqual([]);
  });

  it('processes updates that carry the right secret: a whole exchange by text and buttons', async () => {
    const lan = t.person({ id: 730_000_001 });
    const first = await lan.command('/start');
    expect(first.text).toMatch(/113/);
    const second = await lan.presses('hotlines');
    expect(second.choices).toEqual(expect.arrayContaining(['find-help', 'menu']));
    expect(second.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
  });

  it('answers 401 to a wrong or missing secret and processes nothing', async () => {
    const since = t.stub.calls.length;
    const wrong = handMadeUpdate(990_001, 730_000_002, 'xin chào');
    const missing = handMadeUpdate(990_002, 730_000_002, 'xin chào');
    expect((await t.stub.postUpdateRaw(wrong, { secret: 'not_the_secret_0000000000' })).status).toBe(401);
    expect((await t.stub.postUpdateRaw(missing, { secret: null })).status).toBe(401);
    expect(await processedCount(wrong)).toBe(0);
    expect(await processedCount(missing)).toBe(0);
    expect(await t.app.database.db.conversation.count({ where: { chatKey: t.chatKeyOf(730_000_002) } })).toBe(0);
    expect(t.stub.calls.slice(since).filter((c) => c.method !== 'getUpdates')).toEqual([]);
  });

  it('processes a repeated update once: the second delivery is acknowledged and ignored', async () => {
    const hoa = t.person({ id: 730_000_003 });
    await hoa.command('/start');
    const sent = hoa.sim.sendText('xin chào');
    await t.waitAnswered(sent, hoa.id);
    const since = t.stub.calls.length;
    const again = await t.stub.postUpdateRaw(sent.update);
    expect(again.status).toBe(200);
    const third = await t.stub.postUpdateRaw(sent.update);
    expect(third.status).toBe(200);
    expect(await processedCount(sent.update)).toBe(1);
    await t.app.core.drain();
    await t.app.delivery.runOnce();
    expect(t.stub.calls.slice(since).filter((c) => c.method === 'sendMessage')).toEqual([]);
  });

  it('processes an update posted by hand with the right secret (the secret is the only gate)', async () => {
    const dung = t.person({ id: 730_000_004 });
    await dung.command('/start');
    const update = handMadeUpdate(990_003, dung.id, '/menu');
    (update.message as { entities?: unknown }).entities = [{ type: 'bot_command', offset: 0, length: 5 }];
    const since = t.stub.calls.length;
    expect((await t.stub.postUpdateRaw(update, { secret: WEBHOOK_SECRET })).status).toBe(200);
    await t.waitAnswered({ update }, dung.id, { since });
    expect(await processedCount(update)).toBe(1);
    expect(answerFrom(t.stub.calls.slice(since), dung.id).choices).toEqual(expect.arrayContaining(['report', 'hotlines']));
  });
});
