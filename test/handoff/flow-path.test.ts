// A counsellor's answer and a claim-deadline reminder reach the person through the person's flow: the desk
// dispatches an event (counsellor.text, counsellor.reminder), the flow's handler says the sentence (its locale
// key), and the flow's snapshot is saved in the same transaction as the case's timeline event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type HandoffHarness } from './support/handoff-harness.js';

const MIN = 60_000;

describe('counsellor events go through the person\'s flow', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: true }); });
  afterAll(async () => { await h?.close(); });
  const t = (key: string, args?: Record<string, string | number>) => h.i18n.t('vi', key, args);

  /** The person's conversation row: its sealed snapshot (sealed afresh at every save) and when it changed. */
  const conversationOf = async (userId: number) => h.db.conversation.findFirstOrThrow({
    where: { channel: 'telegram', chatKey: h.chatKeyOf(userId) }, select: { snapshot: true, updatedAt: true, flowId: true },
  });

  async function asksForCounsellor(id: number) {
    const person = h.person({ id });
    await person.command('/start');
    await person.presses('counsellor');
    await person.presses('relay-yes');
    const { row, card } = await h.waitCard(person.id);
    return { person, row, card };
  }

  it('a reminder after the claim deadline is the flow\'s "escalation-delayed", saved with the flow\'s snapshot', async () => {
    const { person, row } = await asksForCounsellor(700_800_001);
    await h.settled();
    const before = await conversationOf(person.id);
    h.advance(30 * MIN + 1000);
    expect(await h.timers.runOnce()).toBeGreaterThanOrEqual(1);
    const told = await person.waitMessage((m) => m.text === t('escalation-delayed', { minutes: 30 }));
    expect(told.text).toMatch(/18008080/);
    const after = await conversationOf(person.id);
    expect(after.flowId).toBe('main');
    expect(after.snapshot).not.toEqual(before.snapshot);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect((await h.timeline(row.id)).map((e) => e.type)).toContain('person-told-delay');
    await h.settled();
  });

  it('a counsellor\'s answer is the flow\'s "counsellor-text", saved with the flow\'s snapshot', async () => {
    const { person, row, card } = await asksForCounsellor(700_800_002);
    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await person.waitMessage((m) => m.text?.includes(t('counsellor-joined', { alias: t('staff-default-alias') })) === true);
    await h.settled();
    const before = await conversationOf(person.id);
    const since = h.stub.calls.length;
    h.lan.sendText('Chị ở đây, em cứ nói.', { threadId: Number((await h.caseByRef(row.ref)).threadId) });
    const answer = await person.waitMessage((m) => m.text?.includes('Chị ở đây, em cứ nói.') === true, 8000, since);
    expect(answer.text).toBe(t('counsellor-text', { alias: t('staff-default-alias'), text: 'Chị ở đây, em cứ nói.' }));
    const after = await conversationOf(person.id);
    expect(after.snapshot).not.toEqual(before.snapshot);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // The person stays in the live chat: the answer does not repeat the screen they are on.
    const toPerson = h.stub.calls.slice(since).filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === person.id);
    expect(toPerson).toHaveLength(1);
    expect((await h.timeline(row.id)).map((e) => e.type)).toEqual(expect.arrayContaining(['claimed', 'first-answer', 'counsellor-message']));
  });

  it('an answer after the person left by quick exit reaches nobody: the flow is not stepped', async () => {
    const { person, row, card } = await asksForCounsellor(700_800_003);
    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await h.settled();
    await person.command('/thoat');
    await h.settled();
    const before = await conversationOf(person.id);
    const since = h.stub.calls.length;
    h.lan.sendText('Em còn đó không?', { threadId: Number((await h.caseByRef(row.ref)).threadId) });
    await h.waitGroupMessage((m) => m.text === t('staff-answer-not-allowed'), 8000, since);
    expect(h.stub.calls.slice(since).filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === person.id)).toEqual([]);
    expect((await conversationOf(person.id)).snapshot).toEqual(before.snapshot);
  });
});
