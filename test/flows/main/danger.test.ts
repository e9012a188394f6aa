// Danger and self-harm: every wording family interrupts whatever is going on — the menu, the middle of a report,
// a free-text answer — shows the safety message first, makes the case urgent, alerts counsellors, and lets the
// person go back to exactly where they were, even after the conversation was saved and restored.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { mainMachine } from '../../../flows/main/machine.js';
import { Chat, ofType, WORLDS } from './chat.js';

const DANGER = [
  // cry for help, with and without marks, teencode, stretched letters
  'cứu tôi với', 'cuu toi voi', 'cuu e vs', 'cứuuuu', 'CỨU VỚI!!!',
  // being hit now
  'chồng tôi đang đánh tôi', 'ck e dang danh e', 'hic ck lai danh e',
  // weapons and threats to kill
  'ck cam dao', 'chồng cầm dao dọa giết em', 'no doa giet t', 'nó lấy dao chém em',
  // strangling
  'chồng bóp cổ tôi', 'ny siet co e',
  // sexual violence
  'tôi bị cưỡng hiếp', 'ny ep e quan he',
  // confinement
  'ck nhot e trong nha ko cho ra ngoai',
  // plain statement, English
  'e dang gap nguy hiem', 'help me please', 'he is hitting me right now',
];
const SELFHARM = [
  'em muốn chết', 'e muon chet', 'e k muon song nua', 'tôi không muốn sống nữa', 'chán sống quá rồi',
  'tu tu di cho xong', 'tôi muốn tự tử', 'e vua uong thuoc ngu', 'em vừa cắt tay', 'I want to end my life',
];

/** The first effect after a language switch (a first message in English is answered in English, issue 8). */
const firstEffect = (effects: { type: string }[]) => effects.filter((e) => e.type !== 'lang.set')[0];

describe('danger words interrupt from anywhere', () => {
  it.each(DANGER)('"%s" on the first screen brings the emergency numbers, an urgent case and an alert', (text) => {
    const chat = new Chat();
    const turn = chat.type(text);
    expect(turn.read).toBe('user.risk');
    expect(chat.state).toBe('danger.ask');
    expect(firstEffect(turn.effects)).toEqual({ type: 'say', key: 'danger-numbers' });
    expect(turn.effects).toContainEqual({ type: 'case.upsert', urgency: 'urgent', status: 'open', answers: { risk: 'danger' } });
    expect(turn.effects).toContainEqual({ type: 'escalate', level: 'danger' });
    const numbers = turn.text;
    for (const n of ['113', '115', '111', '18008080']) expect(numbers).toContain(n);
    expect(numbers.indexOf('113')).toBeLessThan(numbers.indexOf('18008080'));
  });

  it.each(SELFHARM)('"%s" brings the self-harm safety message (115), an urgent case and an alert', (text) => {
    const chat = new Chat();
    const turn = chat.type(text);
    expect(turn.read).toBe('user.risk');
    expect(chat.state).toBe('selfharm.ask');
    expect(firstEffect(turn.effects)).toEqual({ type: 'say', key: 'selfharm-safety' });
    expect(turn.text).toContain('115');
    expect(turn.effects).toContainEqual({ type: 'case.upsert', urgency: 'urgent', status: 'open', answers: { risk: 'selfharm' } });
    expect(turn.effects).toContainEqual({ type: 'escalate', level: 'selfharm' });
  });

  it.each(['từ từ', 'dao nay e met qua', 'cai dao nay dep', 'danh gia dich vu'])('the look-alike "%s" does not raise an alarm', (text) => {
    const chat = new Chat();
    chat.type('tim noi ho tro');
    const turn = chat.type(text);
    expect(turn.read).toBe('user.text');
    expect(ofType(turn.effects, 'escalate')).toEqual([]);
  });

  it('the 🆘 button and "Tôi đang gặp nguy hiểm" do the same as danger words', () => {
    for (const go of [(c: Chat) => c.tap('_sos'), (c: Chat) => c.command('khancap'), (c: Chat) => c.tap('danger')]) {
      const chat = new Chat();
      const turn = go(chat);
      expect(chat.state).toBe('danger.ask');
      expect(turn.effects.map((e) => e.type)).toEqual(['say', 'case.upsert', 'escalate']);
    }
  });

  it.each(['🆘', '🆘️', ' 🆘 ', '🆘🆘'])('typing "%s" alone is the 🆘 button: the emergency numbers, an urgent case, an alert', (typed) => {
    const chat = new Chat();
    chat.type('bao cao');
    const turn = chat.type(typed);
    expect(turn.read).toBe('user.command');
    expect(chat.state).toBe('danger.ask');
    expect(turn.effects.map((e) => e.type)).toEqual(['say', 'case.upsert', 'escalate']);
    for (const n of ['113', '115', '111', '18008080']) expect(turn.text).toContain(n);
  });

  it('🆘 inside other words is read as text, not as the button', () => {
    const chat = new Chat();
    chat.type('tim noi ho tro');
    expect(chat.type('nút 🆘 để làm gì').read).not.toBe('user.command');
  });

  it('each new danger message shows the numbers again and updates the same open case (no new case is asked for)', () => {
    const chat = new Chat();
    chat.type('cuu toi');
    const again = chat.type('no dang dap cua, cuu em voi');
    expect(again.read).toBe('user.risk');
    expect(again.effects[0]).toEqual({ type: 'say', key: 'danger-numbers' });
    expect(ofType(again.effects, 'case.upsert')).toEqual([{ type: 'case.upsert', urgency: 'urgent', status: 'open', answers: { risk: 'danger' } }]);
  });
});

