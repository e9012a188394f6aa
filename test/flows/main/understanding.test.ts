// What happens when a person writes in their own words at the first screen or the menu: a disclosure is thanked
// and named, with one screen of ways forward (a report opens with the kind ticked); violence that may be going on
// asks "are you safe right now?" with the numbers; a child hears about 111 and is promised no secrecy; sexual
// violence in the last days brings the care screen (72 h, 120 h); a request opens its screen; English is answered
// in English; gibberish is still "not understood".
import { describe, expect, it } from 'vitest';
import { mainMachine } from '../../../flows/main/machine.js';
import { stepFlow } from '../../../src/core/flow-host.js';
import { Chat, WORLDS, ofType } from './chat.js';

const said = (chat: Chat) => ofType(chat.log.at(-1)!.effects, 'say').map((e) => e.key);

describe('a disclosure typed at the first screen', () => {
  it('is thanked and named, with report, rights, help nearby, someone to talk to and the numbers on one screen', () => {
    const chat = new Chat();
    const turn = chat.type('chồng tôi chửi bới xúc phạm tôi suốt ngày');
    expect(turn.read).toBe('user.text');
    expect(chat.state).toBe('flow.understood.ways');
    expect(turn.text).toContain('Cảm ơn bạn đã kể. Bị chửi bới, xúc phạm, đe doạ liên tục là bạo lực tinh thần — đó không phải lỗi của bạn.');
    expect(turn.choiceIds).toEqual(['report', 'rights', 'find-help', 'talk', 'hotlines', 'menu']);
    for (const n of ['113', '115', '111', '18008080']) expect(chat.screen).toContain(n);
  });

  it('opens the report with the kind already ticked', () => {
    const chat = new Chat();
    chat.type('ck lay het luong cua e');
    const turn = chat.tap('report');
    expect(chat.state).toBe('flow.intake.intro');
    expect((chat.context.answers as { kinds?: string[] }).kinds).toEqual(['economic']);
    expect(turn.text).toContain('Mình đã đánh dấu sẵn: Kiểm soát, lấy tiền hoặc tài sản');
    chat.type('bat dau');
    chat.type('toi');
    expect(chat.state).toBe('flow.intake.kinds');
    chat.type('xong');
    expect((chat.context.answers as { kinds?: string[] }).kinds).toEqual(['economic']);
  });

  it('adds the kind to an unfinished report instead of dropping it', () => {
    const chat = new Chat();
    chat.type('bao cao bao luc');
    chat.type('bat dau');
    chat.type('toi');
    chat.tap('physical');
    chat.type('cứu'); // a danger interrupt leaves the report unfinished
    chat.tap('menu');
    chat.type('ck lay het luong cua e');
    chat.tap('report');
    expect(chat.state).toBe('flow.intakeResume');
    expect((chat.context.answers as { kinds?: string[] }).kinds).toEqual(['physical', 'economic']);
    chat.tap('continue');
    expect(chat.state).toBe('flow.intake.kinds');
  });

  it('gives the rights answer for that kind', () => {
    const chat = new Chat();
    chat.type('chồng cấm tôi về nhà mẹ đẻ');
    const turn = chat.tap('rights');
    expect(chat.state).toBe('flow.rights.more');
    expect(ofType(turn.effects, 'say').map((e) => e.key)).toEqual(['rights-dv-definition']);
  });

  it('adds a device-safety tip when the phone is watched', () => {
    const chat = new Chat();
    chat.type('ck doc tin nhan cua em');
    expect(said(chat)).toEqual(['understanding-heard', 'understanding-device-tip']);
    expect(chat.log.at(-1)!.text).toMatch(/Mẹo an toàn cho điện thoại/);
  });

  it('offers the lines where a person answers, not a counsellor, where no counsellor exists', () => {
    const nobody = new Chat(WORLDS.nobody);
    nobody.type('chồng chửi tôi suốt');
    const step = nobody.tap('talk');
    expect(nobody.state).toBe('flow.hotlines');
    expect(step.effects.filter((e) => e.type === 'say').map((e) => (e as { key: string }).key)).toEqual(['understanding-no-counsellor']);
    const chat = new Chat();
    chat.type('chồng chửi tôi suốt');
    chat.tap('talk');
    expect(chat.state).toBe('flow.counsellor.intro');
  });
});

