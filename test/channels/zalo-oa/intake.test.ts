// A whole report over the Zalo OA API: by button payloads (and the typed number where a screen has more than five
// choices and lists them as numbered lines), and by typed text without diacritics; danger words interrupt it.
import { EVERYONE } from '../../support/test-app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOaTestApp, type OaTestApp } from './support/oa-test-app.js';

let z: OaTestApp;
// A world with counsellors and a call-back service, so the intake offers every way of contact.
beforeAll(async () => { z = await startOaTestApp({ people: EVERYONE }); });
afterAll(async () => { await z?.close(); });

const caseOf = (userId: string) => z.t.app.database.db.case.findFirst({ where: { chatKey: z.chatKeyOf(userId) }, orderBy: { createdAt: 'desc' } });

describe('Zalo OA: a whole report', () => {
  it('goes through the intake by button payloads and submits the case', async () => {
    const lan = z.person('6142494823000000001');
    const welcome = await lan.says('xin chào');
    expect(welcome.status).toBe(200);
    const steps: Array<[id: string, labelKey: string]> = [
      ['report', 'menu-report'], ['start', 'intake-start'], ['self', 'affected-self'], ['physical', 'kind-physical'], ['psychological', 'kind-psychological'],
      ['done', 'choice-done'], ['spouse', 'rel-spouse'], ['yes', 'ongoing-yes'], ['0_3_days', 'last-0_3_days'],
    ];
    let taps = 0;
    for (const [id, key] of steps) {
      const shown = lan.last()!;
      if (shown.choices.includes(id)) taps++;
      const answer = await lan.chooses(id, key);
      expect(answer.status).toBe(200);
      expect(answer.text, `after ${id}`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
      expect(answer.text, `after ${id}`).not.toContain(z.i18n.t('vi', 'menu-expired'));
    }
    // The province is typed.
    await lan.says('Hà Nội');
    for (const [id, key] of [['skip', 'choice-skip'], ['answer', 'about-answer'], ['female', 'sex-female'], ['26-40', 'age-26-40'], ['male', 'sex-male'], ['26-40', 'age-26-40'],
      ['chat', 'callback-chat'], ['yes', 'consent-yes'], ['no', 'consent-no'], ['submit', 'intake-submit']] as const) {
      if (lan.last()!.choices.includes(id)) taps++;
      const answer = await lan.chooses(id, key);
      expect(answer.text, `after ${id}`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
    }
    // Most screens were answered by tapping a button (its payload came back as text).
    expect(taps).toBeGreaterThanOrEqual(12);
    const filed = await caseOf(lan.id);
    expect(filed).toMatchObject({ channel: 'zalo-oa', status: 'open' });
    expect(filed!.answers).toMatchObject({
      affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', ongoing: 'yes', lastIncident: '0_3_days',
      victimSex: 'female', victimAge: '26-40', perpSex: 'male', perpAge: '26-40', callback: 'chat', consentReferral: 'yes', consentStatistics: 'no',
    });
    expect(lan.last()!.text).toContain(filed!.ref);
    // Every message respected Zalo's limits (the stub refuses otherwise) and every button is a documented type.
    for (const m of z.stub.sent) {
      expect(m.text.length).toBeLessThanOrEqual(2000);
      expect(m.buttons.length).toBeLessThanOrEqual(5);
    }
  });

  it('goes through the intake by typed text without diacritics', async () => {
    const mai = z.person('6142494823000000002');
    await mai.says('xin chao');
    for (const typed of ['bao cao bao luc', 'bat dau', 'toi', 'danh dap gay thuong tich', 'chui boi lang ma de doa', 'xong', 'chong hoac vo', 'co',
      'trong 3 ngay qua', 'thai nguyen', 'phuong phan dinh phung', 'bo qua', 'goi dien cho toi', '0912 345 678', 'sau 21 gio', 'chi minh toi dung',
      'khong', 'hoa sen', 'co', 'co']) {
      const answer = await mai.says(typed);
      expect(answer.text, `after "${typed}"`).not.toContain(z.i18n.t('vi', 'reprompt-unknown'));
    }
    await mai.says('dung gui di');
    const filed = await caseOf(mai.id);
    expect(filed).toMatchObject({ channel: 'zalo-oa', status: 'open' });
    expect(filed!.answers).toMatchObject({ affected: 'self', kinds: ['physical', 'psychological'], relationship: 'spouse', callback: 'phone', consentStatistics: 'yes' });
    expect(mai.last()!.text).toContain(filed!.ref);
  });
});

describe('Zalo OA: danger in the middle of a report', () => {
  it('interrupts the intake, shows the emergency numbers with call buttons, marks the case urgent, and can go back', async () => {
    const hoa = z.person('6142494823000000003');
    await hoa.says('/start');
    await hoa.chooses('report', 'menu-report');
    await hoa.chooses('start', 'intake-start');
    await hoa.chooses('self', 'affected-self');
    await hoa.chooses('physical', 'kind-physical');
    const relationship = await hoa.chooses('done', 'choice-done');
    const alarm = await hoa.says('cuu toi voi, chong toi dang cam dao');
    expect(alarm.text).toMatch(/113/);
    expect(alarm.text).toMatch(/115/);
    expect((await caseOf(hoa.id))?.urgency).toBe('urgent');
    const back = await hoa.chooses('resume', 'choice-resume');
    expect(back.text).toBe(relationship.text);
    // The interrupted question is answered and the next one (is it still going on?) is asked.
    const next = await hoa.chooses('spouse', 'rel-spouse');
    expect(next.choices.includes('yes') || next.text.includes(z.i18n.t('vi', 'ongoing-yes'))).toBe(true);
    // On the danger screen the emergency numbers are one tap away as call buttons.
    const calls = alarm.messages.flatMap((m) => m.buttons).filter((b) => b.type === 'oa.open.phone').map((b) => (b.payload as { phone_code: string }).phone_code);
    expect(calls).toContain('113');
  });
});
