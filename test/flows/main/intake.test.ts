// The report intake as a person types it: back and skip everywhere, several kinds of violence, old province
// names, a safe-callback plan, two consents, correcting an answer from the summary, submitting — and stopping
// half-way, which keeps only what the person agreed to keep.
import { describe, expect, it } from 'vitest';
import { Chat, ofType } from './chat.js';

/** Opens the intake; `save` chooses "save as I go". */
function startReport(save = false): Chat {
  const chat = new Chat();
  chat.type('bao cao bao luc');
  chat.type(save ? 'bat dau, luu dan' : 'bat dau');
  expect(chat.state).toBe('flow.intake.affected');
  return chat;
}

/** A whole report typed the way people type: numbers, no marks, teencode, a typo or two. */
function typeFullReport(chat: Chat): void {
  chat.type('toi');                         // who: me
  chat.type('1');                           // physical
  chat.type('chui boi, lang ma, de doa');   // psychological
  chat.type('5');                           // economic
  chat.type('xong');
  chat.type('chong hoac vo');               // spouse
  chat.type('co');                          // still happening
  chat.type('trong 3 ngay qua');
  chat.type('Bắc Giang');                   // pre-2025 name
  chat.type('xã Tân Yên');
  chat.type('co, tra loi');                 // about: yes
  chat.type('nu');
  chat.type('26-40 tuoi');
  chat.type('nam');
  chat.type('41–60 tuổi');
  chat.type('goi dien cho toi');
  chat.type('0912.345.678');
  chat.type('sau 9h toi');                  // typed safe hours
  chat.type('chi minh toi dung');
  chat.type('bo qua');                      // leave a message: skipped → no
  chat.type('hoa sen');                     // code word
  chat.type('co, toi dong y');              // referral: yes
  chat.type('khong');                       // statistics: no
}