describe('"are you safe right now?"', () => {
  it('asks it, with 113 and 18008080 on the same screen, when violence is told but not flagged as danger', () => {
    const chat = new Chat();
    // A child: the children's screen comes first. (A teacher hitting a child reads as danger: the alarm, not this.)
    const turn = chat.type('con tôi hay bị cô giáo mắng');
    expect(chat.state).toBe('flow.understood.child');
    const adult = new Chat();
    // Habitual abuse with no sign of now. (A threat to put someone out of the house reads as danger since the model.)
    const checkIn = adult.type('chồng tôi hay chửi bới và dọa bỏ tôi');
    expect(adult.state).toBe('flow.understood.checkIn');
    expect(checkIn.text).toContain('Bạn có đang an toàn ngay lúc này không?');
    expect(adult.screen).toContain('113');
    expect(adult.screen).toContain('18008080');
    expect(adult.screen).toMatch(/an toàn/);
    expect(checkIn.choiceIds).toEqual(['safe', 'not-safe', 'unsure']);
    expect(turn.read).toBe('user.text');
  });

  it('"not safe" goes to the danger triage; "safe" and "not sure" to the ways forward', () => {
    const chat = new Chat();
    chat.type('chồng tôi hay chửi bới và dọa bỏ tôi');
    chat.type('không, mình không an toàn');
    expect(chat.state).toBe('danger.ask');
    expect(ofType(chat.effects, 'escalate')).toEqual([{ type: 'escalate', level: 'danger' }]);
    const calm = new Chat();
    calm.type('chồng tôi hay chửi bới và dọa bỏ tôi');
    calm.tap('safe');
    expect(calm.state).toBe('flow.understood.ways');
    const unsure = new Chat();
    unsure.type('chồng tôi hay chửi bới và dọa bỏ tôi');
    unsure.tap('unsure');
    expect(unsure.state).toBe('flow.understood.ways');
    expect(said(unsure)).toEqual(['understanding-unsure-tips']);
  });

  it('is not asked for insults alone', () => {
    const chat = new Chat();
    chat.type('chồng chửi tôi suốt');
    expect(chat.state).toBe('flow.understood.ways');
  });
});

describe('requests go straight to their screen', () => {
  it.each([
    ['tôi muốn biết luật', 'flow.rights.topics'],
    ['tìm nhà tạm lánh', 'flow.findHelp.where'],
    ['số tổng đài', 'flow.hotlines'],
    ['muốn tâm sự', 'flow.counsellor.intro'],
    ['xoá hết tin nhắn', 'flow.deleting'],
  ])('"%s" opens %s', (text, state) => {
    const chat = new Chat();
    chat.type(text);
    expect(chat.state).toBe(state);
  });

  it('answers thanks and a greeting and stays on the menu', () => {
    const chat = new Chat();
    chat.type('xin chào');
    expect(said(chat)).toEqual(['understanding-greeting']);
    expect(chat.state).toBe('flow.welcome');
    chat.type('cảm ơn');
    expect(said(chat)).toEqual(['understanding-thanks']);
  });

  it('still leaves gibberish "not understood": nothing changes, so the core asks again', () => {
    const chat = new Chat();
    const before = JSON.stringify(chat.persisted);
    const turn = chat.type('asdfgh qwe');
    expect(turn.read).toBe('user.text');
    expect(turn.effects).toEqual([]);
    expect(JSON.stringify(chat.persisted)).toBe(before);
    const step = stepFlow(mainMachine, JSON.parse(before), { type: 'user.text', text: 'asdfgh qwe', at: 1 });
    expect(step.unchanged).toBe(true);
  });
});

describe('English', () => {
  it('answers a first message in English in English, and the language can still be switched', () => {
    const chat = new Chat();
    const turn = chat.type('I want to learn the law');
    expect(ofType(turn.effects, 'lang.set')).toEqual([{ type: 'lang.set', lang: 'en' }]);
    expect(chat.state).toBe('flow.rights.topics');
    expect(chat.screen).not.toMatch(/Bạn muốn/);
    chat.command('lang');
    chat.tap('vi');
    expect(chat.lang).toBe('vi');
  });

  it('answers "hi, my husband hits me" (danger words) in English', () => {
    const chat = new Chat();
    const turn = chat.type('hi, my husband hits me');
    expect(turn.read).toBe('user.risk');
    expect(turn.effects[0]).toEqual({ type: 'lang.set', lang: 'en' });
    expect(chat.state).toBe('danger.ask');
    expect(turn.text).toMatch(/113/);
    expect(turn.text).not.toMatch(/Nếu/);
  });

  it('names an English disclosure in English', () => {
    const chat = new Chat();
    const turn = chat.type('my boyfriend reads my messages');
    expect(turn.text).toContain('Thank you for telling me.');
    expect(chat.state).toBe('flow.understood.ways');
  });

  it('does not switch on a later English message, nor on Vietnamese', () => {
    const chat = new Chat();
    chat.type('chồng chửi tôi suốt');
    chat.tap('menu');
    const turn = chat.type('I want to learn the law');
    expect(ofType(turn.effects, 'lang.set')).toEqual([]);
    const vi = new Chat();
    expect(ofType(vi.type('toi muon biet luat').effects, 'lang.set')).toEqual([]);
  });
});

