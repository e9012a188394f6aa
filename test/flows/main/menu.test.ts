// The first screen and the main menu, as typed by real people: numbers, words for numbers, labels with and
// without marks, typos; commands; help; language; things the bot cannot read.
import { describe, expect, it } from 'vitest';
import { Chat, ofType, RETENTION_DAYS } from './chat.js';

describe('welcome', () => {
  it('shows who the bot is, that it is no emergency service, how to leave, who may see, what is kept — and the menu, on one screen', () => {
    const chat = new Chat();
    const screen = chat.screen;
    expect(chat.state).toBe('flow.welcome');
    expect(screen).toMatch(/không phải người thật/);
    expect(screen).toMatch(/113/);
    expect(screen).toMatch(/\/thoat/);
    expect(screen).toMatch(/điện thoại này/);
    expect(screen).toContain(`${RETENTION_DAYS} ngày`);
    expect(chat.prompt?.choices?.map((c) => c.id)).toEqual(['danger', 'report', 'find-help', 'hotlines', 'rights', 'counsellor', 'delete', 'lang']);
  });

  // Changed with issue 8 (point 3): a greeting is now understood (understanding.test.ts); text the flow cannot read
  // reaches it as user.text and changes nothing, which is what makes the core ask again.
  it('asks again kindly, with the options, when text matches no option and says nothing the bot can read', () => {
    const chat = new Chat();
    const turn = chat.type('qwrtz xkcd');
    expect(turn.read).toBe('user.text');
    expect(turn.effects).toEqual([]);
    expect(chat.state).toBe('flow.welcome');
  });
});

describe('every menu intent, typed', () => {
  it.each([
    ['1', 'danger'],
    ['một', 'danger'],
    ['toi dang gap nguy hiem', 'danger'],
    ['2', 'flow.intake.intro'],
    ['bao cao bao luc', 'flow.intake.intro'],
    ['Báo cáo', 'flow.intake.intro'],
    ['3', 'flow.findHelp.where'],
    ['tim noi ho tro gan toi', 'flow.findHelp.where'],
    ['tìm nơi hỗ trợ', 'flow.findHelp.where'],
    ['4', 'flow.hotlines'],
    ['duong day nong', 'flow.hotlines'],
    ['đường dây nóng ạ', 'flow.hotlines'],
    ['5', 'flow.rights.topics'],
    ['quyen cua ban', 'flow.rights.topics'],
    ['6', 'flow.counsellor.intro'],
    ['noi chuyen voi tu van vien', 'flow.counsellor.intro'],
    ['7', 'flow.deleting'],
    ['xoa du lieu cua toi', 'flow.deleting'],
    ['số 4', 'flow.hotlines'],
  ])('"%s" opens %s', (typed, state) => {
    const chat = new Chat();
    chat.type(typed);
    expect(chat.state.startsWith(state)).toBe(true);
  });

  it('shows the hotlines from the directory when "đường dây nóng" is chosen', () => {
    const chat = new Chat();
    const turn = chat.type('duong day nong');
    expect(ofType(turn.effects, 'show.hotlines')).toEqual([{ type: 'show.hotlines' }]);
  });

  it('answers a rights topic with its text and offers the next one', () => {
    const chat = new Chat();
    chat.type('quyen cua ban');
    const turn = chat.type('3');
    expect(turn.effects).toContainEqual({ type: 'say', key: 'rights-legal-aid' });
    expect(chat.state).toBe('flow.rights.more');
    chat.tap('safety-plan');
    expect(chat.effects).toContainEqual({ type: 'say', key: 'rights-safety-plan' });
    chat.tap('find-help');
    expect(chat.state).toBe('flow.findHelp.where');
  });
});

describe('commands', () => {
  it('"menu" typed anywhere outside a report goes to the main menu', () => {
    const chat = new Chat();
    chat.type('3');
    chat.type('menu');
    expect(chat.state).toBe('flow.menu');
  });

  it('/help explains how to answer and leaves the person on the same question', () => {
    const chat = new Chat();
    chat.type('bao cao');
    chat.tap('start');
    const turn = chat.command('help');
    expect(turn.text).toMatch(/quay lại/);
    expect(chat.state).toBe('flow.intake.affected');
  });

  it.each(['English', '8', 'english'])('"%s" on the welcome switches to English at once: the very next screen is English', (typed) => {
    const chat = new Chat();
    const turn = chat.type(typed);
    expect(turn.effects).toEqual([{ type: 'lang.toggle' }, { type: 'say', key: 'lang-changed' }]);
    expect(chat.lang).toBe('en');
    expect(chat.state).toBe('flow.menu');
    expect(turn.text).toMatch(/I will speak English/);
    expect(turn.text).toMatch(/What do you need/);
    expect(turn.text).not.toMatch(/Chọn ngôn ngữ/);
  });

  it('the same menu item, labelled "Tiếng Việt" in English, switches back in one tap', () => {
    const chat = new Chat();
    chat.type('English');
    const turn = chat.type('tieng viet');
    expect(turn.effects[0]).toEqual({ type: 'lang.toggle' });
    expect(chat.lang).toBe('vi');
    expect(chat.screen).toMatch(/Bạn cần gì/);
  });

  it('/lang opens the chooser and switches to English and back, and every screen follows', () => {
    const chat = new Chat();
    chat.command('lang');
    expect(chat.state).toBe('flow.language');
    const turn = chat.type('english');
    expect(turn.effects).toContainEqual({ type: 'lang.set', lang: 'en' });
    expect(turn.text).toMatch(/What do you need/);
    chat.command('lang');
    chat.type('tieng viet');
    expect(chat.lang).toBe('vi');
    expect(chat.screen).toMatch(/Bạn cần gì/);
  });

  it('a sticker or photo gets a kind note and the same question again', () => {
    const chat = new Chat();
    const turn = chat.sticker();
    expect(turn.text).toMatch(/chỉ đọc được tin nhắn chữ/);
    expect(chat.state).toBe('flow.welcome');
  });

  it('/start shows the welcome again', () => {
    const chat = new Chat();
    chat.type('4');
    chat.command('start');
    expect(chat.state).toBe('flow.welcome');
  });
});