describe('typed in the middle of a report', () => {
  const midIntake = () => {
    const chat = new Chat();
    chat.type('bao cao bao luc');
    chat.tap('start');
    chat.type('toi');
    chat.type('1');
    chat.type('4');
    return chat;
  };

  it('interrupts a multiple-choice question and returns to it, choices kept', () => {
    const chat = midIntake();
    expect(chat.state).toBe('flow.intake.kinds');
    chat.type('ck cam dao doa giet t');
    expect(chat.state).toBe('danger.ask');
    chat.type('quay lai cho dang lam');
    expect(chat.state).toBe('flow.intake.kinds');
    expect((chat.context.answers as { kinds: string[] }).kinds).toEqual(['physical', 'psychological']);
    chat.type('xong');
    expect(chat.state).toBe('flow.intake.relationship');
  });

  it('interrupts a free-text answer (the commune) instead of storing the words as the answer', () => {
    const chat = midIntake();
    chat.type('xong');
    chat.type('chong');
    chat.type('co');
    chat.type('trong 3 ngay qua');
    chat.type('thai nguyen');
    expect(chat.state).toBe('flow.intake.commune');
    const turn = chat.type('nó đang đuổi đánh em');
    expect(turn.read).toBe('user.risk');
    expect((chat.context.answers as Record<string, unknown>).commune).toBeUndefined();
    chat.tap('resume');
    expect(chat.state).toBe('flow.intake.commune');
  });

  it('self-harm words during the phone question get the self-harm message, then the question again', () => {
    const chat = midIntake();
    chat.type('xong');
    for (const answer of ['bo qua', 'bo qua', 'bo qua', 'bo qua', 'bo qua', 'gọi điện cho tôi']) chat.type(answer);
    expect(chat.state).toBe('flow.intake.phone');
    const turn = chat.type('thôi chắc em tự tử thôi');
    expect(turn.effects[0]).toEqual({ type: 'say', key: 'selfharm-safety' });
    chat.tap('resume');
    expect(chat.state).toBe('flow.intake.phone');
  });

  it('survives persistence: the deep history is in the saved snapshot and restores the exact question', () => {
    const actor = createActor(mainMachine, { input: { people: WORLDS.everyone } }).start();
    for (const event of [
      { type: 'user.choice', id: 'report' }, { type: 'user.choice', id: 'start' }, { type: 'user.choice', id: 'child' },
      { type: 'user.choice', id: 'neglect' }, { type: 'user.choice', id: 'done' }, { type: 'user.choice', id: 'parent' },
      { type: 'user.risk', risk: 'danger', text: 'cuu' },
    ] as const) actor.send({ ...event, at: 1 });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    expect(saved.value).toEqual({ danger: 'ask' });
    const restored = createActor(mainMachine, { snapshot: saved, input: undefined }).start();
    restored.send({ type: 'user.choice', id: 'resume', at: 2 });
    expect(restored.getSnapshot().value).toEqual({ flow: { intake: 'ongoing' } });
    expect(restored.getSnapshot().context.answers).toMatchObject({ affected: 'child', kinds: ['neglect'], relationship: 'parent' });
  });

  it('"back to where I was" after the danger menu item returns to the screen with the menu', () => {
    const chat = new Chat();
    chat.type('1');
    chat.tap('resume');
    expect(chat.state).toBe('flow.welcome');
    chat.command('menu');
    chat.type('1');
    chat.tap('resume');
    expect(chat.state).toBe('flow.menu');
  });
});