describe('a complete report', () => {
  it('walks every question, shows a summary, and submits exactly one case with structured answers and sealed contact', () => {
    const chat = startReport();
    typeFullReport(chat);
    expect(chat.state).toBe('flow.intake.summary');
    const summary = chat.log.at(-1)!.text;
    expect(summary).toMatch(/Đánh đập, gây thương tích/);
    expect(summary).toMatch(/Chửi bới, lăng mạ, đe doạ/);
    expect(summary).toMatch(/Bắc Ninh, xã Tân Yên/);
    expect(summary).toMatch(/0912345678/);
    expect(summary).toMatch(/sau 9h toi/);
    expect(summary).toMatch(/Để lại lời nhắn: Không, đừng để lại gì/);
    // Nothing left the conversation before the person confirmed.
    expect(ofType(chat.effects, 'case.upsert')).toEqual([]);

    const turn = chat.type('dung, gui di');
    expect(ofType(turn.effects, 'case.submit')).toHaveLength(1);
    const [upsert] = ofType(turn.effects, 'case.upsert');
    expect(upsert).toEqual({
      type: 'case.upsert',
      status: 'draft',
      province: '24',
      answers: {
        affected: 'self', kinds: ['physical', 'psychological', 'economic'], relationship: 'spouse', ongoing: 'yes',
        lastIncident: '0_3_days', province: '24', provinceTyped: 'Bắc Giang', commune: 'xã Tân Yên',
        victimSex: 'female', victimAge: '26-40', perpSex: 'male', perpAge: '41-60', callback: 'phone',
        safeHours: 'note', sharedPhone: 'no', leaveMessage: 'no', consentReferral: 'yes', consentStatistics: 'no',
        gbvimsType: 'physical_assault', violenceGroups: ['physical', 'mental', 'economic'], art3: ['a', 'b', 'c', 'h', 'n', 'o'],
        contact: { method: 'phone', phone: '0912345678', safeHours: 'sau 9h toi', sharedPhone: 'no', leaveMessage: 'no', codeWord: 'hoa sen' },
      },
    });
    // Ongoing violence and a wish to be called: handed to the counsellors, but no chat relay was agreed.
    expect(turn.effects).toContainEqual({ type: 'escalate', level: 'ongoing' });
    expect(ofType(turn.effects, 'relay.allow')).toEqual([]);
    expect(chat.state).toBe('flow.intake.done');
    // The phone number and code word leave the conversation's memory once submitted.
    expect(chat.context.contact).toEqual({});
    expect(chat.context.answers).toEqual({});
  });

  it('explains an old province name with its current one', () => {
    const chat = startReport();
    for (const a of ['bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua']) chat.type(a);
    expect(chat.state).toBe('flow.intake.province');
    const turn = chat.type('binh duong');
    expect(turn.text).toMatch(/Bình Dương là một phần của Hồ Chí Minh/);
    expect(chat.state).toBe('flow.intake.commune');
  });

  it('asks again for a province it does not know, and for a phone number that is not one', () => {
    const chat = startReport();
    for (const a of ['bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua']) chat.type(a);
    expect(chat.type('o nha').text).toMatch(/chưa nhận ra/);
    expect(chat.state).toBe('flow.intake.province');
    chat.type('tp hcm');
    for (const a of ['bo qua', 'bo qua', '2']) chat.type(a);
    expect(chat.state).toBe('flow.intake.phone');
    expect(chat.type('123').text).toMatch(/chưa đúng/);
    expect(chat.state).toBe('flow.intake.phone');
    chat.type('+84 912 345 678');
    expect(chat.context.contact).toEqual({ phone: '0912345678' });
  });

  it('a child as the affected person brings the 111 note', () => {
    const chat = startReport();
    const turn = chat.type('mot tre em');
    expect(turn.text).toMatch(/111/);
  });

  it('a chat-only plan allows the relay at submit and asks for no phone details', () => {
    const chat = startReport();
    for (const a of ['1', '1', 'xong', 'ny', 'khong', 'hon 1 thang truoc', 'bo qua', 'bo qua', 'chi nhan trong cuoc tro chuyen nay']) chat.type(a);
    expect(chat.state).toBe('flow.intake.consentReferral');
    chat.type('khong');
    chat.type('khong');
    const turn = chat.tap('submit');
    expect(turn.effects).toEqual(expect.arrayContaining([{ type: 'relay.allow', allowed: true }, { type: 'escalate', level: 'talk' }]));
    const [upsert] = ofType(turn.effects, 'case.upsert');
    expect(upsert!.answers).not.toHaveProperty('contact');
    expect(upsert!.answers).toMatchObject({ relationship: 'partner', ongoing: 'no', lastIncident: 'over_1_month', callback: 'chat' });
    expect(chat.context.relay).toBe(true);
  });

  it('no contact wanted: submitted without any escalation', () => {
    const chat = startReport();
    for (let i = 0; i < 7; i++) chat.type('bỏ qua');
    expect(chat.state).toBe('flow.intake.callback');
    chat.type('khong can lien he');
    chat.type('khong');
    chat.type('khong');
    const turn = chat.tap('submit');
    expect(ofType(turn.effects, 'escalate')).toEqual([]);
    expect(ofType(turn.effects, 'case.submit')).toHaveLength(1);
    expect(turn.text).toMatch(/Sẽ không ai liên hệ/);
  });
});

