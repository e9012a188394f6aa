// A whole report through Telegram: by buttons, and by typing without diacritics; danger words interrupt it at any
// question; a restart of the app in the middle loses nothing. Steps name choice ids (flows/main/intake), never
// sentences; each step checks the question that follows by its options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFFECTED, CALLBACK, KINDS, LAST_INCIDENT, ONGOING, RELATIONSHIPS, VICTIM_SEX } from '../../../flows/main/intake/options.js';
import { contactContext } from '../../../src/cases/case-store.js';
import { createSealer } from '../../../src/privacy/sealer.js';
import { tablesContaining } from '../../support/scan-tables.js';
import { expectValidKeyboards } from './support/keyboards.js';
import { EVERYONE } from '../../support/test-app.js';
import { startTelegramTestApp, type Answer, type Person, type TelegramTestApp } from './support/telegram-test-app.js';

let t: TelegramTestApp;
beforeAll(async () => { t = await startTelegramTestApp({ people: EVERYONE }); });
afterAll(async () => { await t?.close(); });

/** The question on screen offers these options (besides back/skip/done and the two universal buttons). */
function asks(answer: Answer, options: readonly string[]): void {
  expect(answer.choices).toEqual(expect.arrayContaining([...options]));
  expect(answer.choices.slice(-2)).toEqual(['_sos', '_exit']);
}

async function caseOf(p: Person) {
  return t.app.database.db.case.findFirst({ where: { chatKey: t.chatKeyOf(p.id) }, orderBy: { createdAt: 'desc' } });
}

describe('Telegram: a whole report', () => {
  it('goes through the intake by buttons and submits the case', async () => {
    const lan = t.person({ id: 750_000_001 });
    await lan.command('/start');
    asks(await lan.presses('report'), ['start', 'start-save']);
    asks(await lan.presses('start'), AFFECTED);
    asks(await lan.presses('self'), KINDS);
    expect((await lan.presses('physical')).choices).toContain('done');
    await lan.presses('psychological');
    asks(await lan.presses('done'), RELATIONSHIPS);
    asks(await lan.presses('spouse'), ONGOING);
    asks(await lan.presses('yes'), LAST_INCIDENT);
    const province = await lan.presses('0_3_days');
    expect(province.choices).toEqual(['back', 'skip', '_sos', '_exit']);
    // The province is the one question without option buttons: it is typed.
    expect((await lan.says('Hà Nội')).choices).toEqual(['back', 'skip', '_sos', '_exit']);
    asks(await lan.presses('skip'), ['answer']);
    asks(await lan.presses('answer'), VICTIM_SEX);
    await lan.presses('female');
    await lan.presses('26-40');
    await lan.presses('male');
    asks(await lan.presses('26-40'), CALLBACK);
    asks(await lan.presses('chat'), ['yes', 'no']);
    await lan.presses('yes');
    const summary = await lan.presses('no');
    asks(summary, ['submit', 'edit', 'cancel']);
    const done = await lan.presses('submit');

    const filed = await caseOf(lan);
    expect(filed).toMatchObject({ channel: 'telegram', status: 'open' });
    expect(filed!.answers).toMatchObject({
      affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', ongoing: 'yes', lastIncident: '0_3_days',
      victimSex: 'female', victimAge: '26-40', perpSex: 'male', perpAge: '26-40', callback: 'chat',
      consentReferral: 'yes', consentStatistics: 'no',
    });
    expect(filed!.province).toBeTruthy();
    // The person is given their reference code, and the next steps.
    expect(done.text).toContain(filed!.ref);
    expect(done.choices).toEqual(expect.arrayContaining(['find-help', 'hotlines', 'menu']));
  });

  it('goes through the intake by typed text without diacritics', async () => {
    const mai = t.person({ id: 750_000_002 });
    await mai.says('xin chao');
    const steps: Array<[typed: string, next: readonly string[]]> = [
      ['bao cao bao luc', ['start', 'start-save']],
      ['bat dau', AFFECTED],
      ['toi', KINDS],
      ['danh dap gay thuong tich', KINDS],
      ['chui boi lang ma de doa', KINDS],
      ['xong', RELATIONSHIPS],
      ['chong hoac vo', ONGOING],
      ['co', LAST_INCIDENT],
      ['trong 3 ngay qua', ['back', 'skip']],
      ['thai nguyen', ['back', 'skip']],
      ['phuong phan dinh phung', ['answer']],
      ['bo qua', CALLBACK],
      ['goi dien cho toi', ['back', 'skip']],
      ['0912 345 678', ['morning', 'evening', 'any']],
      ['sau 21 gio', ['yes', 'no', 'unsure']],
      ['chi minh toi dung', ['no', 'yes']],
      ['khong', ['back', 'skip']],
      ['hoa sen', ['yes', 'no']],
      ['co', ['yes', 'no']],
      ['co', ['submit', 'edit', 'cancel']],
    ];
    for (const [typed, next] of steps) {
      const answer = await mai.says(typed);
      expect(answer.text, `after "${typed}"`).not.toContain(t.i18n.t('vi', 'reprompt-unknown'));
      expect(answer.choices, `after "${typed}"`).toEqual(expect.arrayContaining([...next]));
    }
    const done = await mai.says('dung gui di');

    const filed = await caseOf(mai);
    expect(filed).toMatchObject({ channel: 'telegram', status: 'open' });
    expect(filed!.answers).toMatchObject({
      affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', ongoing: 'yes', lastIncident: '0_3_days',
      callback: 'phone', consentReferral: 'yes', consentStatistics: 'yes',
    });
    expect(done.text).toContain(filed!.ref);
    // The safe-callback plan is sealed with the case: the phone number and the code word are never stored in clear.
    const sealer = createSealer(Buffer.from(t.dbEnv.ENCRYPTION_KEY!, 'hex'));
    expect(JSON.parse(sealer.open(filed!.contactSealed!, contactContext(filed!.id)))).toEqual({
      method: 'phone', phone: '0912345678', safeHours: 'sau 21 gio', sharedPhone: 'no', leaveMessage: 'no', codeWord: 'hoa sen',
    });
    const db = t.app.database.db;
    expect(await tablesContaining(db, '0912345678')).toEqual([]);
    expect(await tablesContaining(db, 'hoa sen')).toEqual([]);
  });
});

