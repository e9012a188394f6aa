// Issue 5: claim (allow-list, one winner), the two-way relay (danger words still work), /ketthuc, closing with an
// outcome and the case timeline; the group commands /alias, /hangdoi, /ca, /ghichu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { createSealer } from '../../src/privacy/sealer.js';
import { counsellorActions } from '../../src/handoff/counsellor-actions.js';
import { tablesContaining } from '../support/scan-tables.js';
import {
  buttonData, Citizen, DANGER_TEXT, LAN, MINH, startHarness, type HandoffHarness,
} from './support/handoff-harness.js';

let h: HandoffHarness;
beforeAll(async () => { h = await startHarness({ forum: true }); });
afterAll(async () => { await h?.close(); });

const t = (key: string, args?: Record<string, string | number>) => h.i18n.t('vi', key, args);

/** A person who asks for a counsellor from the main menu and agrees to be written to here. */
async function asksForCounsellor(id: number): Promise<{ person: Citizen; ref: string; card: Message; threadId: number }> {
  const person = h.person({ id, firstName: `Người ${id}` });
  await person.command('/start');
  await person.presses('counsellor');
  const agreed = await person.presses('relay-yes');
  expect(agreed.text).toContain(t('escalation-queued', { minutes: 30 }));
  const { row, card } = await h.waitCard(person.id);
  expect(row.level).toBe('talk');
  return { person, ref: row.ref, card, threadId: Number(row.threadId) };
}

/** The bot's reply to a counsellor's command in the group. */
async function groupReply(member: typeof h.lan, command: string, match: (m: Message) => boolean, where: { threadId?: number } = {}): Promise<Message> {
  const since = h.stub.calls.length;
  member.sendCommand(command, where);
  return h.waitGroupMessage(match, 8000, since);
}

describe('counsellors in the group', () => {
  it('/alias sets the name the person will see', async () => {
    const lan = await groupReply(h.lan, '/alias Chị Lan', (m) => m.text === t('staff-alias-set', { alias: 'Chị Lan' }));
    expect(lan.text).toContain('Chị Lan');
    await groupReply(h.minh, '/alias Anh Minh', (m) => m.text === t('staff-alias-set', { alias: 'Anh Minh' }));
    expect(await h.db.counsellor.count()).toBe(2);
    // The Telegram id is not what the table keys on.
    expect(await tablesContaining(h.db, String(LAN.id))).toEqual([]);
  });

  it('ignores /alias from someone who is not on the allow-list', async () => {
    const since = h.stub.calls.length;
    h.stranger.sendCommand('/alias Kẻ Giả Danh');
    // Wait for something the bot surely does after it: answer an allowed member's command.
    await groupReply(h.lan, '/alias Chị Lan', (m) => m.text === t('staff-alias-set', { alias: 'Chị Lan' }));
    expect(h.groupSends(since).map((s) => s.message.text)).not.toContain(t('staff-alias-set', { alias: 'Kẻ Giả Danh' }));
    expect(await h.db.counsellor.count()).toBe(2);
  });
});

