// The hand-off is channel-agnostic: a person on the web chat asks for a counsellor, the case reaches the Telegram
// group, a counsellor claims it and answers, and the web page receives the answer by polling /api/chat/updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { startHarness, type HandoffHarness } from './support/handoff-harness.js';

let h: HandoffHarness;
let url: string;
beforeAll(async () => {
  h = await startHarness({ forum: true });
  const address = h.app.http.server.address() as AddressInfo;
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => { await h?.close(); });

const post = async (path: string, body: object) => {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as { replies: { text: string; choices?: { id: string }[] }[] } };
};

describe('counsellor relay to the web chat', () => {
  it('delivers a counsellor\'s answer to the web page through /api/chat/updates, once', async () => {
    const sessionId = 'web-relay-session-000001';
    await post('/api/chat', { sessionId, text: '/start' });
    await post('/api/chat', { sessionId, choice: 'counsellor' });
    const agreed = await post('/api/chat', { sessionId, choice: 'relay-yes' });
    expect(agreed.status).toBe(200);

    const chatKey = h.app.core.chatKeyOf('web', sessionId);
    const row = await h.db.case.findFirstOrThrow({ where: { chatKey } });
    const card = await h.waitGroupMessage((m) => m.text?.includes(row.ref) === true && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
    expect(card.text).not.toContain(sessionId);
    await h.press(h.lan, card, `h:claim:${row.ref}`);

    // The page learns that a counsellor joined.
    let joined: string[] = [];
    for (let i = 0; i < 40 && !joined.length; i++) {
      joined = (await post('/api/chat/updates', { sessionId })).body.replies.map((r) => r.text);
      if (!joined.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(joined.join('\n')).toMatch(/.+/);

    // The counsellor answers in the case's topic; the page receives it, and only once.
    const claimed = await h.db.case.findUniqueOrThrow({ where: { id: row.id } });
    h.lan.sendText('Chào bạn, mình là tư vấn viên. Bạn có an toàn không?', { threadId: Number(claimed.threadId) });
    let got: string[] = [];
    for (let i = 0; i < 60 && !got.length; i++) {
      got = (await post('/api/chat/updates', { sessionId })).body.replies.map((r) => r.text);
      if (!got.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(got.join('\n')).toContain('Bạn có an toàn không?');
    expect((await post('/api/chat/updates', { sessionId })).body.replies).toEqual([]);

    // And what the person types goes to the case's topic.
    await post('/api/chat', { sessionId, text: 'Mình an toàn, cảm ơn bạn' });
    const relayed = await h.waitGroupMessage((m) => m.text?.includes('Mình an toàn, cảm ơn bạn') === true);
    expect(relayed.message_thread_id).toBe(Number(claimed.threadId));
  });
});
