// Issue 5 with a controllable clock: an unclaimed case is announced again after its claim deadline (urgent: 5 min,
// a request to talk: 30 min), the second time with a mention of the counsellors on duty; the person is told
// honestly when nobody claimed in time; outside the on-duty hours they are told when counsellors are back. A person
// who quick-exits before a claim leaves an "abandoned" step in the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { nextOnDuty, parseSchedule, vnTime } from '../../src/handoff/on-duty.js';
import {
  buttonData, DANGER_TEXT, dutyHours, isAnnouncement, LAN, MINH, startHarness, type HandoffHarness,
} from './support/handoff-harness.js';

const MIN = 60_000;

describe('claim deadlines (URGENT_CLAIM_SLA, NORMAL_CLAIM_SLA)', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: true }); });
  afterAll(async () => { await h?.close(); });
  const t = (key: string, args?: Record<string, string | number>) => h.i18n.t('vi', key, args);
  const announcements = (ref: string): Message[] => h.groupSends().map((s) => s.message).filter((m) => isAnnouncement(m) && m.text?.includes(ref));
  const round = (e: { data: unknown }) => (e.data as { round?: number }).round;

  // One timeline for three cases created at the same moment (a button press carries the real time, not the test
  // clock, so every case is created before the clock moves): an urgent case nobody claims for ten minutes, a
  // request to talk, and an urgent case whose person quick-exits before anyone claims it.
  it('re-announces unclaimed cases at their deadlines, the second time with a mention; tells the person once; stops at a claim', async () => {
    await h.lan.sendCommand('/alias Chị Lan');
    const urgentPerson = h.person({ id: 700_600_001 });
    await urgentPerson.says(DANGER_TEXT);
    const { row: urgent } = await h.waitCard(urgentPerson.id);
    // Only a person who agreed to be written to here is told about a delay.
    await urgentPerson.presses('relay-yes');

    const talkPerson = h.person({ id: 700_600_002 });
    await talkPerson.command('/start');
    await talkPerson.presses('counsellor');
    await talkPerson.presses('relay-yes');
    const { row: talk } = await h.waitCard(talkPerson.id);

    const leaver = h.person({ id: 700_600_003 });
    await leaver.says(DANGER_TEXT);
    const { row: left } = await h.waitCard(leaver.id);
    await leaver.command('/thoat');
    // The group learns that the person left before a claim; the timeline says "abandoned".
    const notice = await h.waitGroupMessage((m) => m.text === t('staff-person-left', { ref: left.ref, level: t('staff-level-danger') }));
    expect(notice.message_thread_id).toBe(Number(left.threadId));
    const leftEvents = await h.timeline(left.id);
    const abandoned = leftEvents.find((e) => e.type === 'abandoned');
    expect(abandoned).toBeDefined();
    expect(abandoned!.at.getTime()).toBeGreaterThanOrEqual(leftEvents.find((e) => e.type === 'escalated')!.at.getTime());
    expect(leftEvents.map((e) => e.type)).not.toContain('claimed');

    // Before the deadline nothing fires.
    h.advance(4 * MIN);
    expect(await h.timers.runOnce()).toBe(0);
    await h.settled();
    expect(h.groupSends().filter((s) => isAnnouncement(s.message))).toEqual([]);

    // Round 1 at 5 minutes, for the urgent cases only. Several timer passes race (the app's own runs every
    // OUTBOX_POLL_MS too): each deadline fires once.
    h.advance(MIN + 1000);
    await Promise.all([h.timers.runOnce(), h.timers.runOnce(), h.timers.runOnce()]);
    const first = await h.waitGroupMessage((m) => isAnnouncement(m) && m.text?.includes(urgent.ref) === true);
    await h.settled();
    // The case whose person left before a claim is not re-announced: its reminders stopped when they left.
    expect(h.groupSends().filter((s) => isAnnouncement(s.message) && s.message.text?.includes(left.ref))).toEqual([]);
    // A fresh message in the group (not buried in the topic), with the claim button, and no mention yet.
    expect(first.text).toBe(t('staff-announce', { ref: urgent.ref, minutes: 5, level: t('staff-level-danger') }));
    expect(first.message_thread_id).toBeUndefined();
    expect(buttonData(first)).toContain(`h:claim:${urgent.ref}`);
    expect(String(h.groupSends().find((s) => s.message.message_id === first.message_id)!.call.body.text)).not.toContain('tg://user');
    expect(announcements(urgent.ref)).toHaveLength(1);
    expect(announcements(talk.ref)).toEqual([]);
    // The person waiting is told honestly, silently, with the hotlines; the one who left is not written to.
    const told = await urgentPerson.waitMessage((m) => m.text === t('escalation-delayed', { minutes: 5 }));
    expect(told.text).toMatch(/18008080/);
    const toldCall = h.stub.calls.find((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === urgentPerson.id && c.body.text === t('escalation-delayed', { minutes: 5 }));
    expect(toldCall?.body.disable_notification).toBe(true);
    expect(leaver.botMessages().map((m) => m.text)).not.toContain(t('escalation-delayed', { minutes: 5 }));
    expect((await h.timeline(left.id)).map((e) => e.type)).not.toContain('person-told-delay');

    // Round 2, five minutes later: a mention of every counsellor on duty (by alias, linked to their account).
    h.advance(5 * MIN + 1000);
    await h.timers.runOnce();
    const second = await h.waitGroupMessage((m) => isAnnouncement(m) && m.text?.includes(urgent.ref) === true && m.message_id !== first.message_id);
    const call = h.groupSends().find((s) => s.message.message_id === second.message_id)!.call;
    expect(call.body.parse_mode).toBe('HTML');
    expect(String(call.body.text)).toContain(`tg://user?id=${LAN.id}`);
    expect(String(call.body.text)).toContain(`tg://user?id=${MINH.id}`);
    expect(second.text).toContain('Chị Lan');
    expect(second.text).toContain(t('staff-announce', { ref: urgent.ref, minutes: 10, level: t('staff-level-danger') }));
    await h.settled();
    // The person is told once, not at every round.
    expect(urgentPerson.botMessages().filter((m) => m.text === t('escalation-delayed', { minutes: 5 }))).toHaveLength(1);
    const events = (await h.timeline(urgent.id)).filter((e) => ['announced', 'person-told-delay'].includes(e.type));
    expect(events.map((e) => [e.type, round(e)])).toEqual([['announced', 0], ['announced', 1], ['person-told-delay', undefined], ['announced', 2]]);
    expect(events[1]!.at.getTime() - urgent.createdAt.getTime()).toBeGreaterThanOrEqual(5 * MIN);

    // A claim stops the urgent case's re-announcements; the request to talk is announced at 30 minutes.
    await h.press(h.lan, h.cards(urgent.ref)[0]!, `h:claim:${urgent.ref}`);
    h.advance(10 * MIN);
    await h.timers.runOnce();
    await h.settled();
    expect(announcements(talk.ref)).toEqual([]);
    h.advance(10 * MIN);
    await h.timers.runOnce();
    const talkAgain = await h.waitGroupMessage((m) => isAnnouncement(m) && m.text?.includes(talk.ref) === true);
    expect(talkAgain.text).toBe(t('staff-announce', { ref: talk.ref, minutes: 30, level: t('staff-level-talk') }));
    await h.settled();
    expect(announcements(urgent.ref)).toHaveLength(2);
    expect(await h.db.timer.count({ where: { caseId: urgent.id, firedAt: null } })).toBe(0);
    expect((await h.timeline(talk.id)).filter((e) => e.type === 'announced').map(round)).toEqual([0, 1]);
  });
});