describe('back and skip at every question', () => {
  it('while correcting from the summary, "quay lại" steps back inside the group, then to the summary', () => {
    const chat = startReport();
    typeFullReport(chat);
    chat.tap('edit');
    chat.tap('when');
    expect(chat.state).toBe('flow.intake.ongoing');
    chat.type('khong chac');
    expect(chat.state).toBe('flow.intake.lastIncident');
    chat.type('quay lai');
    expect(chat.state).toBe('flow.intake.ongoing');
    chat.type('quay lai');
    expect(chat.state).toBe('flow.intake.summary');
    expect(chat.log.at(-1)!.text).toMatch(/Còn tiếp diễn: Không chắc/);
  });

  it('outside an edit, back walks the questions in reverse order, skipping the questions that were not asked', () => {
    const chat = startReport();
    for (const a of ['toi', 'xong', 'bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua']) chat.type(a);
    expect(chat.state).toBe('flow.intake.callback');
    const visited: string[] = [];
    for (let i = 0; i < 12 && chat.state !== 'flow.intake.intro'; i++) {
      chat.type('quay lại');
      visited.push(chat.state.replace('flow.intake.', ''));
    }
    expect(visited).toEqual(['aboutAsk', 'province', 'lastIncident', 'ongoing', 'relationship', 'kinds', 'affected', 'intro']);
  });

  it('"bỏ qua" and "skip" move on without an answer, and a skipped question is shown as not answered', () => {
    const chat = startReport();
    for (let i = 0; i < 7; i++) chat.type(i % 2 ? 'skip' : 'bỏ qua');
    chat.type('3');
    chat.type('bo qua');
    chat.type('bo qua');
    expect(chat.state).toBe('flow.intake.summary');
    expect(chat.context.answers).toEqual({ callback: 'none' });
    expect(chat.log.at(-1)!.text).toMatch(/Ai bị bạo lực: \(chưa trả lời\)/);
  });

  it('choosing a kind twice unselects it; "Xong" with none chosen counts as skipped', () => {
    const chat = startReport();
    chat.type('toi');
    expect(chat.type('1').text).toMatch(/Đã chọn: Đánh đập/);
    expect(chat.type('1').text).toMatch(/Đã bỏ chọn: Đánh đập/);
    chat.type('xong');
    expect(chat.state).toBe('flow.intake.relationship');
    expect(chat.context.answers).not.toHaveProperty('kinds');
  });
});

describe('correcting an answer from the summary', () => {
  it('changes one answer and comes straight back to the summary', () => {
    const chat = startReport();
    typeFullReport(chat);
    chat.type('sua mot phan');
    expect(chat.state).toBe('flow.intake.editPick');
    chat.type('nguoi gay ra bao luc');
    expect(chat.state).toBe('flow.intake.relationship');
    const turn = chat.type('nguoi yeu cu');
    expect(chat.state).toBe('flow.intake.summary');
    expect(turn.text).toMatch(/Người gây ra bạo lực: Người yêu cũ/);
    chat.tap('submit');
    expect(ofType(chat.effects, 'case.upsert')[0]!.answers).toMatchObject({ relationship: 'ex_partner' });
  });

  it('changing the contact plan from a phone call to chat drops the phone details', () => {
    const chat = startReport();
    typeFullReport(chat);
    chat.tap('edit');
    chat.tap('contact');
    chat.type('chi nhan trong cuoc tro chuyen nay');
    expect(chat.state).toBe('flow.intake.summary');
    expect(chat.context.contact).toEqual({});
    expect(chat.log.at(-1)!.text).not.toMatch(/0912345678/);
  });

  it('a multi-question group (where) is corrected in full, then back to the summary', () => {
    const chat = startReport();
    typeFullReport(chat);
    chat.tap('edit');
    chat.tap('place');
    chat.type('ha noi');
    chat.type('phuong Hoan Kiem');
    expect(chat.state).toBe('flow.intake.summary');
    expect(chat.log.at(-1)!.text).toMatch(/Hà Nội, phuong Hoan Kiem/);
  });
});