describe('claim, relay, end, close', () => {
  let person: Citizen;
  let ref: string;
  let card: Message;
  let threadId: number;
  let winner: { member: typeof h.lan; alias: string };

  it('refuses a claim by someone who is not an allow-listed counsellor', async () => {
    ({ person, ref, card, threadId } = await asksForCounsellor(700_400_001));
    const answer = await h.press(h.stranger, card, `h:claim:${ref}`);
    expect(answer.body).toMatchObject({ text: t('staff-not-allowed'), show_alert: true });
    expect(await h.caseByRef(ref)).toMatchObject({ status: 'open', claimedBy: null });
    expect((await h.timeline((await h.caseByRef(ref)).id)).map((e) => e.type)).not.toContain('claimed');
  });

  it('gives the case to exactly one of two counsellors pressing claim at once; the other is told who has it', async () => {
    const [lan, minh] = await Promise.all([h.press(h.lan, card, `h:claim:${ref}`), h.press(h.minh, card, `h:claim:${ref}`)]);
    const won = [lan, minh].filter((a) => a.body.text === t('staff-claimed-you', { ref }));
    expect(won).toHaveLength(1);
    winner = won[0] === lan ? { member: h.lan, alias: 'Chị Lan' } : { member: h.minh, alias: 'Anh Minh' };
    const lost = won[0] === lan ? minh : lan;
    expect(lost.body).toMatchObject({ text: t('staff-already-claimed', { alias: winner.alias }), show_alert: true });

    const row = await h.caseByRef(ref);
    expect(row).toMatchObject({ status: 'claimed', claimedAlias: winner.alias });
    expect((await h.timeline(row.id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    // The topic says who has the case.
    await h.waitGroupMessage((m) => m.text === t('staff-claimed', { ref, alias: winner.alias }) && m.message_thread_id === threadId);
  });

  it('tells the person that the counsellor joined, by alias only', async () => {
    const joined = await person.waitMessage((m) => m.text?.includes(t('counsellor-joined', { alias: winner.alias })) === true);
    for (const who of [LAN, MINH]) {
      expect(joined.text).not.toContain(who.firstName);
      expect(joined.text).not.toContain(who.username);
      expect(joined.text).not.toContain(String(who.id));
    }
    await h.settled();
  });

  it('relays the person\'s words into the case topic, as new messages', async () => {
    const since = h.stub.calls.length;
    await person.says('Chồng em hay đánh em khi say rượu');
    const relayed = await h.waitGroupMessage((m) => m.text?.includes('Chồng em hay đánh em khi say rượu') === true, 8000, since);
    expect(relayed.message_thread_id).toBe(threadId);
    expect(relayed.text).toContain(ref);
    expect(relayed.forward_origin).toBeUndefined();
    expect(h.stub.calls.filter((c) => /^forward/i.test(c.method))).toEqual([]);
  });

  it('relays the claimer\'s words in the topic to the person silently, as a new message', async () => {
    const since = h.stub.calls.length;
    winner.member.sendText('Chị nghe em. Lúc này em có an toàn không?', { threadId });
    const back = await person.waitMessage((m) => m.text?.includes('Chị nghe em. Lúc này em có an toàn không?') === true, 8000, since);
    expect(back.text).toBe(t('counsellor-text', { alias: winner.alias, text: 'Chị nghe em. Lúc này em có an toàn không?' }));
    expect(back.forward_origin).toBeUndefined();
    const call = h.stub.calls.slice(since).find((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === person.id)!;
    expect(call.body.disable_notification).toBe(true);
    expect(h.stub.calls.filter((c) => /^forward/i.test(c.method))).toEqual([]);
    // A second answer: the timeline keeps one "first-answer".
    winner.member.sendText('Em cứ nhắn khi nào tiện.', { threadId });
    await person.waitMessage((m) => m.text?.includes('Em cứ nhắn khi nào tiện.') === true, 8000, since);
    const events = (await h.timeline((await h.caseByRef(ref)).id)).map((e) => e.type);
    expect(events.filter((e) => e === 'first-answer')).toHaveLength(1);
  });

  it('does not relay from the other counsellor, from a stranger, or from outside the topic', async () => {
    const other = winner.member === h.lan ? h.minh : h.lan;
    const since = h.stub.calls.length;
    other.sendText('Để anh nói chuyện với em ấy', { threadId });
    await h.waitGroupMessage((m) => m.text === t('staff-answer-not-claimer') && m.message_thread_id === threadId, 8000, since);
    h.stranger.sendText('tin nhắn của người lạ', { threadId });
    winner.member.sendText('tin nhắn ngoài chủ đề');
    // Something the bot surely does afterwards, in order: the claimer's next message in the topic.
    winner.member.sendText('Chị vẫn ở đây.', { threadId });
    await person.waitMessage((m) => m.text?.includes('Chị vẫn ở đây.') === true, 8000, since);
    const texts = person.botMessages().map((m) => m.text ?? '');
    for (const not of ['Để anh nói chuyện với em ấy', 'tin nhắn của người lạ', 'tin nhắn ngoài chủ đề']) {
      expect(texts.some((x) => x.includes(not))).toBe(false);
    }
  });

  it('keeps the danger interrupt working during the relay: safety message, the case raised, the counsellor told', async () => {
    const since = h.stub.calls.length;
    const answer = await person.says(DANGER_TEXT);
    expect(answer.text).toMatch(/113/);
    expect(answer.text).toMatch(/115/);
    const row = await h.caseByRef(ref);
    expect(row).toMatchObject({ level: 'danger', urgency: 'urgent', status: 'claimed', claimedAlias: winner.alias });
    // The counsellor sees the words and the new level in the topic; no second card is posted.
    await h.waitGroupMessage((m) => m.text?.includes(DANGER_TEXT) === true && m.message_thread_id === threadId, 8000, since);
    await h.waitGroupMessage((m) => m.text === t('staff-level-raised', { ref, level: t('staff-level-danger') }) && m.message_thread_id === threadId, 8000, since);
    expect(h.cards(ref)).toHaveLength(1);
    // The relay goes on.
    await person.says('em ổn hơn rồi');
    await h.waitGroupMessage((m) => m.text?.includes('em ổn hơn rồi') === true && m.message_thread_id === threadId, 8000, since);
    winner.member.sendText('Chị mừng quá.', { threadId });
    await person.waitMessage((m) => m.text?.includes('Chị mừng quá.') === true, 8000, since);
  });

  it('/ketthuc ends the relay and the person is back at the main menu', async () => {
    const since = h.stub.calls.length;
    await groupReply(winner.member, '/ketthuc', (m) => m.text === t('staff-relay-ended', { ref }), { threadId });
    await person.waitMessage((m) => m.text?.includes(t('counsellor-ended')) === true, 8000, since);
    await h.settled();
    expect(buttonData(person.lastPrompt())).toEqual(expect.arrayContaining(['danger', 'counsellor', 'hotlines']));
    // Nothing more reaches the person from the topic.
    await groupReply(winner.member, 'Em ơi?', (m) => m.text === t('staff-answer-not-allowed'), { threadId });
    expect(person.botMessages().some((m) => m.text?.includes('Em ơi?'))).toBe(false);
  });

  it('closes with an outcome; the timeline holds every step with its time', async () => {
    const since = h.stub.calls.length;
    await h.press(winner.member, card, `h:close:${ref}`);
    const outcomes = await h.waitGroupMessage((m) => m.text === t('staff-choose-outcome', { ref }), 8000, since);
    expect(outcomes.message_thread_id).toBe(threadId);
    expect(buttonData(outcomes)).toEqual(['counselled', 'referred-police', 'referred-health', 'referred-legal', 'referred-shelter', 'unreachable', 'other'].map((o) => `h:out:${ref}:${o}`));
    const closed = await h.press(winner.member, outcomes, `h:out:${ref}:referred-police`);
    expect(closed.body.text).toBe(t('staff-closed-you', { ref }));
    await h.waitGroupMessage((m) => m.text === t('staff-closed', { ref, outcome: t('staff-outcome-referred-police') }), 8000, since);

    const row = await h.caseByRef(ref);
    expect(row).toMatchObject({ status: 'closed', outcome: 'referred-police' });
    expect(row.closedAt).toBeInstanceOf(Date);
    const events = await h.timeline(row.id);
    const types = events.map((e) => e.type);
    const at = (type: string) => events.find((e) => e.type === type)!.at.getTime();
    for (const step of ['created', 'escalated', 'announced', 'claimed', 'first-answer', 'person-message', 'counsellor-message', 'level-raised', 'relay-ended', 'closed']) {
      expect(types, step).toContain(step);
    }
    expect(at('escalated')).toBeLessThanOrEqual(at('announced'));
    expect(at('announced')).toBeLessThanOrEqual(at('claimed'));
    expect(at('claimed')).toBeLessThanOrEqual(at('first-answer'));
    expect(at('first-answer')).toBeLessThanOrEqual(at('closed'));
    expect(at('closed')).toBe(row.closedAt!.getTime());
    // Claim rate, time to claim and time to first answer are computable from the rows.
    expect(at('claimed') - at('escalated')).toBeGreaterThanOrEqual(0);
    // A closed case cannot be claimed again.
    const late = await h.press(winner.member, card, `h:claim:${ref}`);
    expect(late.body.text).toBe(t('staff-claim-closed'));
  });
});

describe('while the person waits for a claim', () => {
  it('passes what they write to the case topic, as the waiting screen promises', async () => {
    const { person, ref, threadId } = await asksForCounsellor(700_400_601);
    const since = h.stub.calls.length;
    const answer = await person.says('Em chờ được, em đang ở nhà mẹ');
    expect(answer.text).not.toContain(t('relay-no-counsellor'));
    const relayed = await h.waitGroupMessage((m) => m.text?.includes('Em chờ được, em đang ở nhà mẹ') === true, 8000, since);
    expect(relayed.message_thread_id).toBe(threadId);
    expect(relayed.text).toContain(ref);
    expect((await h.timeline((await h.caseByRef(ref)).id)).map((e) => e.type)).toContain('person-message');
  });
});

describe('a quick exit during the relay', () => {
  it('stops the counsellor\'s messages from reaching the person', async () => {
    const { person, ref, card, threadId } = await asksForCounsellor(700_400_501);
    await h.press(h.lan, card, `h:claim:${ref}`);
    const alias = (await h.caseByRef(ref)).claimedAlias!;
    await person.waitMessage((m) => m.text?.includes(t('counsellor-joined', { alias })) === true);
    await h.settled();
    await person.command('/thoat');
    const since = h.stub.calls.length;
    await groupReply(h.lan, 'Em ơi, em còn đó không?', (m) => m.text === t('staff-answer-not-allowed'), { threadId });
    await h.settled();
    expect(h.stub.calls.slice(since).filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === person.id)).toEqual([]);
    // Claimed before the exit: not "abandoned", and the case stays with its counsellor to close.
    const row = await h.caseByRef(ref);
    expect(row.status).toBe('claimed');
    expect((await h.timeline(row.id)).map((e) => e.type)).not.toContain('abandoned');
  });
});

describe('the case thread keeps working', () => {
  /** What a group admin does by hand in the Telegram client (the stub only models it through the Bot API). */
  const adminCall = async (method: string, body: Record<string, unknown>) => {
    const res = await fetch(`${h.stub.apiRoot}/bot${h.stub.token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  };

  it('relays a person\'s message of 4096 characters, in parts', async () => {
    const { person, ref, card, threadId } = await asksForCounsellor(700_400_701);
    await h.press(h.lan, card, `h:claim:${ref}`);
    await h.settled();
    const long = `${'Em kể hết cho chị nghe. '.repeat(170)}`.slice(0, 4090) + ' HẾT.';
    expect(long.length).toBeLessThanOrEqual(4096);
    const since = h.stub.calls.length;
    await person.says(long);
    await h.settled();
    const parts = h.groupSends(since).map((s) => s.message).filter((m) => m.message_thread_id === threadId);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.map((m) => m.text).join(' ')).toContain('HẾT.');
  });

  it('reopens a case topic someone closed, and goes on without a topic someone deleted', async () => {
    const { person, ref, card, threadId } = await asksForCounsellor(700_400_702);
    await h.press(h.lan, card, `h:claim:${ref}`);
    await h.settled();

    await adminCall('closeForumTopic', { chat_id: h.group.id, message_thread_id: threadId });
    let since = h.stub.calls.length;
    await person.says('chị ơi em vẫn ở đây');
    const afterClose = await h.waitGroupMessage((m) => m.text?.includes('chị ơi em vẫn ở đây') === true, 8000, since);
    expect(afterClose.message_thread_id).toBe(threadId);
    expect(h.group.topic(threadId)?.closed).toBe(false);

    await adminCall('deleteForumTopic', { chat_id: h.group.id, message_thread_id: threadId });
    since = h.stub.calls.length;
    await person.says('chị có thấy tin của em không');
    const afterDelete = await h.waitGroupMessage((m) => m.text?.includes('chị có thấy tin của em không') === true, 8000, since);
    expect(afterDelete.message_thread_id).toBeUndefined();
    await h.settled();
    // The counsellor answers by replying to it; the person gets the answer.
    h.lan.sendText('Chị thấy rồi, em cứ nhắn nhé.', { replyTo: afterDelete.message_id });
    await person.waitMessage((m) => m.text?.includes('Chị thấy rồi, em cứ nhắn nhé.') === true, 8000, since);
    await h.settled(); // nothing of the case is stuck in the outbox
  });
});

describe('two claims racing at the database', () => {
  it('exactly one of several simultaneous claims wins', async () => {
    const { ref } = await asksForCounsellor(700_400_009);
    const actions = counsellorActions({
      store: h.app.database.store, core: h.app.core, sealer: createSealer(Buffer.from(h.target.env.ENCRYPTION_KEY!, 'hex')),
      now: h.now, desk: 'staff',
    });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((who) => actions.claim(ref, `key-${who}`, `Alias ${who}`)));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const alias = winners[0]!.ok ? winners[0]!.row.claimedAlias : '';
    for (const r of results.filter((x) => !x.ok)) expect(r).toEqual({ ok: false, reason: 'taken', alias });
    expect((await h.timeline((await h.caseByRef(ref)).id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    await h.settled();
  });
});

describe('group commands', () => {
  it('/hangdoi lists open cases, most urgent first, then oldest first', async () => {
    await h.db.case.updateMany({ where: { status: { in: ['open', 'claimed'] } }, data: { status: 'closed', closedAt: new Date() } });
    const older = await asksForCounsellor(700_400_101); // a request to talk, first
    // Message times have one-second resolution: make "older" unmistakably older (two minutes).
    await h.db.case.update({ where: { ref: older.ref }, data: { createdAt: new Date(h.now().getTime() - 2 * 60_000) } });
    const urgent = h.person({ id: 700_400_102 });
    await urgent.says(DANGER_TEXT);
    const { row: danger } = await h.waitCard(urgent.id);
    const newer = await asksForCounsellor(700_400_103);
    await h.press(h.minh, newer.card, `h:claim:${newer.ref}`);

    const list = await groupReply(h.lan, '/hangdoi', (m) => m.text?.includes(danger.ref) === true);
    expect(list.text!.split('\n')).toEqual([
      t('staff-queue-line', { ref: danger.ref, level: t('staff-level-danger'), minutes: 0, who: t('staff-unclaimed') }),
      t('staff-queue-line', { ref: older.ref, level: t('staff-level-talk'), minutes: 2, who: t('staff-unclaimed') }),
      t('staff-queue-line', { ref: newer.ref, level: t('staff-level-talk'), minutes: 0, who: 'Anh Minh' }),
    ]);
    // No person's Telegram id anywhere in what the group received.
    expect(h.groupSends().some((s) => JSON.stringify(s.call.body).includes('700400'))).toBe(false);
  });

  it('/ca REF shows one case with its timeline; an unknown reference is said so', async () => {
    const { ref } = await asksForCounsellor(700_400_201);
    const shown = await groupReply(h.lan, `/ca ${ref.toLowerCase().replace('-', '')}`, (m) => m.text?.startsWith(ref) === true);
    expect(shown.text).toContain(t('staff-level-talk'));
    expect(shown.text).toContain(t('staff-status-open'));
    expect(shown.text).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d escalated/);
    await groupReply(h.lan, '/ca TC-ZZZZZZ', (m) => m.text === t('staff-case-unknown'));
  });

  it('/ghichu REF text saves an internal note, sealed (never in clear in the database)', async () => {
    const { ref } = await asksForCounsellor(700_400_301);
    const note = 'Đã gọi lại lúc 9h, chồng tên Trần Văn Hùng đi làm về';
    await groupReply(h.minh, `/ghichu ${ref} ${note}`, (m) => m.text === t('staff-note-saved', { ref }));
    const row = await h.caseByRef(ref);
    const saved = (await h.timeline(row.id)).filter((e) => e.type === 'note');
    expect(saved).toHaveLength(1);
    expect(await tablesContaining(h.db, 'Trần Văn Hùng')).toEqual([]);
    expect(await tablesContaining(h.db, 'chồng tên')).toEqual([]);
    const sealer = createSealer(Buffer.from(h.target.env.ENCRYPTION_KEY!, 'hex'));
    expect(sealer.open((saved[0]!.data as { sealed: string }).sealed, `case-note:${row.id}`)).toBe(note);
    await groupReply(h.minh, '/ghichu TC-ZZZZZZ', (m) => m.text === t('staff-note-usage'));
  });

  it('ignores every command and button from someone who is not an allow-listed counsellor', async () => {
    const { ref, card } = await asksForCounsellor(700_400_401);
    const since = h.stub.calls.length;
    for (const command of ['/hangdoi', `/ca ${ref}`, `/ghichu ${ref} ghi chú giả`, '/ketthuc']) h.stranger.sendCommand(command);
    const close = await h.press(h.stranger, card, `h:close:${ref}`);
    expect(close.body).toMatchObject({ text: t('staff-not-allowed'), show_alert: true });
    // Everything the stranger sent before the press has been handled (one chat, in order): nothing was answered.
    expect(h.groupSends(since)).toEqual([]);
    expect((await h.timeline((await h.caseByRef(ref)).id)).map((e) => e.type)).not.toContain('note');
    expect(await h.caseByRef(ref)).toMatchObject({ status: 'open' });
  });
});


