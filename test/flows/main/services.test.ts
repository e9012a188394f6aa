// Finding help nearby, talking to a counsellor, quick exit and deleting one's data, as a person would do them.
import { describe, expect, it } from 'vitest';
import { Chat, ofType } from './chat.js';

describe('find help near me', () => {
  it('a province, then a commune, asks the directory for that commune', () => {
    const chat = new Chat();
    chat.type('tim noi ho tro gan toi');
    expect(chat.prompt?.askLocation).toBe(true);
    chat.type('thai nguyen');
    expect(chat.state).toBe('flow.findHelp.commune');
    const turn = chat.type('Phường Phan Đình Phùng');
    expect(turn.effects).toEqual([{ type: 'show.directory', province: '19', commune: 'Phường Phan Đình Phùng' }]);
    expect(chat.state).toBe('flow.findHelp.results');
  });

  it('"xem cả tỉnh" asks for the whole province; an old name is explained first', () => {
    const chat = new Chat();
    chat.type('3');
    expect(chat.type('Hà Giang').text).toMatch(/Hà Giang là một phần của Tuyên Quang/);
    const turn = chat.type('xem ca tinh');
    expect(turn.effects).toEqual([{ type: 'show.directory', province: '08' }]);
  });

  it('a shared location asks for the nearest places', () => {
    const chat = new Chat();
    chat.type('3');
    const turn = chat.location(10.98, 106.65);
    expect(turn.effects).toEqual([{ type: 'show.directory', latitude: 10.98, longitude: 106.65 }]);
  });

  it('a location shared from the menu is read as "find help near here"', () => {
    const chat = new Chat();
    chat.location();
    expect(chat.state).toBe('flow.findHelp.results');
  });

  it('an unknown place is asked again, never a dead end', () => {
    const chat = new Chat();
    chat.type('3');
    expect(chat.type('ở gần cầu').text).toMatch(/chưa nhận ra/);
    expect(chat.state).toBe('flow.findHelp.where');
    chat.type('tim noi khac');
    chat.type('quay lai');
    expect(chat.state).toBe('flow.menu');
  });
});

