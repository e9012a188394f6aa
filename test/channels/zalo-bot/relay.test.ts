// A counsellor's answer reaches a person on the Zalo Bot: a 3 000-character answer arrives as two sendMessage calls
// cut at a sentence end. A quick exit says the bot cannot delete Zalo messages, and how to delete the conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type HandoffHarness } from '../../handoff/support/handoff-harness.js';
import { startBotStub, textUpdate, type BotStub } from '../../support/zalo-bot-stub/server.js';
import { BOT_TOKEN, escapeRe, until, WEBHOOK_SECRET } from './support/bot-test-app.js';

let h: HandoffHarness;
let stub: BotStub;
let url: string;
beforeAll(async () => {
  stub = await startBotStub({ token: BOT_TOKEN });
  h = await startHarness({ forum: true, env: { ZALO_BOT_TOKEN: BOT_TOKEN, ZALO_BOT_API_ROOT: stub.url, ZALO_BOT_MODE: 'webhook', ZALO_BOT_WEBHOOK_SECRET: WEBHOOK_SECRET } });
  url = `http://127.0.0.1:${(h.app.http.server.address() as { port: number }).port}`;
});
afterAll(async () => { await h?.close(); await stub?.close(); });

const chatKeyOf = (user: string) => h.app.core.chatKeyOf('zalo-bot', user);
const settled = (user: string) => until(async () => (await h.db.outbox.count({ where: { channel: 'zalo-bot', chatKey: chatKeyOf(user), status: 'pending' } })) === 0, 20_000);
async function says(user: string, text: string): Promise<string> {
  const before = stub.sent.length;
  const res = await fetch(`${url}/zalo/bot/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': WEBHOOK_SECRET }, body: JSON.stringify(textUpdate(user, text)) });
  expect(res.status).toBe(200);
  await settled(user);
  return stub.sent.slice(before).filter((m) => m.chatId === user).map((m) => m.text).join('\n');
}
/** Types the number in front of a label on the last screen. */
async function chooses(user: string, screen: string, key: string): Promise<string> {
  const line = screen.split('\n').find((l) => new RegExp(`^\\d+\\. ${escapeRe(h.i18n.t('vi', key))}$`).test(l));
  if (!line) throw new Error(`no numbered line for ${key} in:\n${screen}`);
  return says(user, line.split('.')[0]!);
}

const LONG = Array.from({ length: 60 }, (_, i) => `Đây là câu thứ ${i + 1} trong lời nhắn dài của tư vấn viên.`).join(' ');

describe('counsellor relay to a Zalo Bot user', () => {
  it('delivers a 3 000-character answer as two messages cut at a sentence end', async () => {
    const user = 'r00000000000000000001';
    const menu = await says(user, 'xin chào');
    const consent = await chooses(user, menu, 'menu-counsellor');
    await chooses(user, consent, 'counsellor-yes');
    const row = await h.db.case.findFirstOrThrow({ where: { chatKey: chatKeyOf(user) } });
    const card = await h.waitGroupMessage((m) => m.text?.includes(row.ref) === true && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await settled(user);
    const claimed = await h.db.case.findUniqueOrThrow({ where: { id: row.id } });
    const before = stub.sent.length;
    h.lan.sendText(LONG, { threadId: Number(claimed.threadId) });
    await until(() => stub.sent.slice(before).some((m) => m.chatId === user && m.text.includes('câu thứ 60')), 20_000);
    const parts = stub.sent.slice(before).filter((m) => m.chatId === user && m.text.includes('câu thứ'));
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(2000);
    expect(parts[0]!.text).toMatch(/tư vấn viên\.$/);
    expect(parts[1]!.text).toMatch(/^Đây là câu thứ \d+ /);
    expect(`${parts[0]!.text} ${parts[1]!.text}`).toContain(LONG);
  }, 60_000);

  it('answers a quick exit with how to delete the conversation in Zalo (the bot cannot delete messages)', async () => {
    const user = 'r00000000000000000002';
    await says(user, 'xin chào');
    const exit = await says(user, 'thoát');
    expect(exit).toContain(h.i18n.t('vi', 'zalo-quick-exit'));
  }, 30_000);
});
