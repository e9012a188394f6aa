// Issue 5, "an urgent escalation reaches the group": the case card in a forum topic named with the case reference,
// or — in a group without topics — the card as the thread root; never the person's Telegram identity. And without
// a counsellors' group the person is told honestly that nobody is available, with the hotlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_GROUP_DESK } from '../../src/handoff/telegram/group-desk.js';
import { buttonData, DANGER_TEXT, GROUP_ID, startHarness, type HandoffHarness } from './support/handoff-harness.js';

/** A person whose every identifier is easy to spot in anything the counsellors receive. */
const TUYET = { id: 700_100_001, firstName: 'Tuyết Mộng', lastName: 'Nguyễn Khánh', username: 'tuyet_private_77', languageCode: 'vi' };

/** Every piece of text the bot put in front of the counsellors' group (message bodies as sent, topic names). */
function groupTexts(h: HandoffHarness): string[] {
  return h.stub.calls
    .filter((c) => String(c.body.chat_id) === String(GROUP_ID))
    .map((c) => JSON.stringify(c.body));
}

function expectNoIdentity(h: HandoffHarness, person: { id: number; firstName: string; lastName?: string; username?: string }) {
  const texts = groupTexts(h);
  expect(texts.length).toBeGreaterThan(0);
  for (const secret of [String(person.id), person.firstName, person.lastName, person.username]) {
    if (!secret) continue;
    for (const text of texts) expect(text, `the group saw "${secret}"`).not.toContain(secret);
  }
  // Nothing of the person is ever forwarded (a forward links back to their account).
  expect(h.stub.callsTo('forwardMessage')).toEqual([]);
  expect(h.stub.callsTo('forwardMessages')).toEqual([]);
}

describe('escalation to a forum supergroup (a topic per case)', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: true }); });
  afterAll(async () => { await h?.close(); });

  it('puts an urgent case in its own topic named with the reference, with the card and its buttons, and no identity', async () => {
    const person = h.person(TUYET);
    await person.command('/start');
    const answer = await person.says(DANGER_TEXT);
    // The safety message comes first, then the honest promise with the claim deadline.
    expect(answer.text).toMatch(/113/);
    expect(answer.text).toContain(h.i18n.t('vi', 'escalation-queued', { minutes: 5 }));

    const { row, card } = await h.waitCard(person.id);
    expect(row).toMatchObject({ status: 'open', urgency: 'urgent', level: 'danger' });
    expect(row.threadId).not.toBeNull();
    const topic = h.group.topic(Number(row.threadId));
    expect(topic?.name).toBe(`${h.i18n.t('vi', 'staff-case')} ${row.ref}`);
    expect(card.message_thread_id).toBe(Number(row.threadId));
    expect(card.chat.id).toBe(GROUP_ID);
    expect(card.text).toContain(h.i18n.t('vi', 'staff-level-danger'));
    expect(card.text).toContain(row.ref);
    expect(buttonData(card)).toEqual([`h:claim:${row.ref}`, `h:close:${row.ref}`]);
    expect(String(row.groupMessageId)).toBe(String(card.message_id));
    // One topic and one card for one case.
    expect(h.group.topics().filter((t) => t.name.includes(row.ref))).toHaveLength(1);
    expect(h.cards(row.ref)).toHaveLength(1);

    expectNoIdentity(h, TUYET);
  });

  it('sends the person the safety message first, then the promise, then the next question', async () => {
    // Several runs: delivery order must not depend on luck.
    for (let i = 0; i < 5; i++) {
      const person = h.person({ id: 700_100_100 + i });
      const answer = await person.says(DANGER_TEXT);
      const texts = answer.messages.map((m) => m.text ?? '');
      const safety = texts.findIndex((x) => x.includes('113') && x.includes('115'));
      const promise = texts.indexOf(h.i18n.t('vi', 'escalation-queued', { minutes: 5 }));
      expect(safety, texts.join('\n---\n')).toBe(0);
      expect(promise, texts.join('\n---\n')).toBe(1);
      expect(buttonData(answer.messages.at(-1))).toContain('relay-yes');
    }
  });

  it('gives a second case its own topic', async () => {
    const other = h.person({ id: 700_100_002, firstName: 'Bích', username: 'bich_hidden' });
    await other.says(DANGER_TEXT);
    const { row } = await h.waitCard(other.id);
    const first = await h.caseOf(TUYET.id);
    expect(row.ref).not.toBe(first.ref);
    expect(row.threadId).not.toBe(first.threadId);
    expect(h.group.topics().map((t) => t.name)).toEqual(expect.arrayContaining([`Ca ${first.ref}`, `Ca ${row.ref}`]));
    expectNoIdentity(h, { id: 700_100_002, firstName: 'Bích', username: 'bich_hidden' });
  });

  it('stays in the counsellors\' group when a member posts something that is not text', async () => {
    const person = h.person({ id: 700_100_003 });
    await person.says(DANGER_TEXT);
    const { row } = await h.waitCard(person.id);
    const since = h.stub.calls.length;
    h.lan.sendSticker({ threadId: Number(row.threadId) });
    h.lan.sendText('chào cả nhà'); // chatter in General: not a case thread
    // The group's next command is still answered: the bot did not leave.
    h.lan.sendCommand('/hangdoi');
    await h.waitGroupMessage((m) => m.text?.includes(`${row.ref} ·`) === true, 8000, since);
    expect(h.stub.calls.slice(since).filter((c) => c.method === 'leaveChat')).toEqual([]);
    expect(h.groupSends(since).map((s) => s.message.text)).not.toContain(h.i18n.t('vi', 'tg-private-only'));
  });
});