describe('Telegram: danger in the middle of a report', () => {
  it('interrupts the intake when the person types words of danger, shows the emergency numbers, and can go back', async () => {
    const hoa = t.person({ id: 750_000_003 });
    await hoa.command('/start');
    await hoa.presses('report');
    await hoa.presses('start');
    const relationship = await hoa.presses('self').then(() => hoa.presses('physical')).then(() => hoa.presses('done'));
    asks(relationship, RELATIONSHIPS);

    const alarm = await hoa.says('cuu toi voi, chong toi dang cam dao');
    expect(alarm.text).toMatch(/113/);
    expect(alarm.text).toMatch(/115/);
    expect(alarm.choices).toEqual(expect.arrayContaining(['relay-yes', 'where', 'resume', 'menu']));
    expect((await caseOf(hoa))?.urgency).toBe('urgent');

    // "Go back to where I was" returns to the very question that was interrupted.
    const back = await hoa.presses('resume');
    expect(back.choices).toEqual(relationship.choices);
    asks(await hoa.presses('spouse'), ONGOING);
  });
});

describe('Telegram: restart in the middle of a report', () => {
  it('continues where the person was after the app restarts', async () => {
    const an = t.person({ id: 750_000_004 });
    await an.command('/start');
    await an.presses('report');
    await an.presses('start-save');
    await an.presses('other');
    await an.presses('economic');
    const before = await an.presses('done');
    asks(before, RELATIONSHIPS);

    await t.restart();

    // The button under the question sent before the restart still works, and the answers saved so far are kept.
    asks(await an.presses('parent', { on: before.prompt!.message_id }), ONGOING);
    asks(await an.says('khong, da dung'), LAST_INCIDENT);
    expect((await caseOf(an))?.answers).toMatchObject({ affected: 'other', kinds: ['economic'], relationship: 'parent', ongoing: 'no' });
  });

  it('sent every keyboard above as an inline keyboard with valid callback data (or the one location button)', () => {
    expectValidKeyboards(t.stub.calls);
  });
});
