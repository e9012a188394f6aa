// Telegram failing: optional methods that fail do not hold the bot up; 429s are waited out; replies that still fail
// after grammY's retries stay in the outbox (across a restart) and are delivered once Telegram answers again.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTelegramStub, type TelegramStub } from '../../support/telegram-stub/index.js';
import { startTelegramTestApp, type TelegramTestApp } from './support/telegram-test-app.js';

let stub: TelegramStub;
let t: TelegramTestApp;

beforeAll(async () => {
  stub = await startTelegramStub();
  // Failing from the first second: the command menu at start-up, the typing indicator, the button acknowledgement.
  for (const method of ['setMyCommands', 'sendChatAction', 'answerCallbackQuery']) stub.failAlways(method, { code: 500 });
  t = await startTelegramTestApp({ stub });
});
afterAll(async () => {
  await t?.close();
  await stub?.close();
});

async function outboxRows(userId: number) {
  return t.app.database.db.outbox.findMany({ where: { channel: 'telegram', chatKey: t.chatKeyOf(userId) }, orderBy: { id: 'asc' } });
}

describe('Telegram: Bot API failures', () => {
  it('keeps answering at once while setMyCommands, sendChatAction and answerCallbackQuery fail with 500', async () => {
    const lan = t.person({ id: 740_000_001 });
    // Answered at all: start-up does not wait for the command menu's retries.
    const first = await lan.command('/start');
    expect(first.text).toMatch(/113/);
    const second = await lan.presses('hotlines');
    expect(second.choices).toEqual(expect.arrayContaining(['find-help', 'menu']));
    expect(stub.callsTo('setMyCommands')[0]?.response).toMatchObject({ ok: false, error_code: 500 });
    expect(first.calls.find((c) => c.method === 'sendChatAction')?.response).toMatchObject({ ok: false, error_code: 500 });
    const ack = second.calls.find((c) => c.method === 'answerCallbackQuery');
    const reply = second.calls.find((c) => c.method === 'sendMessage');
    expect(ack?.response).toMatchObject({ ok: false, error_code: 500 });
    // The answer did not wait for grammY's retry of the acknowledgement (its first backoff is 3 s).
    expect(reply!.at - ack!.at).toBeLessThan(3000);
    stub.clearFaults();
  });

  it('waits out a 429 with retry_after and then delivers the message', async () => {
    const mai = t.person({ id: 740_000_002 });
    stub.failNext('sendMessage', { code: 429, retryAfter: 1 });
    const answer = await mai.command('/start');
    const sends = answer.calls.filter((c) => c.method === 'sendMessage');
    expect(sends[0]?.response).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 1 } });
    expect(sends[1]?.response.ok).toBe(true);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
    // The same text went out once Telegram allowed it.
    expect(sends[1]!.body.text).toBe(sends[0]!.body.text);
    expect(answer.text).toMatch(/113/);
    expect((await outboxRows(mai.id)).every((r) => r.status === 'delivered')).toBe(true);
  });

  it('keeps a reply in the outbox through a flood wait longer than it will hold a call, across a restart', async () => {
    const hoa = t.person({ id: 740_000_003 });
    stub.failAlways('sendMessage', { code: 429, retryAfter: 600 });
    const sent = hoa.sim.sendCommand('/start');
    await vi.waitFor(async () => {
      const rows = await outboxRows(hoa.id);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]).toMatchObject({ status: 'pending', lastError: '429' });
    }, { timeout: 5000, interval: 20 });
    expect(stub.messagesIn(hoa.id).filter((m) => m.from?.is_bot)).toEqual([]);

    await t.restart(() => stub.clearFaults());
    await t.waitAnswered(sent, hoa.id, { timeout: 15_000 });
    const delivered = stub.messagesIn(hoa.id).filter((m) => m.from?.is_bot);
    expect(delivered.map((m) => m.text).join('\n')).toMatch(/113/);
    // Delivered, and its text dropped once what the send produced is recorded (a statement after the send).
    await vi.waitFor(async () => expect((await outboxRows(hoa.id)).every((r) => r.status === 'delivered' && r.payload === null)).toBe(true), { timeout: 5000, interval: 20 });
    expect((await outboxRows(hoa.id))[0]!.attempts).toBeGreaterThan(1);
  });

  it('keeps a reply in the outbox when Telegram still answers 500 after grammY’s retries, and delivers it later', async () => {
    const an = t.person({ id: 740_000_004 });
    stub.failAlways('sendMessage', { code: 500 });
    const sent = an.sim.sendCommand('/start');
    // auto-retry tries twice (3 s, then 6 s of backoff) before it gives the failure back to the outbox.
    await vi.waitFor(async () => {
      expect((await outboxRows(an.id))[0]).toMatchObject({ status: 'pending', lastError: '500' });
    }, { timeout: 15_000, interval: 100 });
    expect(stub.callsTo('sendMessage').filter((c) => String(c.body.chat_id) === String(an.id))).toHaveLength(2);
    stub.clearFaults();
    await t.waitAnswered(sent, an.id, { timeout: 10_000 });
    expect(stub.messagesIn(an.id).filter((m) => m.from?.is_bot).map((m) => m.text).join('\n')).toMatch(/113/);
    expect((await outboxRows(an.id)).every((r) => r.status === 'delivered')).toBe(true);
  }, 30_000);
});
