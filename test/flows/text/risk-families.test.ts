// The families added for issue 8, one rule id each, so a counsellor can see which rule reads which words.
// These phrases are a tuning list (like risk.test.ts); the measurement is risk-corpus.test.ts and bench:risk.
import { describe, expect, it } from 'vitest';
import { detectRisk, explainRisk } from '../../../flows/text/index.js';

const RULES: Record<string, readonly string[]> = {
  'danger.hitting': [
    'ổng đang quánh tui', 'ong dang quanh tui', 'thằng chả uýnh tui', 'hấn nện tau một trận', 'chồng oánh em',
    'nó phang ghế vào lưng em', 'tía tui đánh má tui', 'bả tát con nhỏ',
  ],
  'danger.sexual-violence': [
    'chú hàng xóm sờ chỗ kín của con', 'anh họ bắt em làm chuyện người lớn', 'thầy bắt em ngồi lên đùi thầy',
    'dượng tối nào cũng vào phòng em', 'ông ta bắt em cởi quần áo', 'my stepdad touches me',
  ],
  'danger.pinned-down': ['nó đè em ra, em đau lắm'],
  'danger.stalking': ['có thằng đi theo em từ trường về', 'người yêu cũ rình em ngoài cổng, em sợ'],
  'danger.break-in': ['nó đang phá cửa nhà tôi', 'hắn đang trèo vào nhà'],
  'danger.burning': ['chồng dội nước sôi vào người tôi', 'mẹ kế dí bàn là vào tay em', 'bố châm điếu thuốc vào tay em'],
  'danger.starving': ['em bị bỏ đói ba ngày', 'dì ghẻ không cho em ăn'],
  'danger.confinement': ['em bị trói tay trong kho', 'mẹ chồng khóa cửa không cho tôi ra', 'họ không cho em về'],
  'danger.eviction-night': ['chồng đuổi hai mẹ con ra khỏi nhà lúc nửa đêm', 'ck duoi e vs con ra duong'],
  'danger.forced-marriage': ['bố mẹ ép em lấy chồng tuần sau, em mới 15 tuổi', 'họ bắt em về làm vợ từ hôm qua'],
  'danger.trafficking': ['em bị bán sang Trung Quốc, muốn về nhà', 'e bi dua qua bien gioi, ho lay dt cua e'],
  'danger.papers-taken': ['chủ giữ hộ chiếu của em'],
  'danger.sextortion': ['nó dọa tung ảnh nóng của em', 'thầy đòi em gửi ảnh khỏa thân'],
  'danger.weapon': ['ck vung mã tấu', 'mẹ kế lấy dây lưng quất em', 'hắn mài dao bảo tối nay xử tôi'],
  'selfharm.passive': [
    'ước gì ngủ một giấc không bao giờ tỉnh lại', 'chết còn sướng hơn', 'không ai cần em', 'tôi chỉ là gánh nặng',
    'chắc chỉ có chết mới thoát', 'everyone would be better off without me',
  ],
  'selfharm.goodbye': ['vĩnh biệt', 'kiếp sau gặp lại nha', 'đây là lần cuối em nhắn tin'],
  'selfharm.farewell': ['con xin lỗi, con đi trước đây', 'cảm ơn mọi người vì tất cả, tạm biệt'],
  'selfharm.giving-away': ['em để lại hết đồ cho em gái rồi, không cần nữa'],
  'selfharm.going-away': ['tôi muốn đi xa mãi mãi'],
  'selfharm.plan-place': ['em đang đứng ở cầu, nước chảy xiết lắm'],
  'selfharm.plan-ready': ['nhà đi vắng hết rồi, tôi chuẩn bị xong rồi'],
};

const HARMLESS = [
  'bữa nay oánh một chầu lẩu', 'đi đập lúa với mệ', 'ổng quạt cho con ngủ', 'anh Đức đến đón em', 'xung quanh nhà em',
  'chị Oanh hỏi số tổng đài', 'thôi em đi ngủ', 'mẹ đi theo em đến trường', 'bấm theo dõi trang', 'đổ nước sôi vào mì',
  'nhịn ăn sáng có hại không', 'bác sĩ không cho con ăn trước khi mổ', 'tháng sau em cưới', 'đi Trung Quốc du lịch',
  'em sẽ gửi ảnh giấy khai sinh', 'tạm biệt, hẹn gặp lại', 'xin lỗi, không cần nữa', 'mệt muốn chết', 'cứu net với',
  'học sơ cứu ở đâu', 'nhốt con mèo trong phòng', 'chồng đánh vợ bị phạt bao nhiêu', 'anh nóng tính quá',
  'bị giảm lương', 'mài dao để thái thịt', 'con boss cuối đánh chết mấy lần', 'mẹ lấy nem rán cho con',
];

