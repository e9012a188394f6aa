// readDisclosure: kinds of violence and requests in people's own words (marks or none, teencode, regional words,
// English), each match naming its rule; the cues that change the answer (a child, a recent event, a threat).
// These phrases were used while writing the rules (a tuning list, not a held-out measurement).
import { describe, expect, it } from 'vitest';
import { looksEnglish, readDisclosure } from '../../../flows/text/index.js';

const KINDS: readonly [kind: string, rule: string, texts: readonly string[]][] = [
  ['psychological', 'kind.psychological', [
    'chồng tôi chửi bới xúc phạm tôi suốt ngày', 'ck chui e suot', 'bị mẹ chồng lăng mạ, chì chiết', 'anh ta nói tôi vô dụng',
    'he insults me all the time', 'my husband yells at me every day',
  ]],
  ['economic', 'kind.economic', [
    'chồng lấy hết lương của tôi', 'ck giu het tien cua e', 'nó không cho em đồng nào', 'bắt tôi nộp hết lương',
    'he takes all my money', 'my husband controls my salary',
  ]],
  ['monitoring', 'kind.monitoring', [
    'ck doc tin nhan cua em', 'chồng lục điện thoại của tôi', 'anh ta cài định vị vào máy tôi', 'nó theo dõi em mọi lúc',
    'my boyfriend reads my messages', 'he tracks my phone',
  ]],
  ['online', 'kind.online', [
    'nó dọa tung ảnh nóng của em', 'người yêu cũ phát tán clip của em', 'bị tống tiền bằng ảnh khỏa thân',
    'he leaked my photos', 'my ex is sharing nudes of me',
  ]],
  ['controlling', 'kind.controlling', [
    'chồng cấm tôi về nhà mẹ đẻ', 'ck khong cho e ra ngoai', 'anh ấy không cho tôi gặp bạn bè', 'bị cô lập',
    'he wont let me see my family', 'he is very controlling',
  ]],
  ['forced_marriage', 'kind.forced-marriage', ['bố mẹ ép em lấy chồng', 'gia dinh bat e cuoi', 'bị tảo hôn', 'my parents are forcing me to marry']],
  ['trafficking', 'kind.trafficking', ['bị bán sang trung quốc', 'bi lua sang campuchia', 'chủ giữ hộ chiếu của em', 'they took my passport']],
  ['neglect', 'kind.neglect', ['chồng bỏ mặc mẹ con tôi', 'con bị bỏ đói', 'không cho ăn', 'he neglects the children']],
  ['physical', 'kind.physical', ['con tôi bị cô giáo đánh', 'người tôi bầm tím', 'tía uýnh em', 'bị bạt tai', 'he slapped me yesterday']],
  ['sexual', 'kind.sexual-contact', ['ông ta sờ mó em', 'bị sàm sỡ trên xe buýt', 'he groped me']],
  ['sexual', 'kind.sexual-rape', ['tối qua em bị hiếp', 'ck ep e quan he', 'I was raped']],
];

const REQUESTS: readonly [request: string, rule: string, texts: readonly string[]][] = [
  ['rights', 'ask.rights', ['tôi muốn biết luật', 'quyen loi cua toi', 'thủ tục ly hôn thế nào', 'I want to learn the law', 'what are my rights']],
  ['find_help', 'ask.find-help', ['tìm nhà tạm lánh', 'toi can cho o', 'chỗ nào giúp được tôi gần đây', 'I need a shelter']],
  ['talk', 'ask.talk', ['muốn tâm sự', 'toi muon noi chuyen voi ai do', 'em cần tư vấn', 'I want to talk to someone']],
  ['hotlines', 'ask.hotlines', ['số điện thoại đường dây nóng', 'cho xin sdt', 'tổng đài nào', 'hotline?', 'phone number please']],
  ['delete', 'ask.delete', ['xoá dữ liệu của tôi', 'xoa het tin nhan', 'delete my data']],
  ['thanks', 'ask.thanks', ['cảm ơn', 'cam on nhieu', 'thanks', 'tks ad']],
  ['greeting', 'ask.greeting', ['xin chào', 'alo', 'hello', 'chào bạn']],
];

