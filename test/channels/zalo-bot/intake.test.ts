// A whole report over the Zalo Bot Platform, which has no buttons: by typing the numbers written before the
// choices, and by typed text without diacritics; danger words interrupt it; "0" opens the emergency numbers.
import { EVERYONE } from '../../support/test-app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotTestApp, type BotTestApp } from './support/bot-test-app.js';

let z: BotTestApp;
// A world with counsellors and a call-back service, so the intake offers every way of contact.
beforeAll(async () => { z = await startBotTestApp({ people: EVERYONE }); });
afterAll(async () => { await z?.close(); });

const caseOf = (userId: string) => z.t.app.database.db.case.findFirst({ where: { chatKey: z.chatKeyOf(userId) }, orderBy: { createdAt: 'desc' } });

describe('Zalo Bot: a whole report', () => {
  it('goes through the intake by typed numbers and submits the case', async () => {
    const lan = z.person('6ede9afa66b88fe6d6a1');
    const welcome = await lan.says('xin chào');
    // The choices are numbered lines, and the two universal options say what to type.
    expect(welcome.text).toMatch(new RegExp(`^\\d+\\. ${z.i18n.t('vi', 'menu-report')}$`, 'm'));
    expect(welcome.text).toContain(z.i18n.t('vi', 'zalo-typed-sos'));
    expect(welcome.text).toContain(z.i18n.t('vi', 'zalo-typed-exit'));
    for (const key of ['menu-report', 'intake-start', 'affected-self', 'kind-physical', 'kind-psychological', 'choice-done', 'rel-spouse',
      'ongoing-yes', 'last-0_3_days']) {
      const answer = await lan.chooses(key);
      expect(answer.text, `after ${key}`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
    }
    await lan.says('Hà Nội');
    for (const key of ['choice-skip', 'about-answer', 'sex-female', 'age-26-40', 'sex-male', 'age-26-40', 'callback-chat', 'consent-yes', 'consent-no', 'intake-submit']) {
      const answer = await lan.chooses(key);
      expect(answer.text, `after ${key}`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
    }
    const filed = await caseOf(lan.id);
    expect(filed).toMatchObject({ channel: 'zalo-bot', status: 'open' });
    expect(filed!.answers).toMatchObject({
      affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', ongoing: 'yes', lastIncident: '0_3_days',
      victimSex: 'female', victimAge: '26-40', perpSex: 'male', perpAge: '26-40', callback: 'chat', consentReferral: 'yes', consentStatistics: 'no',
    });
    expect(lan.last()!.text).toContain(filed!.ref);
    for (const m of z.stub.sent) expect(m.text.length).toBeLessThanOrEqual(2000);
    // A typing indicator went out for the person's messages.
    expect(z.stub.actions.some((a) => a.chatId === lan.id && a.action === 'typing')).toBe(true);
  });

  it('goes through the intake by typed text without diacritics (bare updates too)', async () => {
    const mai = z.person('6ede9afa66b88fe6d6a2');
    await mai.says('xin chao', { bare: true });
    for (const typed of ['bao cao bao luc', 'bat dau', 'toi', 'danh dap gay thuong tich', 'chui boi lang ma de doa', 'xong', 'chong hoac vo', 'co',
      'trong 3 ngay qua', 'thai nguyen', 'phuong phan dinh phung', 'bo qua', 'goi dien cho toi', '0912 345 678', 'sau 21 gio', 'chi minh toi dung',
      'khong', 'hoa sen', 'co', 'co']) {
      const answer = await mai.says(typed, { bare: typed.length % 2 === 0 });
      expect(answer.text, `after "${typed}"`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
    }
    await mai.says('dung gui di');
    const filed = await caseOf(mai.id);
    expect(filed).toMatchObject({ channel: 'zalo-bot', status: 'open' });
    expect(filed!.answers).toMatchObject({ affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', callback: 'phone', consentStatistics: 'yes' });
  });
});

describe('Zalo Bot: danger in the middle of a report', () => {
  it('interrupts the intake with the emergency numbers, marks the case urgent, and goes back to the question', async () => {
    const hoa = z.person('6ede9afa66b88fe6d6a3');
    await hoa.says('/start');
    for (const key of ['menu-report', 'intake-start', 'affected-self', 'kind-physical']) await hoa.chooses(key);
    const relationship = await hoa.chooses('choice-done');
    const alarm = await hoa.says('cuu toi voi, chong toi dang cam dao');
    expect(alarm.text).toMatch(/113/);
    expect(alarm.text).toMatch(/115/);
    expect((await caseOf(hoa.id))?.urgency).toBe('urgent');
    const back = await hoa.chooses('choice-resume');
    expect(back.text).toBe(relationship.text);
    // "0" is the emergency button of a button-less screen.
    const sos = await hoa.says('0');
    expect(sos.text).toMatch(/113/);
    expect(sos.text).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
  });
});
