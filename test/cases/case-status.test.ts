// Case status by reference code, through the web chat with two sessions: the chat that sent the report sees its
// status (received, with a counsellor, closed) and what happens next; any other chat learns nothing — the very
// same answer as for a code that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const OWNER = 'status-owner-000001';
const OTHER = 'status-other-000001';
const text = async (sessionId: string, body: { text?: string; choice?: string }): Promise<string> => {
  const res = await t.chat({ sessionId, ...body });
  expect(res.status).toBe(200);
  return res.body.replies.map((r: { text: string }) => r.text).join('\n');
};
/** The first reply only: the status (the menu prompt follows it). */
const firstReply = async (sessionId: string, typed: string): Promise<string> => {
  const res = await t.chat({ sessionId, text: typed });
  expect(res.status).toBe(200);
  return res.body.replies[0].text;
};

let ref = '';

describe('case status by reference code', () => {
  beforeAll(async () => {
    await text(OWNER, { text: '/start' });
    for (const choice of ['report', 'start', 'self', 'done', 'skip', 'skip', 'skip', 'skip', 'skip', 'continue', 'skip', 'skip']) await text(OWNER, { choice });
    const done = await text(OWNER, { choice: 'submit' });
    ref = /TC-[A-Z0-9]{6}/.exec(done)![0];
    await text(OTHER, { text: '/start' });
  });

  it('shows the owner that the report was received and that nobody was asked to contact them', async () => {
    const reply = await firstReply(OWNER, ref);
    expect(reply).toContain(ref);
    expect(reply).toContain('đã nhận');
    expect(reply).toContain('Không có ai được giao liên hệ');
    // Typed the way people type: lower case, a space instead of the dash.
    expect(await firstReply(OWNER, ref.toLowerCase().replace('-', ' '))).toBe(reply);
  });

  it('reveals nothing to another chat: the same answer as for a code that does not exist', async () => {
    const unknown = await firstReply(OTHER, 'TC-ACD347');
    const typed = await firstReply(OTHER, ref);
    expect(typed).toBe(unknown);
    expect(typed).not.toContain(ref);
    expect(typed).toContain('không tìm thấy');
  });

  it('shows "with a counsellor" once a counsellor holds the case, and "closed" once it is closed', async () => {
    const db = t.app.database.db;
    await db.case.update({ where: { ref }, data: { status: 'claimed' } });
    expect(await firstReply(OWNER, ref)).toMatch(new RegExp(`${ref}: đang được một tư vấn viên phụ trách`));
    await db.case.update({ where: { ref }, data: { status: 'closed', closedAt: new Date() } });
    const closed = await firstReply(OWNER, ref);
    expect(closed).toContain(`${ref}: đã đóng`);
    expect(closed).toContain('30 ngày');
    expect(await firstReply(OTHER, ref)).toBe(await firstReply(OTHER, 'TC-ACD347'));
  });

  it('answers in English too', async () => {
    await text(OWNER, { text: '/lang' });
    await text(OWNER, { choice: 'en' });
    expect(await firstReply(OWNER, ref)).toContain(`Case ${ref}: closed.`);
  });
});
