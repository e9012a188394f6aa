// Quick exit (/thoat or the 🚪 button on every screen): the bot deletes every message of the conversation it may
// delete — the person's and its own — and one neutral line is all that stays on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramTestApp, type Person, type TelegramTestApp } from './support/telegram-test-app.js';

const HOUR = 60 * 60 * 1000;

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp(); });
afterAll(async () => { await t?.close(); });

/** A conversation with messages of every kind on both sides: commands, buttons, text, media. */
async function someConversation(p: Person): Promise<void> {
  await p.command('/start');
  await p.presses('report');
  await p.presses('start');
  await p.says('toi');
  await p.does((u) => u.sendSticker());
  await p.presses('physical');
}

function deletedIds(calls: { method: string; body: Record<string, unknown> }[]): number[] {
  return calls.filter((c) => c.method === 'deleteMessages').flatMap((c) => c.body.message_ids as number[]);
}

function expectOneNeutralLine(p: Person): void {
  const left = p.messages();
  expect(left).toHaveLength(1);
  expect(left[0]!.from?.is_bot).toBe(true);
  expect(left[0]!.text).toBe(t.i18n.t('vi', 'exit-neutral'));
  expect(left[0]!.reply_markup).toBeUndefined();
}

describe('Telegram: quick exit', () => {
  it('on /thoat deletes every message of the conversation, the person’s and the bot’s, and leaves one neutral line', async () => {
    const lan = t.person({ id: 760_000_001 });
    await someConversation(lan);
    const before = lan.messages().map((m) => m.message_id);
    expect(before.length).toBeGreaterThan(8);
    expect(lan.messages().some((m) => !m.from?.is_bot)).toBe(true);

    const exit = await lan.command('/thoat');
    const exitCommandId = Math.max(...before) + 1;
    expect(new Set(deletedIds(exit.calls))).toEqual(new Set([...before, exitCommandId]));
    expect(t.stub.deleted(lan.id)).toEqual(expect.arrayContaining([...before, exitCommandId]));
    expectOneNeutralLine(lan);
    // The line is sent silently and takes away any reply keyboard.
    const line = exit.calls.find((c) => c.method === 'sendMessage')!;
    expect(line.body).toMatchObject({ disable_notification: true, reply_markup: { remove_keyboard: true } });
  });

  it('does the same from the 🚪 button, and removes a location keyboard on screen', async () => {
    const mai = t.person({ id: 760_000_002 });
    await mai.command('/start');
    await mai.presses('danger');
    const where = await mai.presses('where');
    expect(where.messages.some((m) => m.text === t.i18n.t('vi', 'share-location-hint'))).toBe(true);
    expect(mai.sim.replyKeyboard()?.keyboard[0]?.[0]).toMatchObject({ request_location: true });
    const before = mai.messages().map((m) => m.message_id);

    const exit = await mai.presses('_exit');
    expect(new Set(deletedIds(exit.calls))).toEqual(new Set(before));
    expectOneNeutralLine(mai);
    expect(mai.sim.replyKeyboard()).toBeUndefined();
  });

  it('also deletes replies that were still on their way when the person left', async () => {
    const lan = t.person({ id: 760_000_006 });
    await lan.command('/start');
    // The answer to the next message is held back by a flood wait; the person leaves before it arrives.
    t.stub.failNext('sendMessage', { code: 429, retryAfter: 1 });
    lan.sim.sendText('tôi cần giúp');
    await t.stub.waitFor((c) => c.method === 'sendMessage' && !c.response.ok);
    const exit = lan.sim.sendCommand('/thoat');
    await t.waitAnswered(exit, lan.id);
    expectOneNeutralLine(lan);
  });

  it('forgets the deleted ids, and starts afresh when the person writes again', async () => {
    const hoa = t.person({ id: 760_000_003 });
    await someConversation(hoa);
    await hoa.command('/thoat');
    const neutral = hoa.messages()[0]!.message_id;
    const again = await hoa.says('xin chao');
    expect(again.choices).toEqual(expect.arrayContaining(['danger', 'report', 'hotlines']));
    // A second exit deletes only what came after the first (and not the neutral line, which gives nothing away).
    const before = hoa.messages().map((m) => m.message_id).filter((id) => id !== neutral);
    const exit = await hoa.command('/thoat');
    expect(new Set(deletedIds(exit.calls))).toEqual(new Set([...before, Math.max(...before) + 1]));
  });

  it('still leaves the neutral line when Telegram refuses to delete messages older than 48 hours', async () => {
    const an = t.person({ id: 760_000_004 });
    await someConversation(an);
    const old = an.messages().map((m) => m.message_id);
    t.stub.advanceClock(49 * HOUR);
    try {
      const exit = await an.command('/thoat');
      expect(deletedIds(exit.calls)).toEqual(expect.arrayContaining(old));
      // Telegram skips what it cannot delete; the old messages stay, the new line is sent anyway.
      expect(an.messages().map((m) => m.message_id)).toEqual([...old, expect.any(Number)]);
      expect(an.messages().at(-1)!.text).toBe(t.i18n.t('vi', 'exit-neutral'));
    } finally {
      t.stub.setClock(() => Date.now());
    }
  });

  it('says honestly in /help what it cannot erase', async () => {
    const dung = t.person({ id: 760_000_005 });
    await dung.command('/start');
    const help = await dung.command('/help');
    expect(help.text).toContain(t.i18n.t('vi', 'help-text'));
    expect(help.text).toMatch(/48/);
  });
});
