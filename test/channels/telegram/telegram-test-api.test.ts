// Smoke test against an emulator we did not write (npm telegram-test-api): a text, a command and a button press.
// Its limits (../shared/notes/channel-apis.md, part C): no long polling — getUpdates answers at once, so the
// runner polls in a tight loop; keep this short and stop the bot cleanly. Unsupported methods (sendChatAction,
// setMyCommands) answer 500, which the bot must shrug off.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { freePort } from './support/telegram-test-app.js';

const TOKEN = '4242424242:EmulatorTokenForSmokeTests';
const USER = 5_550_001;

let server: TelegramServer;
let t: TestApp;

beforeAll(async () => {
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
  await server.start();
  t = await startTestApp({ env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL } });
});
afterAll(async () => {
  await t?.close();
  await server?.stop();
});

/** Waits until the bot has processed `count` updates in all and delivered every reply, then returns its messages. */
async function botMessagesAfter(count: number): Promise<StoredBotUpdate['message'][]> {
  const db = t.app.database.db;
  await vi.waitFor(async () => {
    expect(await db.processedUpdate.count({ where: { channel: 'telegram' } })).toBe(count);
    expect(await db.outbox.count({ where: { channel: 'telegram', status: 'pending' } })).toBe(0);
  }, { timeout: 8000, interval: 20 });
  return server.storage.botMessages.filter((m) => String(m.message.chat_id) === String(USER)).map((m) => m.message);
}

/** Callback data of the inline keyboard among `messages` (an answer carries one: its question). */
function callbackData(messages: StoredBotUpdate['message'][]): string[] {
  return messages.flatMap((m) => {
    const markup = m.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
  });
}

describe('Telegram against telegram-test-api', () => {
  it('answers a text, a command and a button press', async () => {
    const client = server.getClient(TOKEN, { userId: USER, chatId: USER, firstName: 'Lan', type: 'private' });

    await client.sendMessage(client.makeMessage('xin chao'));
    const welcome = await botMessagesAfter(1);
    expect(welcome.map((m) => m.text).join('\n')).toMatch(/113/);
    expect(callbackData(welcome)).toEqual(expect.arrayContaining(['report', 'hotlines', '_sos', '_exit']));

    await client.sendCommand(client.makeCommand('/help'));
    const help = (await botMessagesAfter(2)).slice(welcome.length);
    expect(help.map((m) => m.text).join('\n')).toContain('/thoat');
    expect(callbackData(help)).toEqual(callbackData(welcome));

    await client.sendCallback(client.makeCallbackQuery('hotlines'));
    const hotlines = (await botMessagesAfter(3)).slice(welcome.length + help.length);
    expect(callbackData(hotlines)).toEqual(expect.arrayContaining(['find-help', 'menu', '_sos', '_exit']));
  });
});
