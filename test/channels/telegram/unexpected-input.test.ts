// What people send that is not an answer: old or forged buttons, media, edits, and chats the bot should not be in.
// Each gets a clear answer, nothing of the media is kept, and the conversation goes on where it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tablesContaining } from '../../support/scan-tables.js';
import { expectValidKeyboards } from './support/keyboards.js';
import { startTelegramTestApp, type Person, type TelegramTestApp } from './support/telegram-test-app.js';

const STAFF_GROUP = -1_009_000_000_001;

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp({ env: { COUNSELLOR_CHAT_ID: String(STAFF_GROUP), COUNSELLOR_IDS: '777' } }); });
afterAll(async () => { await t?.close(); });

/** A person on the second screen of the report branch: first menu → "report". */
async function personInIntake(id: number): Promise<{ p: Person; menu: Awaited<ReturnType<Person['command']>>; current: Awaited<ReturnType<Person['presses']>> }> {
  const p = t.person({ id });
  const menu = await p.command('/start');
  const current = await p.presses('report');
  return { p, menu, current };
}

/** Proves the conversation goes on: a button of the current question is taken as an answer. */
async function goesOn(p: Person, choices: string[]): Promise<void> {
  const next = await p.presses(choices[0]!);
  expect(next.text).not.toContain(t.i18n.t('vi', 'menu-expired'));
  expect(next.text).not.toContain(t.i18n.t('vi', 'reprompt-unknown'));
  expect(next.messages.length).toBeGreaterThan(0);
}

describe('Telegram: buttons that are no longer on screen', () => {
  it('answers a press on an old menu with "this menu has expired" and the current question, then goes on', async () => {
    const { p, menu, current } = await personInIntake(710_000_001);
    const stale = menu.choices.find((id) => !current.choices.includes(id));
    expect(stale, 'the first menu has a choice the current question does not').toBeDefined();

    const answer = await p.presses(stale!, { on: menu.prompt!.message_id });
    expect(answer.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(answer.text).toContain(t.i18n.t('vi', 'menu-expired'));
    expect(answer.choices).toEqual(current.choices);
    await goesOn(p, current.choices);
  });

  it('answers a forged button the same way (callback data that was never sent)', async () => {
    const { p, current } = await personInIntake(710_000_002);
    const answer = await p.presses('../../etc/passwd', { on: current.prompt!.message_id, unchecked: true });
    expect(answer.text).toContain(t.i18n.t('vi', 'menu-expired'));
    expect(answer.choices).toEqual(current.choices);
    await goesOn(p, current.choices);
  });
});

describe('Telegram: media and edits', () => {
  it.each([
    ['a sticker', 710_000_101, (p: Person) => p.does((u) => u.sendSticker())],
    ['a photo', 710_000_102, (p: Person) => p.does((u) => u.sendPhoto({ caption: 'ảnh vết thương' }))],
    ['a voice message', 710_000_103, (p: Person) => p.does((u) => u.sendVoice())],
    ['a document', 710_000_104, (p: Person) => p.does((u) => u.sendDocument())],
    ['a shared contact', 710_000_105, (p: Person) => p.does((u) => u.sendContact())],
  ])('answers %s with the current question again, and the conversation goes on', async (_what, id, send) => {
    const { p, current } = await personInIntake(id);
    const answer = await send(p);
    expect(answer.messages.length).toBeGreaterThan(0);
    expect(answer.choices).toEqual(current.choices);
    await goesOn(p, current.choices);
  });

  it('answers an edited message without acting on the edit, and goes on', async () => {
    const { p, current } = await personInIntake(710_000_201);
    await p.says('xin chào');
    const answer = await p.does((u) => u.editLastText('tôi cần giúp'));
    expect(answer.messages.length).toBeGreaterThan(0);
    expect(answer.choices).toEqual(current.choices);
    await goesOn(p, current.choices);
  });

  it('keeps nothing of the media: no file id, caption or phone number in any table', async () => {
    const { p } = await personInIntake(710_000_301);
    const photo = p.sim.sendPhoto({ caption: 'CAPTION_SHOULD_NOT_BE_STORED' });
    await t.waitAnswered(photo, p.id);
    const contact = p.sim.sendContact();
    await t.waitAnswered(contact, p.id);
    const db = t.app.database.db;
    const fileId = photo.update.message!.photo![0]!.file_id;
    expect(await tablesContaining(db, fileId)).toEqual([]);
    expect(await tablesContaining(db, 'CAPTION_SHOULD_NOT_BE_STORED')).toEqual([]);
    expect(await tablesContaining(db, contact.update.message!.contact!.phone_number.slice(1))).toEqual([]);
  });
});

describe('Telegram: group chats', () => {
  it('says it works only in private and leaves a group it was added to by mistake', async () => {
    const group = t.stub.group({ id: -1_001_234_567_890, title: 'Gia đình', botIsMember: false });
    const since = t.stub.calls.length;
    group.addBot({ id: 720_000_001, firstName: 'Bình' });
    await t.stub.waitFor((c) => c.method === 'leaveChat' && String(c.body.chat_id) === String(group.id), 5000, { since });
    const said = t.stub.calls.slice(since).filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(group.id) && c.response.ok);
    expect(said.length).toBeGreaterThanOrEqual(1);
    expect(said[0]!.body.text).toBe(t.i18n.t('vi', 'tg-private-only'));
    expect(said[0]!.body.text).not.toMatch(/^tg-/);
    expect(() => group.member({ id: 720_000_002, firstName: 'Cúc' }).sendText('alo')).toThrow(/not in group/);
    // Nothing of the group became a conversation.
    expect(await t.app.database.db.conversation.count({ where: { chatKey: t.chatKeyOf(720_000_001) } })).toBe(0);
  });

  it('leaves a group it was already in as soon as someone writes there', async () => {
    const group = t.stub.group({ id: -1_001_234_567_891, title: 'Lớp 12A' });
    const since = t.stub.calls.length;
    group.member({ id: 720_000_003, firstName: 'Dũng' }).sendText('bot ơi');
    await t.stub.waitFor((c) => c.method === 'leaveChat' && String(c.body.chat_id) === String(group.id), 5000, { since });
  });

  it('stays in the counsellors’ group', async () => {
    const staff = t.stub.group({ id: STAFF_GROUP, title: 'Tư vấn viên', isForum: true });
    const since = t.stub.calls.length;
    const sent = staff.member({ id: 720_000_004, firstName: 'Hà' }).sendText('chào cả nhà');
    expect(await sent.confirmed).toBe(true);
    // By the time a later private message is answered, the group message has long been through the middleware.
    const p = t.person({ id: 720_000_005 });
    await p.command('/start');
    expect(t.stub.calls.slice(since).filter((c) => c.method === 'leaveChat')).toEqual([]);
  });
});

describe('Telegram: keyboards', () => {
  it('sent every keyboard above as an inline keyboard with valid callback data (or the one location button)', () => {
    expectValidKeyboards(t.stub.calls);
  });
});
