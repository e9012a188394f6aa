// Issue 12, point 4: an update already processed is answered with the replies it produced the first time, and
// nothing else happens (no case, no outbox row, no escalation, no send). A web client that retries a danger
// message whose response was lost still sees the emergency numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeOldUpdateIds } from '../../src/cases/retention.js';
import { EVERYONE, startTestApp, type TestApp } from '../support/test-app.js';
import { startTelegramTestApp, type TelegramTestApp } from '../channels/telegram/support/telegram-test-app.js';

const DANGER = 'cứu tôi với, chồng tôi cầm dao';

describe('a repeated web request', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ people: EVERYONE }); });
  afterAll(async () => { await t?.close(); });

  const countsOf = async (sessionId: string) => {
    const db = t.app.database.db;
    const chatKey = t.app.core.chatKeyOf('web', sessionId);
    const cases = await db.case.findMany({ where: { chatKey }, select: { id: true } });
    return {
      cases: cases.length,
      caseEvents: await db.caseEvent.count({ where: { caseId: { in: cases.map((c) => c.id) } } }),
      outbox: await db.outbox.count(),
      processed: await db.processedUpdate.count({ where: { chatKey } }),
    };
  };

  it('returns the same replies to a repeated danger message, emergency numbers included, and opens one case', async () => {
    const sessionId = 'replay-danger-session-01';
    await t.chat({ sessionId, text: '/start' });
    const first = await t.chat({ sessionId, text: DANGER, messageId: 'danger-msg-0001' });
    expect(first.status).toBe(200);
    expect(first.body.replies.map((r: { text: string }) => r.text).join('\n')).toMatch(/113[\s\S]*115/);
    const after = await countsOf(sessionId);
    expect(after.cases).toBe(1);

    const again = await t.chat({ sessionId, text: DANGER, messageId: 'danger-msg-0001' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    // Nothing was processed again: no second case, escalation, timeline event, outbox row or update record.
    expect(await countsOf(sessionId)).toEqual(after);
  });

  it('keeps the recorded replies sealed, never in clear text', async () => {
    const sessionId = 'replay-sealed-session-01';
    const first = await t.chat({ sessionId, text: DANGER, messageId: 'sealed-msg-0001' });
    const row = await t.app.database.db.processedUpdate.findUniqueOrThrow({ where: { channel_updateId: { channel: 'web', updateId: 'sealed-msg-0001' } } });
    expect(row.replies).toMatch(/^v1\./);
    expect(row.replies).not.toContain(first.body.replies[0].text.slice(0, 20));
  });

  it('gives two identical requests sent at the same time the same replies, and processes the message once', async () => {
    const sessionId = 'replay-concurrent-session-01';
    await t.chat({ sessionId, text: '/start' });
    const before = await countsOf(sessionId);
    const [a, b] = await Promise.all([
      t.chat({ sessionId, text: DANGER, messageId: 'concurrent-msg-01' }),
      t.chat({ sessionId, text: DANGER, messageId: 'concurrent-msg-01' }),
    ]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body.replies.length).toBeGreaterThan(0);
    expect(a.body.replies).toEqual(b.body.replies);
    // Exactly one of them did the work.
    expect([a.body.duplicate, b.body.duplicate].sort()).toEqual([true, undefined]);
    const after = await countsOf(sessionId);
    expect(after.cases).toBe(before.cases + 1);
    expect(after.processed).toBe(before.processed + 1);
  });

  it('answers a different message id as a new message', async () => {
    const sessionId = 'replay-distinct-session-01';
    await t.chat({ sessionId, text: '/start', messageId: 'distinct-msg-01' });
    const other = await t.chat({ sessionId, text: '/start', messageId: 'distinct-msg-02' });
    expect(other.body.duplicate).toBeUndefined();
  });

  it('erases the recorded replies when the person deletes their data, and still drops a repeat afterwards', async () => {
    const sessionId = 'replay-delete-session-01';
    const db = t.app.database.db;
    const chatKey = t.app.core.chatKeyOf('web', sessionId);
    await t.chat({ sessionId, text: DANGER, messageId: 'delete-msg-00001' });
    await t.chat({ sessionId, text: '/xoa', messageId: 'delete-msg-00002' });
    const done = await t.chat({ sessionId, choice: 'confirm', messageId: 'delete-msg-00003' });
    expect(done.status).toBe(200);

    expect(await db.processedUpdate.count({ where: { chatKey } })).toBe(0);
    const kept = await db.processedUpdate.findMany({ where: { channel: 'web', updateId: { in: ['delete-msg-00001', 'delete-msg-00002'] } } });
    expect(kept).toEqual([
      expect.objectContaining({ chatKey: null, replies: null }),
      expect.objectContaining({ chatKey: null, replies: null }),
    ]);
    // A late retry of the danger message is dropped, not processed again (no new conversation for the person).
    const late = await t.chat({ sessionId, text: DANGER, messageId: 'delete-msg-00001' });
    expect(late.body).toEqual({ replies: [], duplicate: true });
    expect(await db.conversation.count({ where: { chatKey } })).toBe(0);
    // The answer to the deletion itself is kept, unlinked from the person, for a retry of the confirmation.
    expect((await t.chat({ sessionId, choice: 'confirm', messageId: 'delete-msg-00003' })).body).toEqual({ ...done.body, duplicate: true });
  });

  it('erases the recorded replies with the update ids they belong to', async () => {
    const sessionId = 'replay-purge-session-01';
    await t.chat({ sessionId, text: '/start', messageId: 'purge-msg-00001' });
    const db = t.app.database.db;
    expect(await db.processedUpdate.count({ where: { updateId: 'purge-msg-00001' } })).toBe(1);
    await purgeOldUpdateIds(t.app.database.store, new Date(Date.now() + 15 * 86_400_000));
    expect(await db.processedUpdate.count({ where: { updateId: 'purge-msg-00001' } })).toBe(0);
  });
});

describe('a repeated Telegram webhook update', () => {
  let t: TelegramTestApp;
  beforeAll(async () => { t = await startTelegramTestApp({ mode: 'webhook', people: EVERYONE }); });
  afterAll(async () => { await t?.close(); });

  it('sends its replies once and opens one case', async () => {
    const person = t.person({ id: 731_000_001 });
    await person.command('/start');
    const sent = person.sim.sendText(DANGER);
    await t.waitAnswered(sent, person.id);
    const toPerson = () => t.stub.calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(person.id)).length;
    const db = t.app.database.db;
    const chatKey = t.chatKeyOf(person.id);
    const sends = toPerson();
    const outbox = await db.outbox.count();
    expect(await db.case.count({ where: { chatKey } })).toBe(1);

    expect((await t.stub.postUpdateRaw(sent.update)).status).toBe(200);
    await t.app.core.drain();
    await t.app.delivery.runOnce();
    expect(toPerson()).toBe(sends);
    expect(await db.outbox.count()).toBe(outbox);
    expect(await db.case.count({ where: { chatKey } })).toBe(1);
  });
});