describe('escalation to a supergroup without topics (the case message is the thread root)', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: false }); });
  afterAll(async () => { await h?.close(); });

  /** A person in danger whose case Lan has claimed, with the relay agreed. */
  async function claimedCase(id: number) {
    const person = h.person({ id });
    await person.says(DANGER_TEXT);
    await person.presses('relay-yes');
    const { row, card } = await h.waitCard(person.id);
    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await person.waitMessage((m) => m.text?.includes(h.i18n.t('vi', 'staff-default-alias')) === true);
    return { person, row, card };
  }

  it('posts the card in the group and threads the relay as replies to it', async () => {
    const person = h.person({ id: 700_200_001, firstName: 'Hạnh Phúc', username: 'hanh_phuc_secret' });
    await person.says(DANGER_TEXT);
    await person.presses('relay-yes');
    const { row, card } = await h.waitCard(person.id);
    expect(row.threadId).toBeNull();
    expect(card.message_thread_id).toBeUndefined();
    expect(h.group.topics()).toEqual([]);
    expect(String(row.groupMessageId)).toBe(String(card.message_id));

    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await person.waitMessage((m) => m.text?.includes(h.i18n.t('vi', 'staff-default-alias')) === true);

    // The person's words arrive as a reply to the case message…
    await person.says('em đang trốn trong nhà tắm');
    const relayed = await h.waitGroupMessage((m) => m.text?.includes('em đang trốn trong nhà tắm') === true);
    expect(relayed.reply_to_message?.message_id).toBe(card.message_id);
    expect(relayed.forward_origin).toBeUndefined();

    // …and a counsellor's reply to it (or to the card) goes back to the person.
    const since = h.stub.calls.length;
    h.lan.sendText('Em khoá cửa lại, chị gọi 113 cho em nhé?', { replyTo: relayed.message_id });
    const back = await person.waitMessage((m) => m.text?.includes('Em khoá cửa lại') === true, 8000, since);
    expect(back.forward_origin).toBeUndefined();
    h.lan.sendText('Em còn đó không?', { replyTo: card.message_id });
    await person.waitMessage((m) => m.text?.includes('Em còn đó không?') === true, 8000, since);

    // A message in the group that replies to nothing is not relayed.
    h.lan.sendText('nhắn chung cho cả nhóm');
    h.lan.sendCommand('/hangdoi');
    await h.waitGroupMessage((m) => m.text?.includes(`${row.ref} ·`) === true, 8000, since);
    expect(person.botMessages().map((m) => m.text)).not.toContainEqual(expect.stringContaining('nhắn chung cho cả nhóm'));

    expectNoIdentity(h, { id: 700_200_001, firstName: 'Hạnh Phúc', username: 'hanh_phuc_secret' });
  });
  it('relays a counsellor\'s reply to any part of a long message that arrived in parts', async () => {
    const { person, row, card } = await claimedCase(700_200_002);
    const since = h.stub.calls.length;
    await person.says(`${'Em kể tiếp cho chị nghe. '.repeat(170)}`.slice(0, 4090) + ' HẾT.');
    await h.settled();
    const parts = h.groupSends(since).map((s) => s.message).filter((m) => m.reply_to_message?.message_id === card.message_id);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    h.lan.sendText('Chị đọc hết rồi, em an toàn không?', { replyTo: parts.at(-1)!.message_id });
    await person.waitMessage((m) => m.text?.includes('Chị đọc hết rồi') === true, 8000, since);
  });
  it('relays a reply to a message the bot posted moments ago, before its record is written, by the reference it names', async () => {
    const { person, row, card } = await claimedCase(700_200_003);
    await person.says('chị ơi em sợ lắm');
    const relayed = await h.waitGroupMessage((m) => m.text?.includes('chị ơi em sợ lắm') === true);
    // The desk writes its record after the send (settled() waits for it); take it away again to stand for a reply
    // that came first.
    await h.settled();
    const record = { desk: TELEGRAM_GROUP_DESK, messageId: String(relayed.message_id) };
    expect(await h.db.deskMessage.count({ where: record })).toBe(1);
    await h.db.deskMessage.deleteMany({ where: record });

    const since = h.stub.calls.length;
    h.lan.sendText('Chị ở đây, em đang ở đâu?', { replyTo: relayed.message_id });
    await person.waitMessage((m) => m.text?.includes('Chị ở đây, em đang ở đâu?') === true, 8000, since);

    // A reference in a counsellor's own message names nothing: a reply to it is not relayed.
    const mention = h.lan.sendText(`ghi chú về ${row.ref}`);
    h.lan.sendText('câu này không gửi cho người dùng', { replyTo: mention.messageId });
    h.lan.sendCommand('/hangdoi');
    await h.waitGroupMessage((m) => m.text?.includes(`${row.ref} ·`) === true, 8000, since);
    await h.settled();
    expect(person.botMessages().map((m) => m.text)).not.toContainEqual(expect.stringContaining('câu này không gửi'));
  });
});

