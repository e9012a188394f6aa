// Issue 12, crash semantics in one process: the two states a crash can leave an outbox row in, made by hand, and
// what the next instance does with each. (test/handoff/crash-burst.test.ts makes them with real SIGKILLs.)
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buttonData, DANGER_TEXT, GROUP_ID, startHarness, type HandoffHarness } from './support/handoff-harness.js';

describe('after a crash', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: false }); });
  afterAll(async () => { await h?.close(); });

  const caseCommitted = (id: number) => vi.waitFor(async () => expect((await h.caseOf(id)).ref).toBeTruthy(), { timeout: 8000, interval: 20 });
  const escalationRow = async (caseId: string) => h.db.outbox.findFirstOrThrow({ where: { channel: 'staff', kind: 'escalation', chatKey: `case:${caseId}` } });

  it('sends a card whose first send began and was never marked again — even after a failed retry — marked as a possible repeat, ringing (the first may never have arrived); its claim button works', async () => {
    // Telegram refuses for a while, so the escalation waits in the outbox.
    h.stub.failAlways('sendMessage', { code: 429, retryAfter: 120 });
    h.stub.failAlways('createForumTopic', { code: 429, retryAfter: 120 });
    const person = h.person({ id: 701_100_001 });
    person.sim.sendText(DANGER_TEXT);
    await caseCommitted(person.id);
    const row = await h.caseOf(person.id);
    await vi.waitFor(async () => expect((await escalationRow(row.id)).lastError).toBe('429'), { timeout: 8000, interval: 20 });
    // The state a SIGKILL during a send leaves: the send began (the statement before it ran), nothing after it did.
    await h.db.outbox.update({ where: { id: (await escalationRow(row.id)).id }, data: { sendingSince: new Date() } });
    await h.stop();
    h.stub.clearFaults();
    // The repeat fails with a known outcome: it is retried as a repeat still (the first send may have arrived).
    h.stub.failAlways('sendMessage', { code: 400, description: 'Bad Request: try again' });
    await h.start();
    const repeatLine = h.i18n.t('vi', 'staff-card-repeat', { ref: row.ref });
    await h.stub.waitFor((c) => c.method === 'sendMessage' && !c.response.ok && String(c.body.chat_id) === String(GROUP_ID) && String(c.body.text).includes(repeatLine), 8000);
    h.stub.clearFaults();

    const { card } = await h.waitCard(person.id, 30_000);
    const call = h.stub.calls.find((c) => c.method === 'sendMessage' && (c.response as { result?: Message }).result?.message_id === card.message_id && String(c.body.chat_id) === String(card.chat.id))!;
    expect(card.text!.split('\n')[0]).toBe(repeatLine);
    expect(call.body.disable_notification).toBeUndefined();
    await h.settled();
    expect(h.cards(row.ref)).toHaveLength(1);
    // settled() waited for the records too (they are written after the send's mark, in a statement of their own).
    expect(await escalationRow(row.id)).toMatchObject({ status: 'delivered', sendingSince: null, payload: null, externalId: String(card.message_id) });
    expect((await h.timeline(row.id)).filter((e) => e.type === 'announced')).toHaveLength(1);

    const answer = await h.press(h.lan, card, buttonData(card).find((d) => d.startsWith('h:claim:'))!);
    expect(answer.body.text).toBe(h.i18n.t('vi', 'staff-claimed-you', { ref: row.ref }));
  });

  it('records what a send produced when the crash came after the row was marked sent, without sending it again', async () => {
    const person = h.person({ id: 701_100_002 });
    person.sim.sendText(DANGER_TEXT);
    await caseCommitted(person.id);
    const { row, card } = await h.waitCard(person.id);
    await h.settled();
    expect((await escalationRow(row.id)).sendingSince).toBe(null);
    // The state a SIGKILL between `sent` and the records leaves: delivered, payload kept, nothing recorded.
    const outboxId = (await escalationRow(row.id)).id;
    await h.db.$transaction([
      h.db.outbox.update({ where: { id: outboxId }, data: { sendingSince: new Date(), payload: { text: '', caseId: row.id, staff: 'escalation' } } }),
      h.db.caseEvent.deleteMany({ where: { caseId: row.id, type: 'announced' } }),
      h.db.deskMessage.deleteMany({ where: { caseId: row.id } }),
      h.db.case.update({ where: { id: row.id }, data: { groupMessageId: null } }),
    ]);
    // A new instance recovers it at start.
    await h.stop();
    await h.start();
    await vi.waitFor(async () => expect((await escalationRow(row.id)).sendingSince).toBe(null), { timeout: 8000, interval: 20 });

    expect(await escalationRow(row.id)).toMatchObject({ status: 'delivered', payload: null });
    expect((await h.timeline(row.id)).filter((e) => e.type === 'announced')).toHaveLength(1);
    expect(await h.db.deskMessage.findMany({ where: { caseId: row.id }, select: { messageId: true } })).toEqual([{ messageId: String(card.message_id) }]);
    expect((await h.caseByRef(row.ref)).groupMessageId).toBe(String(card.message_id));
    await h.app.delivery.runOnce();
    expect(h.cards(row.ref)).toHaveLength(1);
  });
});