describe.each(Object.entries(RULES))('%s', (rule, phrases) => {
  it.each([...phrases])('reads "%s" with this rule', (text) => {
    expect(explainRisk(text).rule).toBe(rule);
    expect(detectRisk(text)).toBe(rule.split('.')[0]);
  });
});

describe('look-alikes of the new words', () => {
  it.each(HARMLESS)('does not flag "%s"', (text) => {
    expect(explainRisk(text)).toMatchObject({ risk: null, rule: null });
  });
});

describe('rules that need a second cue', () => {
  it('names the cue that made an eviction urgent', () => {
    expect(explainRisk('chồng đuổi tôi ra khỏi nhà lúc nửa đêm')).toMatchObject({
      rule: 'danger.eviction-night', matched: expect.stringContaining('duoi'), cue: 'nua dem',
    });
  });

  it('does not fire on the first part alone', () => {
    expect(explainRisk('tạm biệt mọi người, mai em chuyển công tác').rule).toBeNull();
    expect(explainRisk('chuẩn bị xong rồi, tối nay đi xem phim').rule).toBeNull();
  });

  it('reports no cue for a rule that needs none', () => {
    expect(explainRisk('ck cam dao').cue).toBeNull();
  });
});

describe('masked words in patterns', () => {
  it('"kết thúc tất cả" matches although "tất" was read as a harmless "tat"', () => {
    const e = explainRisk('tôi muốn kết thúc tất cả');
    expect(e.readings).toContainEqual(expect.objectContaining({ word: 'tat', sense: 'harmless' }));
    expect(e).toMatchObject({ risk: 'selfharm', rule: 'selfharm.end-life' });
  });
});

describe('families of issue 8, point 2', () => {
  it.each([
    ['ước gì sáng mai em không phải mở mắt ra', 'selfharm.not-exist'],
    ['chắc tui đi đoàn tụ với má sớm', 'selfharm.join-the-dead'],
    ['nhờ chị nuôi giùm thằng cu, em không lo cho nó được nữa', 'selfharm.entrusting'],
    ['đã mua than hoa với băng keo dán cửa', 'selfharm.rope-charcoal'],
    ['em lấy bật lửa hơ vào cổ tay cho quên buồn', 'selfharm.injury-for-relief'],
    ['chồng đánh hoài, em muốn ôm con đi chết chung', 'selfharm.with-the-children'],
    ['mẹ kế lấy nước sôi dội lên chân em', 'danger.scalded'],
    ['em bị khóa trong phòng, mẹ kế giữ chìa khóa', 'danger.locked-in'],
  ])('reads "%s" with %s', (text, rule) => {
    expect(explainRisk(text).rule).toBe(rule);
  });

  it.each([
    ['em xin lỗi, em đi trước nhé, mai gặp', 'polite-leave'],
    ['con muốn học nhảy cầu ở bể bơi', 'diving'],
    ['mẹ em uống thuốc ngủ mỗi tối có sao không', 'medicine'],
    ['mua dây thừng để buộc hàng ở đâu rẻ', 'everyday-use'],
    ['cứu tôi với, mai thi rồi mà chưa học chữ nào', 'everyday-trouble'],
    ['Đọc báo vụ bé gái bị bạo hành ở TP.HCM mà xót quá', 'media'],
  ])('holds back "%s" by the %s signs and says so', (text, sign) => {
    const e = explainRisk(text);
    expect(e.risk).toBeNull();
    expect(e.spared.map((s) => s.by.split(':')[0])).toContain(sign);
  });

  it('reads "muốn chết vì mệt" as hyperbole and "muốn chết vì cuộc sống bế tắc" as ideation', () => {
    expect(detectRisk('mệt mỏi quá, mệt muốn chết')).toBeNull();
    expect(detectRisk('em muốn chết vì ngại khi bị gọi lên bảng')).toBeNull();
    expect(detectRisk('em muốn chết vì cuộc sống bế tắc quá')).toBe('selfharm');
  });

  it('holds violence long past back as a concern, unless something is happening now', () => {
    expect(explainRisk('hồi trước chồng cũ hay đánh tôi, giờ ly hôn rồi').spared).toContainEqual(expect.objectContaining({ rule: 'danger.hitting', by: expect.stringMatching(/^past:/) }));
    expect(detectRisk('hồi trước chồng cũ hay đánh tôi, giờ ly hôn rồi')).toBeNull();
    expect(detectRisk('hồi trước nó đánh tôi, giờ nó đang đánh lại')).toBe('danger');
  });
});

