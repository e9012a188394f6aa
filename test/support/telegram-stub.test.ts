// The Telegram stub behaves like the Bot API for the real grammY Bot, runner and webhook adapter.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import Fastify from 'fastify';
import { Bot, GrammyError, InlineKeyboard, Keyboard, webhookCallback } from 'grammy';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECRET_HEADER, startTelegramStub, type TelegramStub } from './telegram-stub/index.js';

const HOUR = 60 * 60 * 1000;
const LAN = { id: 501, firstName: 'Lan', username: 'lan_hcm', languageCode: 'vi' };
const MAI = { id: 502, firstName: 'Mai' };

let stub: TelegramStub;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

beforeEach(async () => {
  stub = await startTelegramStub();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await stub.close();
});

function botFor(s: TelegramStub, token = s.token): Bot {
  return new Bot(token, { client: { apiRoot: s.apiRoot } });
}

async function initedBot(): Promise<Bot> {
  const bot = botFor(stub);
  await bot.init();
  return bot;
}

/** The Telegram error a call failed with. */
async function apiError(call: Promise<unknown>): Promise<GrammyError> {
  const err = await call.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(err)}`);
  return err;
}

async function rawCall(path: string, init?: RequestInit): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${stub.apiRoot}${path}`, init);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('Telegram stub: Bot API basics', () => {
  it('answers getMe to a grammY Bot for its token', async () => {
    const bot = await initedBot();
    expect(bot.botInfo).toMatchObject({ id: stub.botInfo.id, is_bot: true, username: stub.botInfo.username });
    expect(stub.callsTo('getMe')).toHaveLength(1);
  });

  it('answers 401 Unauthorized to an unknown token and 404 to an unknown method', async () => {
    expect(await rawCall('/bot1:WRONG/getMe')).toEqual({ status: 401, json: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect(await rawCall(`/bot${stub.token}/sendTelepathy`, { method: 'POST' })).toEqual({
      status: 404, json: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
  });

  it('accepts another token once registered, as a separate bot', async () => {
    const other = '8000000002:OtherBotToken';
    stub.registerToken(other, { username: 'other_bot' });
    const bot = botFor(stub, other);
    await bot.init();
    expect(bot.botInfo.username).toBe('other_bot');
  });

  it('accepts form-urlencoded and multipart bodies as Telegram does', async () => {
    stub.user(LAN).sendCommand('/start');
    const form = await rawCall(`/bot${stub.token}/sendMessage`, {
      method: 'POST', body: new URLSearchParams({ chat_id: String(LAN.id), text: 'từ form', reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }) }),
    });
    const multipart = new FormData();
    multipart.set('chat_id', String(LAN.id));
    multipart.set('text', 'từ multipart');
    multipart.set('file', new Blob([new Uint8Array(10)]), 'x.bin');
    const parts = await rawCall(`/bot${stub.token}/sendMessage`, { method: 'POST', body: multipart });
    expect(form.json).toMatchObject({ ok: true, result: { text: 'từ form', reply_markup: { inline_keyboard: [[{ callback_data: 'a' }]] } } });
    expect(parts.json).toMatchObject({ ok: true, result: { text: 'từ multipart' } });
    expect(stub.callsTo('sendMessage')[1]?.body.file).toEqual({ filename: 'x.bin', size: 10 });
  });

  it('gives bot messages increasing ids per chat, the bot as sender, the chat type and a date in seconds', async () => {
    const bot = await initedBot();
    const { messageId } = stub.user(LAN).sendText('chào');
    const reply = await bot.api.sendMessage(LAN.id, 'Chào bạn', { reply_parameters: { message_id: messageId }, disable_notification: true });
    expect(reply.message_id).toBe(messageId + 1);
    expect(reply.from).toMatchObject({ id: stub.botInfo.id, is_bot: true });
    expect(reply.chat).toMatchObject({ id: LAN.id, type: 'private', first_name: 'Lan' });
    expect(reply.date).toBe(Math.floor(stub.now() / 1000));
    expect(reply.reply_to_message?.text).toBe('chào');
    expect(stub.messagesIn(LAN.id).map((m) => m.text)).toEqual(['chào', 'Chào bạn']);
  });
});

describe('Telegram stub: receiving updates', () => {
  it('delivers a text to a grammY bot run by @grammyjs/runner, which answers with an inline keyboard and receives the press', async () => {
    const bot = botFor(stub);
    bot.on('message:text', (ctx) => ctx.reply(`Bạn viết: ${ctx.message.text}`, {
      reply_markup: new InlineKeyboard().text('Tôi cần giúp ngay', 'urgent'),
    }));
    bot.on('callback_query:data', async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`Đã chọn: ${ctx.callbackQuery.data}`);
    });
    const runner = run(bot);
    cleanups.push(() => runner.isRunning() && runner.stop());
    const lan = stub.user(LAN);

    lan.sendText('xin chào');
    const sent = await stub.waitFor('sendMessage');
    const keyboardMessage = lan.lastBotMessage();
    expect(sent.response).toMatchObject({ ok: true, result: { text: 'Bạn viết: xin chào' } });
    expect(keyboardMessage?.reply_markup?.inline_keyboard[0]?.[0]).toMatchObject({ callback_data: 'urgent' });

    const press = lan.pressButton(keyboardMessage!.message_id, 'urgent');
    await stub.waitFor('editMessageText');
    expect(stub.callsTo('answerCallbackQuery')[0]?.body.callback_query_id).toBe(press.callbackQueryId);
    expect(lan.lastBotMessage()?.text).toBe('Đã chọn: urgent');
    expect(lan.lastBotMessage()?.reply_markup).toBeUndefined();
    await runner.stop();
    expect(await press.confirmed).toBe(true);
  });

  it('holds a long poll open until an update arrives, and forgets updates confirmed by offset', async () => {
    const started = Date.now();
    const poll = rawCall(`/bot${stub.token}/getUpdates?timeout=5`);
    await vi.waitFor(() => expect(stub.isPolling()).toBe(true));
    const { update } = stub.user(LAN).sendSticker();
    const { json } = await poll;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(json).toMatchObject({ ok: true, result: [{ update_id: update.update_id, message: { sticker: { type: 'regular' } } }] });

    const after = await rawCall(`/bot${stub.token}/getUpdates`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offset: update.update_id + 1 }),
    });
    expect(after.json).toEqual({ ok: true, result: [] });
    expect(stub.pendingUpdates()).toEqual([]);
  });

  it('ends an empty long poll after its timeout', async () => {
    const started = Date.now();
    const { json } = await rawCall(`/bot${stub.token}/getUpdates?timeout=1`);
    expect(json).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives commands a bot_command entity, edits an edited_message update and locations a location', async () => {
    const bot = await initedBot();
    const lan = stub.user(LAN);
    lan.sendCommand('/start ref_42');
    lan.sendText('ở quận 1');
    lan.editLastText('ở quận 3');
    lan.sendLocation(10.79, 106.78);
    const updates = await bot.api.getUpdates();
    expect(updates.map((u) => Object.keys(u).find((k) => k !== 'update_id'))).toEqual(['message', 'message', 'edited_message', 'message']);
    expect(updates[0]?.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(updates[2]?.edited_message).toMatchObject({ text: 'ở quận 3', edit_date: expect.any(Number) });
    expect(updates[3]?.message?.location).toEqual({ latitude: 10.79, longitude: 106.78 });
    expect(updates[0]?.message?.from).toMatchObject({ id: LAN.id, is_bot: false, language_code: 'vi' });
  });

  it('shows a reply keyboard with a location button to the user', async () => {
    const bot = await initedBot();
    const lan = stub.user(LAN);
    lan.sendText('giúp');
    await bot.api.sendMessage(LAN.id, 'Gửi vị trí?', { reply_markup: new Keyboard().requestLocation('📍 Gửi vị trí').oneTime() });
    expect(lan.replyKeyboard()?.keyboard[0]?.[0]).toEqual({ text: '📍 Gửi vị trí', request_location: true });
    lan.sendLocation(10.8, 106.7);
    expect(lan.replyKeyboard()).toBeUndefined();
  });
});

