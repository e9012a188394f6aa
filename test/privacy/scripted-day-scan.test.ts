// Issue 12: after a whole scripted day — an intake with a phone number, a name, a typed commune and a code word,
// the hand-off to the counsellors' Telegram group, a counsellor's relayed answer, a note, then "delete my data" and
// a retention run — no table and no log line holds the person's raw id, phone numbers, names or typed free text.
// (Sealed values are AES-GCM ciphertext: a search for the words cannot match them.)
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { runRetention } from '../../src/cases/retention.js';
import { tablesContaining } from '../support/scan-tables.js';
import { FULL_REPORT } from '../support/scripts.js';
import { startHarness, type HandoffHarness } from '../handoff/support/handoff-harness.js';

let logs = '';
const sink = new Writable({ write(chunk, _enc, done) { logs += String(chunk); done(); } });
let h: HandoffHarness;
beforeAll(async () => { h = await startHarness({ forum: true, log: createLogger('trace', sink) }); });
afterAll(async () => { await h?.close(); });

const t = (key: string, args?: Record<string, string | number>) => h.i18n.t('vi', key, args);

const PERSON = { id: 700_912_001, firstName: 'Phạm Thị Quỳnh', lastName: 'Như', username: 'quynhnhu_hn91' };
const COMMUNE = 'Thôn Đồng Lạc xóm 9';
const CODE_WORD = 'mây tím chiều';
const SAFE_HOURS = 'sau 9h toi';
const NAME_TOLD = 'Nguyễn Thị Hoa';
const SECOND_PHONE = '0987 654 321';
const NOTE_NAME = 'Trần Văn Hùng';
const COUNSELLOR_WORDS = 'Chị nghe em rồi, tối nay em ngủ ở đâu?';

/** The intake of test/support/scripts.ts with this person's own commune, safe hours and code word. */
const INTAKE = FULL_REPORT.map((step) => (step === 'xã Tân Yên' ? COMMUNE : step === 'hoa sen' ? CODE_WORD : step));

/** Everything that must not be readable anywhere once the day is over. */
const SECRETS = [
  String(PERSON.id), PERSON.firstName, PERSON.username, '0912345678', '0912.345.678', '345.678', '0987654321', SECOND_PHONE,
  NAME_TOLD, NOTE_NAME, COMMUNE, 'Đồng Lạc', CODE_WORD, SAFE_HOURS, COUNSELLOR_WORDS, 'ngủ ở đâu',
];

describe('a scripted day, then deletion and retention', () => {
  it('leaves no raw id, phone number, name or typed free text in any table or log line', async () => {
    const person = h.person(PERSON);
    await person.command('/start');
    for (const step of INTAKE) await person.says(step);
    const { row, card } = await h.waitCard(person.id);
    // While the case is open, the free text is sealed, not in clear, and the counsellors' card opens it.
    expect(row.detailsSealed).toBeTruthy();
    expect(JSON.stringify(row.answers)).not.toContain('Đồng Lạc');
    expect(card.text).toContain(COMMUNE);
    expect(card.text).toContain('0912');

    await h.press(h.lan, card, `h:claim:${row.ref}`);
    await h.settled();
    // The person asks to talk here too, and tells their name and another number in the chat.
    await person.command('/menu');
    await person.presses('counsellor');
    await person.presses('relay-yes');
    await h.settled();
    const threadId = Number((await h.caseByRef(row.ref)).threadId);
    const since = h.stub.calls.length;
    await person.says(`Em là ${NAME_TOLD}, số khác của em là ${SECOND_PHONE}`);
    await h.waitGroupMessage((m) => m.text?.includes(NAME_TOLD) === true, 8000, since);
    h.lan.sendText(COUNSELLOR_WORDS, { threadId });
    await person.waitMessage((m) => m.text?.includes(COUNSELLOR_WORDS) === true, 8000, since);
    h.lan.sendCommand(`/ghichu ${row.ref} Chồng tên ${NOTE_NAME}, hay say rượu`, { threadId });
    await h.waitGroupMessage((m) => m.text === t('staff-note-saved', { ref: row.ref }), 8000, since);
    await h.settled();

    // The scan finds what is there: the person's pseudonym, before they delete their data.
    const chatKey = h.chatKeyOf(person.id);
    expect(await tablesContaining(h.db, chatKey)).toEqual(expect.arrayContaining(['Case', 'Conversation', 'ChatAddress']));

    // The person deletes their data: nothing of theirs is left in clear at once, retention or not.
    await person.command('/xoa');
    await person.presses('confirm');
    await h.settled();
    for (const secret of SECRETS) expect(await tablesContaining(h.db, secret), secret).toEqual([]);
    // …and the sealed copies went too: contact details, typed free text, the note's text.
    expect(await h.caseByRef(row.ref)).toMatchObject({ chatKey: null, contactSealed: null, detailsSealed: null });
    const notes = (await h.timeline(row.id)).filter((e) => e.type === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).not.toHaveProperty('sealed');
    // Then a retention run a year later.
    await runRetention(h.app.database.store, { retentionDays: 30, sessionIdleDays: 7 }, new Date(Date.now() + 365 * 86_400_000));

    // The case stays for the counts, anonymous.
    const after = await h.caseByRef(row.ref);
    expect(after).toMatchObject({ chatKey: null, contactSealed: null, detailsSealed: null });
    expect((after.answers as { kinds?: string[] }).kinds?.length).toBeGreaterThan(0);
    expect(await tablesContaining(h.db, chatKey)).toEqual([]);
    for (const secret of SECRETS) {
      expect(await tablesContaining(h.db, secret), secret).toEqual([]);
      expect(logs.includes(secret), `logs contain ${secret}`).toBe(false);
    }
    // The logs were captured (not silently empty).
    expect(logs).toMatch(/"msg"/);
  });
});
