// The bot's face in Telegram: its command menus in two languages, the first screen, emergency numbers at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCommand } from 'grammy/types';
import { COMMANDS } from '../../../src/channels/telegram/commands.js';
import { tablesContaining } from '../../support/scan-tables.js';
import { expectValidKeyboards } from './support/keyboards.js';
import { EVERYONE } from '../../support/test-app.js';
import { startTelegramTestApp, type TelegramTestApp } from './support/telegram-test-app.js';

const MENU = ['danger', 'report', 'find-help', 'hotlines', 'rights', 'counsellor', 'delete', 'lang'];

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp({ people: EVERYONE }); });
afterAll(async () => { await t?.close(); });

describe('Telegram: commands and first screen', () => {
  it('publishes the command menu in Vietnamese (default) and English', async () => {
    await t.stub.waitFor((c) => c.method === 'setMyCommands' && c.body.language_code === 'en');
    const calls = t.stub.callsTo('setMyCommands');
    const vi = calls.find((c) => c.body.language_code === undefined);
    const en = calls.find((c) => c.body.language_code === 'en');
    expect(vi?.response.ok).toBe(true);
    expect(en?.response.ok).toBe(true);
    const viCommands = vi!.body.commands as BotCommand[];
    const enCommands = en!.body.commands as BotCommand[];
    for (const list of [viCommands, enCommands]) {
      expect(list.map((c) => c.command)).toEqual([...COMMANDS]);
      expect(list.map((c) => c.command)).toEqual(['start', 'menu', 'help', 'khancap', 'thoat', 'xoa', 'lang']);
      // A real description, not a missing translation key.
      for (const c of list) expect(c.description).not.toMatch(/^tg-command-/);
    }
    expect(viCommands.map((c) => c.description)).not.toEqual(enCommands.map((c) => c.description));
  });

  it('answers /start with the welcome, the emergency numbers and the main menu as an inline keyboard', async () => {
    const lan = t.person({ id: 700_000_001, firstName: 'Lan', languageCode: 'vi' });
    const answer = await lan.command('/start');
    expect(answer.text).toMatch(/113/);
    expect(answer.prompt?.reply_markup?.inline_keyboard.every((row) => row.length === 1)).toBe(true);
    expect(answer.choices).toEqual(expect.arrayContaining([...MENU, '_sos', '_exit']));
    expect(answer.choices.slice(-2)).toEqual(['_sos', '_exit']);
    // The person asked for this answer: it is not sent silently.
    expect(answer.calls.filter((c) => c.method === 'sendMessage').every((c) => c.body.disable_notification !== true)).toBe(true);
  });

  it('shows the typing indicator while it answers a message', async () => {
    const lan = t.person({ id: 700_000_002 });
    const answer = await lan.says('xin chào');
    expect(answer.calls.find((c) => c.method === 'sendChatAction')?.body).toMatchObject({ chat_id: lan.id, action: 'typing' });
  });

  it('gives the emergency numbers at once on /khancap, even as the very first message', async () => {
    const hoa = t.person({ id: 700_000_003 });
    const answer = await hoa.command('/khancap');
    expect(answer.text).toMatch(/113/);
    expect(answer.text).toMatch(/115/);
    expect(answer.text).toMatch(/111/);
  });

  it('sends the messages of one answer in order: the emergency numbers first, the question with its buttons last', async () => {
    // Several people, as a wrong order can come and go with how the database returns the rows.
    for (const id of [700_000_011, 700_000_012, 700_000_013, 700_000_014, 700_000_015]) {
      const answer = await t.person({ id }).command('/khancap');
      expect(answer.messages.length).toBeGreaterThan(1);
      expect(answer.messages[0]!.text).toMatch(/113/);
      expect(answer.messages.at(-1)!.message_id).toBe(answer.prompt!.message_id);
    }
  });

  it('gives the emergency numbers when the 🆘 button is pressed on any screen', async () => {
    const mai = t.person({ id: 700_000_004 });
    await mai.command('/start');
    const answer = await mai.presses('_sos');
    expect(answer.text).toMatch(/113/);
    expect(answer.calls.find((c) => c.method === 'answerCallbackQuery')).toBeDefined();
    expect(answer.choices).toContain('_exit');
  });

  it('asks for the location with a reply-keyboard button, reads a shared location and keeps no coordinates', async () => {
    const binh = t.person({ id: 700_000_006 });
    await binh.command('/start');
    await binh.presses('danger');
    const where = await binh.presses('where');
    const button = where.calls.find((c) => c.method === 'sendMessage' && (c.body.reply_markup as { keyboard?: unknown })?.keyboard);
    expect(button?.body.reply_markup).toMatchObject({ keyboard: [[{ request_location: true }]], one_time_keyboard: true });
    expect(binh.sim.replyKeyboard()?.keyboard[0]?.[0]).toMatchObject({ text: t.i18n.t('vi', 'share-location'), request_location: true });

    const shared = await binh.does((u) => u.sendLocation(21.59281, 105.84427));
    expect(shared.messages.length).toBeGreaterThan(0);
    expect(shared.choices).toEqual(expect.arrayContaining(['relay-yes', 'where']));
    expect(await tablesContaining(t.app.database.db, '21.59281')).toEqual([]);
    expect(await tablesContaining(t.app.database.db, '105.84427')).toEqual([]);
  });

  it('deletes the person’s data on /xoa after a confirmation, and still tells them it is done', async () => {
    const cuc = t.person({ id: 700_000_007 });
    await cuc.command('/start');
    const confirm = await cuc.command('/xoa');
    expect(confirm.choices).toEqual(expect.arrayContaining(['confirm', 'cancel']));
    const done = await cuc.presses('confirm');
    expect(done.text).toContain(t.i18n.t('vi', 'delete-done'));
    const db = t.app.database.db;
    expect(await db.chatAddress.count({ where: { chatKey: t.chatKeyOf(cuc.id) } })).toBe(0);
    expect(await db.conversation.count({ where: { chatKey: t.chatKeyOf(cuc.id) } })).toBe(0);
  });

  it('understands a command addressed to the bot by name (/menu@bot)', async () => {
    const an = t.person({ id: 700_000_005 });
    await an.command('/start');
    const answer = await an.command(`/menu@${t.stub.botInfo.username}`);
    expect(answer.choices).toEqual(expect.arrayContaining(MENU));
  });

  it('sent every keyboard above as an inline keyboard with valid callback data (or the one location button)', () => {
    expect(t.stub.callsTo('sendMessage').length).toBeGreaterThan(5);
    expectValidKeyboards(t.stub.calls);
  });
});