describe('children', () => {
  it('a child\'s disclosure gets 111, who can read this, no promise of secrecy and a trusted adult, at once', () => {
    const chat = new Chat();
    const turn = chat.type('em 14 tuổi, bố em chửi em suốt');
    expect(chat.state).toBe('flow.understood.child');
    expect(turn.text).toContain('111');
    expect(turn.text).toMatch(/miễn phí, 24\/7/);
    expect(turn.text).toMatch(/người cầm điện thoại này có thể đọc/);
    expect(turn.text).toMatch(/không thể hứa giữ bí mật/);
    expect(turn.text).not.toMatch(/sẽ giữ bí mật|giữ kín tuyệt đối/);
    expect(turn.choiceIds).toContain('trusted-adult');
    chat.tap('trusted-adult');
    expect(said(chat)).toEqual(['children-trusted-adult-tips']);
    chat.tap('next');
    expect(chat.state).toBe('flow.understood.ways');
  });

  it('names 111, and promises no secrecy, when a child is in danger', () => {
    const chat = new Chat();
    const turn = chat.type('cháu 10 tuổi, bố đang đánh cháu');
    expect(chat.state).toBe('danger.ask');
    expect(ofType(turn.effects, 'say').map((e) => e.key)).toEqual(['danger-numbers', 'children-note']);
    expect(turn.text).toMatch(/không thể hứa giữ bí mật/);
  });

  it('names 111 when a request speaks of a child', () => {
    const chat = new Chat();
    const turn = chat.type('con tôi 8 tuổi, tôi muốn biết luật');
    expect(chat.state).toBe('flow.rights.topics');
    expect(turn.text).toContain('111');
  });

  it('an age under 18 in the intake names 111 on the next screen', () => {
    const chat = new Chat();
    chat.type('bao cao bao luc');
    chat.type('bat dau');
    chat.type('toi'); chat.type('1'); chat.type('xong'); chat.type('chong hoac vo'); chat.type('co'); chat.type('hon 1 thang');
    chat.tap('skip'); // province
    chat.tap('answer');
    chat.type('nu');
    expect(chat.state).toBe('flow.intake.victimAge');
    const turn = chat.tap('12-17');
    expect(said(chat)).toEqual(['children-intake-note']);
    expect(turn.text).toContain('111');
    expect(turn.text).toMatch(/không thể hứa giữ bí mật/);
    expect(chat.state).toBe('flow.intake.perpSex');
    const adult = chat.tap('back');
    expect(adult.state).toBe('flow.intake.victimAge');
    chat.tap('26-40');
    expect(said(chat)).toEqual([]);
  });
});

describe('care after sexual violence', () => {
  it('free text about last night brings the danger screen, then the care facts: 120 h, 72 h, the hospital, the clothes, 115 and the sources', () => {
    // Sexual violence reads as danger first (the risk rules); the care facts follow the danger numbers at once.
    const chat = new Chat();
    const turn = chat.type('tối qua em bị sờ mó');
    expect(chat.state).toBe('danger.ask');
    expect(said(chat)).toContain('care-after-sexual');
    for (const fact of ['120 giờ', '72 giờ', 'Bệnh viện', 'quần áo', '115', 'Nguồn: WHO']) expect(turn.text).toContain(fact);
  });

  it('a recent rape reported in the intake brings the same facts on the next screen', () => {
    const chat = new Chat();
    chat.type('bao cao bao luc');
    chat.type('bat dau');
    chat.type('toi');
    chat.tap('rape');
    chat.type('xong'); chat.type('nguoi la'); chat.type('khong');
    const turn = chat.tap('0_3_days');
    expect(said(chat)).toEqual(['care-intake-note']);
    expect(turn.text).toContain('72 giờ');
    expect(turn.text).toContain('120 giờ');
    expect(chat.state).toBe('flow.intake.province');
  });

  it('a recent rape typed in free text is danger first, then the care facts on the same screen', () => {
    const chat = new Chat();
    const turn = chat.type('hôm qua tôi bị cưỡng hiếp');
    expect(turn.read).toBe('user.risk');
    expect(chat.state).toBe('danger.ask');
    expect(ofType(turn.effects, 'say').map((e) => e.key)).toEqual(['danger-numbers', 'care-after-sexual']);
    expect(turn.text).toContain('72 giờ');
    expect(turn.text).toContain('120 giờ');
    expect(turn.text.indexOf('113')).toBeLessThan(turn.text.indexOf('72 giờ'));
  });

  it('not after an older event or another kind', () => {
    const chat = new Chat();
    chat.type('bao cao bao luc'); chat.type('bat dau'); chat.type('toi');
    chat.tap('physical');
    chat.type('xong'); chat.type('nguoi la'); chat.type('khong');
    chat.tap('0_3_days');
    expect(said(chat)).toEqual([]);
  });

  it('a child who was abused last night gets the danger screen with the care facts and the children\'s note', () => {
    const chat = new Chat();
    chat.type('em 13 tuổi, tối qua bố dượng sờ mó em');
    expect(chat.state).toBe('danger.ask');
    expect(said(chat)).toEqual(expect.arrayContaining(['care-after-sexual', 'children-note']));
  });
});