describe('outside the on-duty hours (ON_DUTY_HOURS, Asia/Ho_Chi_Minh)', () => {
  const now = new Date();
  const hours = dutyHours(now, false);
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ env: { ON_DUTY_HOURS: hours } }); });
  afterAll(async () => { await h?.close(); });

  it('tells the person when counsellors are back, with the hotlines, and still queues the case', async () => {
    const person = h.person({ id: 700_700_001 });
    const answer = await person.says(DANGER_TEXT);
    const back = vnTime(nextOnDuty(parseSchedule(hours), now));
    expect(answer.text).toContain(h.i18n.t('vi', 'escalation-out-of-hours', { time: back }));
    expect(answer.text).toMatch(/18008080/);
    expect(answer.text).toMatch(/113/);
    expect(answer.text).not.toContain(h.i18n.t('vi', 'escalation-queued', { minutes: 5 }));
    // The case waits in the group for the first counsellor back.
    const { row } = await h.waitCard(person.id);
    expect(row.level).toBe('danger');
  });

  it('re-announces once off duty without a mention, then waits for the next shift instead of ringing all night', async () => {
    const row = await h.caseOf(700_700_001);
    const announcementsOf = () => h.groupSends().filter((s) => isAnnouncement(s.message) && s.message.text?.includes(row.ref)).map((s) => String(s.call.body.text));
    h.advance(5 * 60_000 + 1000);
    await h.timers.runOnce();
    await h.settled();
    expect(announcementsOf()).toHaveLength(1);
    expect(announcementsOf()[0]).not.toContain('tg://user');
    // Ten more minutes off duty: no further reminder.
    h.advance(10 * 60_000);
    await h.timers.runOnce();
    await h.settled();
    expect(announcementsOf()).toHaveLength(1);
    // The next reminder is due at the start of the next shift, and then mentions the counsellors on duty.
    const pending = await h.app.database.db.timer.findFirstOrThrow({ where: { caseId: row.id, firedAt: null } });
    const shift = nextOnDuty(parseSchedule(hours), new Date(now.getTime() + 5 * 60_000 + 1000 + 5 * 60_000));
    expect(pending.dueAt.getTime()).toBe(shift.getTime());
    h.advance(pending.dueAt.getTime() - h.now().getTime() + 1000);
    await h.timers.runOnce();
    await h.settled();
    expect(announcementsOf()).toHaveLength(2);
    expect(announcementsOf()[1]).toContain('tg://user');
  });
});