// Families generalised from the third held-out set: each phrase here is the lexicon4 helper's own wording, not a
// held-out sentence, so that these tests prove the family and not the sentence.
describe('families generalised from held-out set 3 (issue 8, point 2)', () => {
  it.each([
    ['thôi đủ rồi, em không muốn cố gắng nữa đâu', 'selfharm.giving-up'],
    ['ước gì có chiếc xe nào tông chết mình luôn', 'selfharm.accident-wished'],
    ['mai ko thay t online thi dung tim nha', 'selfharm.vanish-for-good'],
    ['đang nằm cạnh đường ray chờ tàu', 'selfharm.on-the-way'],
    ['lên mạng tìm cách thắt thòng lọng', 'selfharm.searched-method'],
    ['em lỡ nuốt nước tẩy javel rồi', 'selfharm.household-poison'],
    ['mua sẵn than rồi, chỉ chờ cả nhà đi vắng', 'selfharm.means-waiting'],
    ['nhờ anh nhắn lại với con là bố thương nó', 'selfharm.message-passed-on'],
    ['lại lấy lưỡi lam ra rồi, không kiềm được', 'selfharm.injury-tool'],
    ['mẹ mất rồi, chẳng còn ai thương, con muốn đi theo mẹ', 'selfharm.follow-the-dead'],
    ['ck dộng đầu e vô cửa, e choáng', 'danger.regional-blow'],
    ['tối nào ông ta cũng mò vào giường em lúc mẹ đi làm ca đêm', 'danger.entering-room-at-night'],
    ['em chốt cửa phòng bằng cái ghế rồi, ổng say đòi vô', 'danger.barricaded-or-hiding'],
    ['nó nhắn tối nay về cho tao nằm viện', 'danger.threat-of-injury'],
    ['chuyển đi đâu cũng bị hắn tìm ra, giờ hắn đang ở dưới nhà', 'danger.found-and-watched'],
    ['em đang bị chở đi đâu không biết, em gửi định vị nè', 'danger.taken-away'],
    ['mẹ chồng bắt em uống thuốc phá thai, em không muốn bỏ con', 'danger.forced-abortion-or-drug'],
    ['chủ quán karaoke không trả căn cước, bắt em tiếp khách', 'danger.held-abroad'],
    ['bọn nó hẹn tan ca là đánh hội đồng em', 'danger.gang-waiting'],
  ])('reads "%s" with %s', (text, rule) => {
    expect(explainRisk(text).rule).toBe(rule);
  });

  it.each([
    ['cay muốn chết luôn mà vẫn ăn', 'hyperbole'],
    ['đứng trên sân thượng ngắm pháo hoa đẹp quá', 'view'],
    ['hôm nay là ngày cuối ở công ty, tạm biệt mọi người nha', 'workplace'],
    ['mẹ tặng em cái vòng, em khóc vì vui', 'gift'],
    ['đổ xăng ở đâu rẻ vậy mọi người', 'refuel'],
    ['học taekwondo bị đánh có đau không', 'sport'],
    ['chơi trốn tìm con bé trốn trong tủ', 'play'],
    ['mẹ mà biết em làm vỡ bình chắc mẹ giết em', 'mishap'],
    ['bạn em hay bị người yêu đánh, em phải làm sao', 'third-party'],
    ['nếu bị chồng đánh thì báo ai, số nào', 'hypothetical'],
  ])('holds back "%s" by the %s frame and says so', (text, sign) => {
    const e = explainRisk(text);
    expect(e.risk).toBeNull();
    expect(e.spared.map((s) => s.by.split(':')[0])).toContain(sign);
  });

  it.each([
    'bóp cổ chân cho bà đỡ mỏi', 'mối đục chết hết mấy cái cột gỗ', 'ba kể chuyện đánh trận hồi đi bộ đội',
    'deadline is killing me lol', 'anh tặng em một cái áo đẹp lắm', 'cả bàn dô 100%, đập ly cái cốp', 'con bạn cứ bám theo em đòi mượn truyện',
    'mẹ đi làm ca đêm nên em ở nhà một mình', 'chồng em làm ca đêm',
  ])('does not flag the look-alike "%s"', (text) => {
    expect(detectRisk(text)).toBeNull();
  });

  it('still reads the same frames as danger when it is happening now or to the writer', () => {
    expect(detectRisk('ổng táng vô mặt em một cái, em té xuống chảy máu mũi')).toBe('danger');
    expect(detectRisk('dượng đêm nào cũng lẻn vô phòng con, con sợ lắm')).toBe('danger');
    expect(detectRisk('bạn em đang bị người yêu đánh ngay trước mặt em, cứu với')).toBe('danger');
    expect(detectRisk('nó mà biết em gọi tổng đài chắc nó giết em')).toBe('danger');
    expect(detectRisk('chồng em học võ, tối nào cũng đánh em')).toBe('danger');
    expect(detectRisk('ổng đổ xăng lên người em, đang cầm bật lửa')).toBe('danger');
  });

  it('reads a razor taken up again as self-harm, and a knife held to someone as danger', () => {
    expect(detectRisk('lại cầm dao lam rồi, không dừng được')).toBe('selfharm');
    expect(detectRisk('nó rút dao bấm ra dí vào bụng tôi')).toBe('danger');
  });
});