describe('Telegram stub: Telegram rules', () => {
  it('deleteMessages deletes only messages that exist and are younger than 48 hours', async () => {
    const bot = await initedBot();
    const lan = stub.user(LAN);
    const old = lan.sendText('tin cũ').messageId;
    stub.advanceClock(49 * HOUR);
    const recentUser = lan.sendText('tin mới').messageId;
    const recentBot = (await bot.api.sendMessage(LAN.id, 'trả lời')).message_id;

    await expect(bot.api.deleteMessages(LAN.id, [old, recentUser, recentBot, 999])).resolves.toBe(true);
    expect(stub.messagesIn(LAN.id).map((m) => m.message_id)).toEqual([old]);
    expect(stub.deleted(LAN.id)).toEqual([recentUser, recentBot]);
    expect((await apiError(bot.api.deleteMessage(LAN.id, old))).description).toBe("Bad Request: message can't be deleted for everyone");
    expect((await apiError(bot.api.deleteMessage(LAN.id, recentBot))).description).toBe('Bad Request: message to delete not found');
    expect((await apiError(bot.api.deleteMessages(LAN.id, Array.from({ length: 101 }, (_, i) => i + 1)))).error_code).toBe(400);
  });

  it('lets a bot delete others’ group messages only as an admin', async () => {
    const bot = await initedBot();
    const group = stub.group({ id: -1001, title: 'Nhóm', botIsAdmin: false });
    const userMessage = group.member(MAI).sendText('xin chào').messageId;
    const own = await bot.api.sendMessage(-1001, 'chào');
    expect((await apiError(bot.api.deleteMessage(-1001, userMessage))).description).toBe("Bad Request: message can't be deleted for everyone");
    await expect(bot.api.deleteMessage(-1001, own.message_id)).resolves.toBe(true);
  });

  it('answers 429 with retry_after once, then succeeds (auto-retry waits it out)', async () => {
    const bot = await initedBot();
    bot.api.config.use(autoRetry());
    stub.user(LAN).sendText('alo');
    stub.failNext('sendMessage', { code: 429, retryAfter: 1 });

    const message = await bot.api.sendMessage(LAN.id, 'sau khi chờ');
    const [first, second] = stub.callsTo('sendMessage');
    expect(first?.response).toEqual({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    expect(second?.response.ok).toBe(true);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    expect(stub.messagesIn(LAN.id).at(-1)?.message_id).toBe(message.message_id);
  });

  it('injects 500 and described 400/403 faults, for a number of calls or always', async () => {
    const bot = await initedBot();
    stub.user(LAN).sendText('alo');
    stub.failNext('sendChatAction', { code: 500 }, 2);
    stub.failAlways('getChat', { code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect((await apiError(bot.api.sendChatAction(LAN.id, 'typing'))).error_code).toBe(500);
    expect((await apiError(bot.api.sendChatAction(LAN.id, 'typing'))).error_code).toBe(500);
    await expect(bot.api.sendChatAction(LAN.id, 'typing')).resolves.toBe(true);
    expect((await apiError(bot.api.getChat(LAN.id))).description).toBe('Forbidden: bot was blocked by the user');
    stub.clearFaults();
    await expect(bot.api.getChat(LAN.id)).resolves.toMatchObject({ id: LAN.id, type: 'private' });
  });

  it('enforces text length 1..4096 and callback_data of at most 64 bytes', async () => {
    const bot = await initedBot();
    stub.user(LAN).sendText('alo');
    expect((await apiError(bot.api.sendMessage(LAN.id, ' '))).description).toBe('Bad Request: message text is empty');
    expect((await apiError(bot.api.sendMessage(LAN.id, 'a'.repeat(4097)))).description).toBe('Bad Request: message is too long');
    await expect(bot.api.sendMessage(LAN.id, 'a'.repeat(4096))).resolves.toMatchObject({ text: 'a'.repeat(4096) });
    const tooLong = 'ữ'.repeat(22); // 22 characters, 66 bytes
    const err = await apiError(bot.api.sendMessage(LAN.id, 'Chọn', { reply_markup: new InlineKeyboard().text('x', tooLong) }));
    expect(err.description).toBe('Bad Request: BUTTON_DATA_INVALID');
  });

  it('rejects MarkdownV2 with an unescaped reserved character and strips valid markup', async () => {
    const bot = await initedBot();
    stub.user(LAN).sendText('alo');
    const err = await apiError(bot.api.sendMessage(LAN.id, 'Gọi 111.', { parse_mode: 'MarkdownV2' }));
    expect(err.description).toBe("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
    await expect(bot.api.sendMessage(LAN.id, '*Gọi* 111\\.', { parse_mode: 'MarkdownV2' })).resolves.toMatchObject({ text: 'Gọi 111.' });
    await expect(bot.api.sendMessage(LAN.id, '<b>Gọi</b> 111 &amp; 113', { parse_mode: 'HTML' })).resolves.toMatchObject({ text: 'Gọi 111 & 113' });
  });

  it('refuses to start a conversation and to write to a user who blocked the bot', async () => {
    const bot = await initedBot();
    const lan = stub.user(LAN);
    expect((await apiError(bot.api.sendMessage(LAN.id, 'chào'))).error_code).toBe(403);
    expect((await apiError(bot.api.sendMessage(999, 'chào'))).description).toBe('Bad Request: chat not found');
    lan.sendCommand('/start');
    lan.block();
    expect((await apiError(bot.api.sendMessage(LAN.id, 'chào'))).description).toBe('Forbidden: bot was blocked by the user');
    const updates = await bot.api.getUpdates();
    expect(updates.at(-1)?.my_chat_member?.new_chat_member.status).toBe('kicked');
  });

  it('copies a message without the original sender and refuses edits that change nothing or touch others’ messages', async () => {
    const bot = await initedBot();
    const staff = stub.group({ id: -1002, title: 'Tư vấn viên' });
    const { messageId } = stub.user(LAN).sendText('tôi cần giúp');
    const copy = await bot.api.copyMessage(-1002, LAN.id, messageId);
    const copied = staff.messages().find((m) => m.message_id === copy.message_id);
    expect(copied).toMatchObject({ text: 'tôi cần giúp', from: { is_bot: true }, chat: { type: 'supergroup' } });
    const sent = await bot.api.sendMessage(LAN.id, 'A', { reply_markup: new InlineKeyboard().text('Có', 'yes') });
    await expect(bot.api.editMessageReplyMarkup(LAN.id, sent.message_id)).resolves.not.toHaveProperty('reply_markup');
    expect((await apiError(bot.api.editMessageReplyMarkup(LAN.id, sent.message_id))).description).toMatch(/^Bad Request: message is not modified/);
    expect((await apiError(bot.api.editMessageText(LAN.id, sent.message_id, 'A'))).description).toMatch(/^Bad Request: message is not modified/);
    expect((await apiError(bot.api.editMessageText(LAN.id, messageId, 'B'))).description).toBe("Bad Request: message can't be edited");
  });

  it('keeps commands per scope and language', async () => {
    const bot = await initedBot();
    await bot.api.setMyCommands([{ command: 'start', description: 'Bắt đầu' }], { language_code: 'vi' });
    expect(await bot.api.getMyCommands({ language_code: 'vi' })).toEqual([{ command: 'start', description: 'Bắt đầu' }]);
    expect(await bot.api.getMyCommands()).toEqual([]);
    await bot.api.deleteMyCommands({ language_code: 'vi' });
    expect(await bot.api.getMyCommands({ language_code: 'vi' })).toEqual([]);
    expect((await apiError(bot.api.setMyCommands([{ command: 'Start!', description: 'x' }]))).description).toBe('Bad Request: BOT_COMMAND_INVALID');
  });
});

describe('Telegram stub: webhooks', () => {
  it('posts updates to a grammY webhook with the secret header, which rejects a wrong or missing secret', async () => {
    const secret = 'stub_secret_0123456789';
    const bot = await initedBot();
    bot.on('message:text', (ctx) => ctx.reply(`webhook: ${ctx.message.text}`));
    const app = Fastify();
    const headers: IncomingHttpHeaders[] = [];
    app.addHook('onRequest', async (request) => { headers.push(request.headers); });
    app.post('/telegram', webhookCallback(bot, 'fastify', { secretToken: secret }));
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => app.close());

    await bot.api.setWebhook(`${url}/telegram`, { secret_token: secret });
    const sent = stub.user(LAN).sendText('xin chào');
    await stub.waitFor('sendMessage');
    expect(await sent.confirmed).toBe(true);
    expect(headers[0]?.[SECRET_HEADER.toLowerCase()]).toBe(secret);
    expect(stub.user(LAN).lastBotMessage()?.text).toBe('webhook: xin chào');

    expect((await stub.postUpdateRaw(sent.update, { secret: 'wrong_secret_value' })).status).toBe(401);
    expect((await stub.postUpdateRaw(sent.update, { secret: null })).status).toBe(401);
    expect((await apiError(bot.api.getUpdates())).description).toMatch(/^Conflict: can't use getUpdates method while webhook is active/);
  });

  it('retries a failed webhook post, keeps each chat in order and reports the last error', async () => {
    const received: Array<{ updateId: number; status: number }> = [];
    let failuresLeft = 1;
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      req.on('end', () => {
        const status = failuresLeft-- > 0 ? 500 : 200;
        received.push({ updateId: (JSON.parse(body) as { update_id: number }).update_id, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => receiver.close(resolve)));
    const bot = await initedBot();
    await bot.api.setWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);

    const lan = stub.user(LAN);
    const first = lan.sendText('một');
    const second = lan.sendText('hai');
    expect(await Promise.all([first.confirmed, second.confirmed])).toEqual([true, true]);
    expect(received).toEqual([
      { updateId: first.update.update_id, status: 500 },
      { updateId: first.update.update_id, status: 200 },
      { updateId: second.update.update_id, status: 200 },
    ]);
    const info = await bot.api.getWebhookInfo();
    expect(info).toMatchObject({ pending_update_count: 0, last_error_message: 'Wrong response from the webhook: 500 Internal Server Error' });
  });
});

describe('Telegram stub: groups and forum topics', () => {
  it('creates forum topics, posts into them and rejects posts to a closed topic', async () => {
    const bot = await initedBot();
    const staff = stub.group({ id: -1003, title: 'Tư vấn', isForum: true });
    const topic = await bot.api.createForumTopic(-1003, 'Ca #12');
    expect(topic).toMatchObject({ name: 'Ca #12', message_thread_id: expect.any(Number) });

    const inTopic = await bot.api.sendMessage(-1003, 'Ca mới', { message_thread_id: topic.message_thread_id });
    expect(inTopic).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true });
    const counsellor = staff.member({ id: 601, firstName: 'Hà' });
    const { update } = counsellor.sendText('Tôi nhận ca', { threadId: topic.message_thread_id });
    expect(update.message).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true });
    // Telegram quirk: a topic message that is no explicit reply "replies" to the topic's creation message.
    expect(update.message?.reply_to_message?.forum_topic_created?.name).toBe('Ca #12');

    await bot.api.closeForumTopic(-1003, topic.message_thread_id);
    expect(staff.topic(topic.message_thread_id)?.closed).toBe(true);
    const closed = await apiError(bot.api.sendMessage(-1003, 'muộn', { message_thread_id: topic.message_thread_id }));
    expect(closed.description).toBe('Bad Request: TOPIC_CLOSED');
    expect(() => counsellor.sendText('muộn', { threadId: topic.message_thread_id })).toThrow(/TOPIC_CLOSED/);
    expect((await apiError(bot.api.closeForumTopic(-1003, topic.message_thread_id))).description).toBe('Bad Request: TOPIC_NOT_MODIFIED');

    await bot.api.reopenForumTopic(-1003, topic.message_thread_id);
    await bot.api.editForumTopic(-1003, topic.message_thread_id, { name: 'Ca #12 (xong)' });
    await expect(bot.api.sendMessage(-1003, 'mở lại', { message_thread_id: topic.message_thread_id })).resolves.toBeTruthy();
    expect(staff.topic(topic.message_thread_id)).toMatchObject({ name: 'Ca #12 (xong)', closed: false });
    expect((await apiError(bot.api.sendMessage(-1003, 'x', { message_thread_id: 9999 }))).description).toBe('Bad Request: message thread not found');
  });

  it('refuses forum topics in a group that is not a forum', async () => {
    const bot = await initedBot();
    stub.group({ id: -1004, title: 'Nhóm thường' });
    expect((await apiError(bot.api.createForumTopic(-1004, 'Ca'))).description).toBe('Bad Request: the chat is not a forum');
  });

  it('tells the bot it was added to a group and lets members command and press buttons there', async () => {
    const bot = await initedBot();
    const group = stub.group({ id: -1005, title: 'Nhóm', botIsMember: false });
    const mai = group.member(MAI);
    expect(() => mai.sendText('alo')).toThrow(/not in group/);
    const added = group.addBot(MAI);
    expect(added.myChatMember.my_chat_member?.new_chat_member.status).toBe('administrator');
    expect(added.message.update.message?.new_chat_members?.[0]?.id).toBe(stub.botInfo.id);

    mai.sendCommand(`/help@${stub.botInfo.username}`);
    const menu = await bot.api.sendMessage(-1005, 'Chọn', { reply_markup: new InlineKeyboard().text('OK', 'ok') });
    const press = mai.pressButton(menu.message_id, 'ok');
    expect(() => mai.pressButton(menu.message_id, 'missing')).toThrow(/no button/);
    const updates = await bot.api.getUpdates();
    expect(updates.at(-2)?.message?.entities?.[0]).toMatchObject({ type: 'bot_command', length: 6 + stub.botInfo.username.length });
    expect(updates.at(-1)?.callback_query).toMatchObject({ id: press.callbackQueryId, data: 'ok', message: { message_id: menu.message_id } });

    await bot.api.leaveChat(-1005);
    expect((await apiError(bot.api.sendMessage(-1005, 'còn đây?'))).description).toBe('Forbidden: bot is not a member of the supergroup chat');
  });
});

describe('Telegram stub: observation helpers', () => {
  it('waitFor rejects with the last calls when nothing matches in time', async () => {
    const bot = await initedBot();
    stub.user(LAN).sendText('alo');
    await bot.api.sendMessage(LAN.id, 'một');
    await expect(stub.waitFor((c) => c.method === 'deleteMessage', 50)).rejects.toThrow(/sendMessage/);
  });

  it('reset forgets calls, chats and faults but keeps the server running', async () => {
    const bot = await initedBot();
    stub.user(LAN).sendText('alo');
    stub.failAlways('sendMessage', { code: 500 });
    stub.reset();
    expect(stub.calls).toHaveLength(0);
    expect(stub.messagesIn(LAN.id)).toEqual([]);
    stub.user(LAN).sendText('lại');
    await expect(bot.api.sendMessage(LAN.id, 'ok')).resolves.toMatchObject({ message_id: 2 });
  });
});