describe('kinds of violence, each named by its rule', () => {
  for (const [kind, rule, texts] of KINDS) {
    it.each(texts)(`hears ${kind} (${rule}) in "%s"`, (text) => {
      const d = readDisclosure(text);
      expect(d.kinds, JSON.stringify(d.matches)).toContain(kind);
      expect(d.matches.map((m) => m.rule)).toContain(rule);
      const match = d.matches.find((m) => m.rule === rule)!;
      expect(match.matched.length).toBeGreaterThan(0);
      expect(match.why.length).toBeGreaterThan(0);
    });
  }

  it('names the most specific kind first ("dọa tung ảnh" is online before it is a threat)', () => {
    expect(readDisclosure('nó dọa tung ảnh nóng của em').kinds[0]).toBe('online');
  });

  it('ticks the intake kind: rape and unwanted touching apart, monitoring as controlling', () => {
    expect(readDisclosure('em bị hiếp').ticks).toEqual(['rape']);
    expect(readDisclosure('bị sàm sỡ').ticks).toEqual(['sexual_contact']);
    expect(readDisclosure('ck doc tin nhan cua em').ticks).toEqual(['controlling']);
  });
});

describe('requests, each named by its rule', () => {
  for (const [request, rule, texts] of REQUESTS) {
    it.each(texts)(`reads "%s" as ${request}`, (text) => {
      const d = readDisclosure(text);
      expect(d.request, JSON.stringify(d.matches)).toBe(request);
      expect(d.kinds).toEqual([]);
      expect(d.matches.map((m) => m.rule)).toContain(rule);
    });
  }
});

describe('cues', () => {
  it.each([
    ['em 14 tuổi, bố em đánh em'], ['con tôi 8 tuổi bị chửi'], ['em hoc lop 7'], ['cô giáo phạt em'], ['bố dượng sờ mó em'],
    ['em bị bố đánh'], ['im 14 and my dad hits me'], ['thầy đánh em'], ['e 13t'],
  ])('hears a child in "%s"', (text) => {
    const d = readDisclosure(text);
    expect(d.child, JSON.stringify(d.matches)).toBe(true);
    expect(d.matches.some((m) => m.rule.startsWith('cue.child'))).toBe(true);
  });

  it.each([['tôi 30 tuổi, chồng chửi tôi'], ['mẹ chồng chửi em'], ['chồng em đánh em'], ['tôi thấy sợ']])('hears no child in "%s"', (text) => {
    expect(readDisclosure(text).child).toBe(false);
  });

  it.each([['tối qua em bị hiếp'], ['hôm qua nó sờ mó em'], ['em vừa bị xâm hại'], ['sáng nay'], ['2 ngày trước'], ['last night he raped me']])(
    'hears a recent event in "%s"', (text) => { expect(readDisclosure(text).recent).toBe(true); },
  );
  it('hears no recent event a month ago', () => { expect(readDisclosure('tháng trước em bị sàm sỡ').recent).toBe(false); });

  it('hears a threat', () => { expect(readDisclosure('anh ấy dọa sẽ đuổi tôi').threat).toBe(true); });
});

describe('English and gibberish', () => {
  it.each([['hi, my husband hits me'], ['I want to learn the law'], ['my boyfriend reads my messages'], ['hello']])('"%s" is English', (t) => {
    expect(looksEnglish(t)).toBe(true);
  });
  it.each([['chồng tôi chửi tôi'], ['toi muon biet luat'], ['me toi bi danh'], ['ck an het tien'], ['asdfgh']])('"%s" is not English', (t) => {
    expect(looksEnglish(t)).toBe(false);
  });
  it.each([['asdfgh qwe'], ['!!!'], [''], ['ừm'], ['Thái Nguyên']])('reads nothing in "%s"', (text) => {
    const d = readDisclosure(text);
    expect([d.kinds, d.request, d.child]).toEqual([[], null, false]);
  });
});

describe('concern: violence the risk rules held back as past', () => {
  it('reads past hitting as a physical concern, so the flow asks "are you safe now?"', () => {
    const d = readDisclosure('năm ngoái ổng có quánh tui, giờ ổng bỏ đi rồi');
    expect(d.concern).toBe(true);
    expect(d.kinds).toContain('physical');
    expect(d.matches).toContainEqual(expect.objectContaining({ rule: 'concern.danger.hitting' }));
  });

  it('reads "hôm qua em bị quấy rối tình dục" as recent sexual harassment', () => {
    expect(readDisclosure('hôm qua em bị quấy rối tình dục')).toMatchObject({ kinds: ['sexual'], recent: true });
  });
});