describe('after the safety message', () => {
  it('asks where the person is (optional): an old province name is understood, put on the case, and nearby help shown', () => {
    const chat = new Chat();
    chat.type('cuu voi');
    chat.type('cho biet toi dang o dau');
    expect(chat.state).toBe('danger.where');
    expect(chat.prompt?.askLocation).toBe(true);
    const turn = chat.type('binh duong');
    expect(turn.text).toMatch(/Bình Dương là một phần của Hồ Chí Minh/);
    expect(turn.effects).toContainEqual({ type: 'case.upsert', province: '79', answers: { province: '79' } });
    expect(turn.effects).toContainEqual({ type: 'show.directory', province: '79' });
    expect(chat.state).toBe('danger.ask');
  });

  it('a shared location finds the nearest help without storing the coordinates in the case', () => {
    const chat = new Chat();
    chat.type('cuu voi');
    chat.tap('where');
    const turn = chat.location(21.59, 105.84);
    expect(turn.effects).toEqual([{ type: 'show.directory', latitude: 21.59, longitude: 105.84 }]);
  });

  it('an unknown place is asked again kindly', () => {
    const chat = new Chat();
    chat.type('cuu voi');
    chat.tap('where');
    const turn = chat.type('gần chợ');
    expect(turn.text).toMatch(/chưa nhận ra/);
    expect(chat.state).toBe('danger.where');
  });

  it('nobody writes unasked: a counsellor may write only after one tap of consent', () => {
    const chat = new Chat();
    chat.type('ck dang danh e');
    const ignored = chat.notify({ type: 'counsellor.joined', alias: 'Lan', at: 0 });
    expect(ignored.effects).toEqual([]);
    expect(chat.state).toBe('danger.ask');
    const yes = chat.type('cho tu van vien nhan toi o day');
    expect(yes.effects).toEqual(expect.arrayContaining([
      { type: 'relay.allow', allowed: true },
      { type: 'escalate', level: 'talk' },
    ]));
    expect(chat.state).toBe('danger.allowed');
    const joined = chat.notify({ type: 'counsellor.joined', alias: 'Lan', at: 0 });
    expect(joined.text).toMatch(/Lan \(tư vấn viên\)/);
    expect(chat.state).toBe('flow.live');
  });

  it('self-harm: one tap lets a counsellor write, then back to where the person was', () => {
    const chat = new Chat();
    chat.type('3');
    chat.type('e muon chet');
    chat.tap('relay-yes');
    expect(chat.state).toBe('selfharm.allowed');
    chat.tap('resume');
    expect(chat.state).toBe('flow.findHelp.where');
  });
});