describe('stopping half-way keeps only what the person agreed to keep', () => {
  it('without "save as I go", nothing is sent before the end; "stop and delete" drops it all', () => {
    const chat = startReport();
    for (const a of ['toi', '1', 'xong', 'chong']) chat.type(a);
    expect(ofType(chat.effects, 'case.upsert')).toEqual([]);
    chat.type('menu');
    expect(chat.state).toBe('flow.intakeLeaving');
    const turn = chat.type('dung va xoa het');
    expect(turn.effects).toEqual([{ type: 'case.abandon', keep: [] }, { type: 'say', key: 'intake-stopped-deleted' }]);
    expect(chat.state).toBe('flow.menu');
    expect(chat.context.answers).toEqual({});
  });

  it('"stop, keep answers" keeps the answers given (never contact details) and closes the draft', () => {
    const chat = startReport();
    for (const a of ['toi', '1', 'xong', 'chong', 'co', 'trong 3 ngay qua', 'thai nguyen', 'bo qua', 'bo qua', 'goi dien cho toi', '0912345678']) chat.type(a);
    chat.command('menu');
    const turn = chat.tapLabel('giữ câu');
    const [upsert] = ofType(turn.effects, 'case.upsert');
    expect(upsert!.answers).not.toHaveProperty('contact');
    expect(Object.keys(upsert!.answers!)).toEqual(['affected', 'kinds', 'relationship', 'ongoing', 'lastIncident', 'province', 'callback']);
    expect(JSON.stringify(turn.effects)).not.toMatch(/0912345678/);
    expect(ofType(turn.effects, 'case.abandon')).toEqual([{ type: 'case.abandon', keep: ['affected', 'kinds', 'relationship', 'ongoing', 'lastIncident', 'province', 'callback'] }]);
    expect(chat.context.contact).toEqual({});
  });

  it('"continue" returns to the question the person left', () => {
    const chat = startReport();
    chat.type('toi');
    chat.type('menu');
    chat.tap('continue');
    expect(chat.state).toBe('flow.intake.kinds');
  });

  it('with "save as I go", each answer is sent as it is given, and a quick exit keeps only those', () => {
    const chat = startReport(true);
    chat.type('toi');
    chat.type('1');
    chat.type('xong');
    expect(ofType(chat.effects, 'case.upsert')).toEqual([
      { type: 'case.upsert', status: 'draft', answers: { affected: 'self' } },
      { type: 'case.upsert', status: 'draft', answers: { kinds: ['physical'] } },
    ]);
    const exit = chat.tap('_exit');
    expect(exit.effects).toEqual([
      { type: 'case.abandon', keep: ['affected', 'kinds'] },
      { type: 'relay.allow', allowed: false },
      { type: 'chat.clear' },
    ]);
    expect(chat.state).toBe('exited');
    expect(chat.context.answers).toEqual({});
  });

  it('with "save as I go", a skipped answer that was saved is removed from the case', () => {
    const chat = startReport(true);
    chat.type('toi');
    chat.type('quay lai');
    const turn = chat.type('bo qua');
    expect(ofType(turn.effects, 'case.upsert')).toEqual([{ type: 'case.upsert', status: 'draft', answers: { affected: null } }]);
  });

  it('with "save as I go", "stop and delete" also clears what was saved', () => {
    const chat = startReport(true);
    chat.type('toi');
    chat.command('menu');
    const turn = chat.tap('stop-delete');
    expect(turn.effects.slice(0, 2)).toEqual([
      { type: 'case.upsert', answers: { affected: null } },
      { type: 'case.abandon', keep: [] },
    ]);
  });

  it('the phone number, typed safe hours and code word are never sent as you go', () => {
    const chat = startReport(true);
    for (const a of ['bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua', 'goi dien', '0987654321', 'chi cuoi tuan', 'khong chac', 'co', 'mimosa']) chat.type(a);
    expect(chat.state).toBe('flow.intake.consentReferral');
    const sent = JSON.stringify(ofType(chat.effects, 'case.upsert'));
    expect(sent).not.toMatch(/0987654321|mimosa|cuoi tuan/);
    expect(sent).toMatch(/"sharedPhone":"unsure"/);
  });

  it('coming back to "Báo cáo bạo lực" with an unfinished report offers to continue it', () => {
    const chat = startReport();
    chat.type('toi');
    chat.type('cuu toi');
    chat.tap('menu');
    chat.type('bao cao bao luc');
    expect(chat.state).toBe('flow.intakeResume');
    chat.tap('continue');
    expect(chat.state).toBe('flow.intake.kinds');
  });

  it('starting again closes the unfinished report first', () => {
    const chat = startReport(true);
    chat.type('toi');
    chat.type('cuu toi');
    chat.tap('menu');
    chat.type('2');
    const turn = chat.tap('restart');
    expect(turn.effects).toEqual([{ type: 'case.abandon', keep: ['affected'] }]);
    expect(chat.state).toBe('flow.intake.intro');
    expect(chat.context.answers).toEqual({});
  });
});
