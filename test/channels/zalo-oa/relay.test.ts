// A counsellor's answers reach a person on the Zalo OA: a 3 000-character answer arrives as two messages cut at a
// sentence end; outside Zalo's 7-day window (-230) the message stays in the outbox marked undeliverable, the case
// timeline and the counsellors' group say so, and everything else goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type HandoffHarness } from '../../handoff/support/handoff-harness.js';
import { startOaStub, type OaStub } from '../../support/zalo-oa-stub/server.js';
import { postEvent, textEvent } from '../../support/zalo-oa-stub/webhook.js';
import { OA, oaEnv, until } from './support/oa-test-app.js';

let h: HandoffHarness;
let stub: OaStub;
let url: string;
beforeAll(async () => {
  stub = await startOaStub({ appId: OA.appId, appSecret: OA.appSecret, refreshToken: OA.refreshToken });
  h = await startHarness({ forum: true, env: oaEnv(stub) });
  const address = h.app.http.server.address() as { port: number };
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => { await h?.close(); await stub?.close(); });

const chatKeyOf = (user: string) => h.app.core.chatKeyOf('zalo-oa', user);
async function says(user: string, text: string): Promise<void> {
  expect((await postEvent(url, textEvent(user, text, { appId: OA.appId }), OA.secretKey)).status).toBe(200);
}
const settled = (user: string) => until(async () => (await h.db.outbox.count({ where: { channel: 'zalo-oa', chatKey: chatKeyOf(user), status: 'pending' } })) === 0, 20_000);

/** The person asks for a counsellor over the OA (by button payloads) and Lan claims the case. */
async function claimedCase(user: string) {
  await says(user, 'xin chào');
  await says(user, '#c:counsellor');
  await says(user, '#c:relay-yes');
  const row = await h.db.case.findFirstOrThrow({ where: { chatKey: chatKeyOf(user) } });
  const card = await h.waitGroupMessage((m) => m.text?.includes(row.ref) === true && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
  await h.press(h.lan, card, `h:claim:${row.ref}`);
  await settled(user);
  return h.db.case.findUniqueOrThrow({ where: { id: row.id } });
}

const LONG = Array.from({ length: 60 }, (_, i) => `Đây là câu thứ ${i + 1} trong lời nhắn dài của tư vấn viên.`).join(' ');

describe('counsellor relay to a Zalo OA user', () => {
  it('delivers a 3 000-character answer as two messages cut at a sentence end', async () => {
    expect(LONG.length).toBeGreaterThan(2900);
    const user = '9100000000000000001';
    const row = await claimedCase(user);
    const before = stub.sent.length;
    h.lan.sendText(LONG, { threadId: Number(row.threadId) });
    await until(() => stub.sent.slice(before).filter((m) => m.userId === user).map((m) => m.text).join(' ').includes('câu thứ 60'), 20_000);
    const parts = stub.sent.slice(before).filter((m) => m.userId === user && (m.text.includes('câu thứ')));
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(2000);
    expect(parts[0]!.text).toMatch(/tư vấn viên\.$/);
    expect(parts[1]!.text).toMatch(/^Đây là câu thứ \d+ /);
    expect(`${parts[0]!.text} ${parts[1]!.text}`).toContain(LONG);
  }, 60_000);

  it('keeps a -230 message as undeliverable, says so in the case timeline and to the counsellors, and goes on', async () => {
    const user = '9100000000000000002';
    const row = await claimedCase(user);
    stub.windowClosed.add(user);
    h.lan.sendText('Bạn còn ở đó không?', { threadId: Number(row.threadId) });
    await until(async () => (await h.db.outbox.count({ where: { channel: 'zalo-oa', chatKey: chatKeyOf(user), status: 'failed', lastError: '-230' } })) === 1, 20_000);
    expect(stub.sent.some((m) => m.userId === user && m.text.includes('Bạn còn ở đó không?'))).toBe(false);
    const timeline = await h.timeline(row.id);
    expect(timeline.map((e) => e.type)).toContain('zalo-undeliverable');
    const notice = await h.waitGroupMessage((m) => m.text?.includes(row.ref) === true && m.text.includes('7 ngày') === true, 10_000);
    expect(notice.message_thread_id).toBe(Number(row.threadId));
    // The process goes on: the person writes again (the window reopens) and the next answer arrives.
    stub.windowClosed.delete(user);
    await says(user, 'Mình vẫn ở đây');
    h.lan.sendText('Mình vẫn ở đây với bạn.', { threadId: Number(row.threadId) });
    await until(() => stub.sent.some((m) => m.userId === user && m.text.includes('Mình vẫn ở đây với bạn.')), 20_000);
  }, 60_000);
});