describe('talking to a counsellor', () => {
  /** Danger words typed to a counsellor: passed on, with the numbers, an urgent case and an alert. */
  const KNIFE = 'nó về rồi, nó cầm dao';
  const DANGER_PASSED_ON = [
    { type: 'relay.toCounsellor', text: KNIFE },
    { type: 'say', key: 'danger-numbers' },
    { type: 'case.upsert', urgency: 'urgent', status: 'open', answers: { risk: 'danger' } },
    { type: 'escalate', level: 'danger' },
  ];

  it('asks first; after yes the person may write, and the counsellor’s answers and end arrive in the chat', () => {
    const chat = new Chat();
    chat.type('noi chuyen voi tu van vien');
    expect(chat.screen).toMatch(/người thật/);
    const yes = chat.type('co, nhan cho toi o day');
    expect(yes.effects).toEqual(expect.arrayContaining([{ type: 'relay.allow', allowed: true }, { type: 'escalate', level: 'talk' }]));
    expect(chat.state).toBe('flow.counsellor.waiting');
    expect(chat.type('em bị chồng chửi suốt, em mệt lắm').effects).toEqual([{ type: 'relay.toCounsellor', text: 'em bị chồng chửi suốt, em mệt lắm' }]);
    chat.notify({ type: 'counsellor.joined', alias: 'Chị Hoa', at: 0 });
    expect(chat.state).toBe('flow.live');
    expect(chat.notify({ type: 'counsellor.text', text: 'Chị nghe em đây.', at: 0 }).text).toMatch(/Chị Hoa: Chị nghe em đây\./);
    expect(chat.type('dạ').effects).toEqual([{ type: 'relay.toCounsellor', text: 'dạ' }]);
    const ended = chat.notify({ type: 'counsellor.ended', at: 0 });
    expect(ended.effects).toContainEqual({ type: 'relay.allow', allowed: false });
    expect(chat.state).toBe('flow.menu');
  });

  it('danger words while a counsellor is in the chat reach the counsellor and still bring the numbers and an alert', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    chat.notify({ type: 'counsellor.joined', alias: 'Chị Hoa', at: 0 });
    expect(chat.type(KNIFE).effects).toEqual(DANGER_PASSED_ON);
    expect(chat.state).toBe('flow.live');
  });

  it('danger words while waiting for a counsellor reach the case topic too, with the numbers and an alert, and the wait goes on', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    expect(chat.state).toBe('flow.counsellor.waiting');
    expect(chat.type(KNIFE).effects).toEqual(DANGER_PASSED_ON);
    expect(chat.state).toBe('flow.counsellor.waiting');
  });

  it('🆘 during the chat shows the emergency screen, and "back to where I was" returns to the counsellor', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    chat.notify({ type: 'counsellor.joined', alias: 'Chị Hoa', at: 0 });
    chat.tap('_sos');
    expect(chat.state).toBe('danger.ask');
    chat.tap('resume');
    expect(chat.state).toBe('flow.live');
  });

  it('the person can end the chat, and then nobody writes unasked', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    chat.notify({ type: 'counsellor.joined', alias: 'Chị Hoa', at: 0 });
    // A typed "1" is a message to the counsellor, not a button.
    expect(chat.type('1').effects).toEqual([{ type: 'relay.toCounsellor', text: '1' }]);
    const end = chat.type('menu');
    expect(end.effects).toContainEqual({ type: 'relay.allow', allowed: false });
    expect(chat.state).toBe('flow.menu');
    expect(chat.notify({ type: 'counsellor.text', text: 'Em ơi?', at: 0 }).effects).toEqual([]);
    expect(chat.notify({ type: 'counsellor.joined', alias: 'Chị Hoa', at: 0 }).effects).toEqual([]);
  });

  it('"thôi, không cần nữa" withdraws the consent', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    const turn = chat.type('thoi khong can nua');
    expect(turn.effects).toContainEqual({ type: 'relay.allow', allowed: false });
    expect(chat.context.relay).toBe(false);
  });
});

describe('quick exit', () => {
  it('clears the chat, leaves one neutral line, stops contact, and starts afresh on the next message', () => {
    const chat = new Chat();
    chat.type('6');
    chat.tap('relay-yes');
    const turn = chat.tap('_exit');
    expect(ofType(turn.effects, 'chat.clear')).toHaveLength(1);
    expect(turn.effects).toContainEqual({ type: 'relay.allow', allowed: false });
    expect(chat.screen).toBe('Chào bạn 🙂');
    expect(chat.context.relay).toBe(false);
    chat.type('alo');
    expect(chat.state).toBe('flow.welcome');
  });

  it('/thoat works the same as the button', () => {
    const chat = new Chat();
    chat.command('thoat');
    expect(chat.state).toBe('exited');
  });
});

describe('delete my data', () => {
  it('asks once, says what is deleted and what stays, then deletes', () => {
    const chat = new Chat();
    chat.type('xoa du lieu cua toi');
    expect(chat.screen).toMatch(/thống kê ẩn danh/);
    const turn = chat.type('co, xoa het');
    expect(turn.effects).toEqual([{ type: 'say', key: 'delete-done' }, { type: 'data.delete' }]);
  });

  it('drops an unfinished report before deleting', () => {
    const chat = new Chat();
    chat.type('bao cao');
    chat.type('bat dau, luu dan');
    chat.type('toi');
    chat.command('xoa');
    const turn = chat.tap('confirm');
    expect(turn.effects).toEqual([{ type: 'case.abandon', keep: [] }, { type: 'say', key: 'delete-done' }, { type: 'data.delete' }]);
  });

  it('"không" keeps everything', () => {
    const chat = new Chat();
    chat.command('xoa');
    const turn = chat.type('khong, giu lai');
    expect(ofType(turn.effects, 'data.delete')).toEqual([]);
    expect(chat.state).toBe('flow.menu');
  });
});