describe('without a counsellors\' group (no COUNSELLOR_CHAT_ID)', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ env: { COUNSELLOR_CHAT_ID: null } }); });
  afterAll(async () => { await h?.close(); });

  it('tells a person in danger honestly that no counsellor is available, with the hotlines', async () => {
    const person = h.person({ id: 700_300_001 });
    const answer = await person.says(DANGER_TEXT);
    expect(answer.text).toMatch(/113/);
    expect(answer.text).toContain(h.i18n.t('vi', 'escalation-unavailable'));
    expect(answer.text).toMatch(/18008080/);
    expect(answer.text).not.toContain(h.i18n.t('vi', 'escalation-queued', { minutes: 5 }));
    const row = await h.caseOf(person.id);
    expect((await h.timeline(row.id)).map((e) => e.type)).toContain('escalation-unavailable');
    expect(await h.db.outbox.count({ where: { channel: 'staff' } })).toBe(0);
  });

  // Changed by issue 8 (point 4): with no counsellor there is no waiting room to enter, so nothing is relayed.
  it('opens no waiting room when the person asks for a counsellor: says nobody will answer, gives the numbers, relays nothing', async () => {
    const person = h.person({ id: 700_300_002 });
    await person.command('/start');
    const answer = await person.presses('counsellor');
    expect(answer.text).toContain(h.i18n.t('vi', 'counsellor-none'));
    expect(answer.text).toMatch(/18008080/);
    expect(buttonData(answer.messages.at(-1))).not.toContain('relay-yes');
    const written = await person.says('mình muốn nói chuyện');
    expect(written.text).not.toContain(h.i18n.t('vi', 'counsellor-waiting'));
    expect(await h.db.outbox.count({ where: { channel: 'staff' } })).toBe(0);
    expect(h.stub.calls.filter((c) => c.method !== 'getUpdates' && Number(c.body.chat_id) < 0)).toEqual([]);
  });
});
