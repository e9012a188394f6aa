// Behaviour of detectRisk / explainRisk, family by family. These phrases are the *tuning list*: they were used
// while writing the rules. The held-out measurement is risk-corpus.test.ts; do not copy corpus lines here.
import { describe, expect, it } from 'vitest';
import { detectRisk, explainRisk } from '../../../flows/text/index.js';

const DANGER: Record<string, readonly string[]> = {
  'cries for help (cứu, help, SOS)': [
    'cứu', 'cuu', 'CUU TOI', 'cứu mẹ với', 'cuu chi voi', 'cuu tao', 'cứuuuuu emmmm', 'ai do cuu e voi',
    'làm ơn cứu con tôi', 'cứu với mọi người ơi', 'cíu vớiii', `${'cứu'.normalize('NFD')} tôi`, 'help', 'help me',
    'SOS!!!', 'please help me he is coming',
  ],
  'hitting, kicking, stabbing (đánh, đấm, đâm, tát, đá, đạp)': [
    'ck đánh t', 'ck t danh t', 'chồng đánh em', 'ox danh e', 'bo e dang danh me e', 'nó đang đánh con tôi',
    'ba dượng đánh em', 'em bị chồng đánh', 'e bi ck danh', 'đang đánh', 'nó đấm em', 'no dam e', 'thằng đó đâm em',
    'đâm', 'chém', 'bị đâm', 'bi dam', 'nó tát em', 'bị tát', 'nó đá em', 'chồng đạp vào bụng em', 'ck dap vao bung e',
    'ck danh dap e', 'em bị bạo hành', 'nó xông vào đánh em', 'dang bi danh', 'hic ck e lai danh e roi', 'ny danh e',
    'vk danh t', 'nó đập đầu em vào tường', 'ck day e xuong cau thang', 'nó túm tóc em', 'he is hitting me',
    'my husband hits me', 'he punched me', 'he hit my son', 'my father is beating my mother',
    'he pushed me down the stairs', 'she stabbed me',
  ],
  'weapons (dao, súng, axit, xăng)': [
    'ck cam dao', 'chồng cầm dao', 'no cam dao dung truoc cua', 'ck cam con dao', 'nó dí dao vào cổ', 'han co sung',
    'anh ay cam keo doa', 'knife', 'hes got a gun', 'he is outside with a knife', 'nó tạt axit', 'no doa tat axit e',
    'nó đòi đốt nhà',
  ],
  'killing and threats to kill (giết, dọa giết)': [
    'giết', 'no doa giet', 'dọa giết', 'nó bảo sẽ giết cả nhà', 'hắn đòi giết em', 'chồng dọa đánh chết',
    'mày muốn chết à', 'm muon chet a', 'going to kill me', 'he threatened to kill me',
  ],
  'strangling (bóp cổ, siết cổ)': ['bóp cổ', 'siết cổ', 'nó bóp cổ em', 'ck xiet co e', 'he choked me'],
  'sexual violence (hiếp, cưỡng hiếp, ép quan hệ)': [
    'hiếp', 'cưỡng hiếp', 'em bị hiếp dâm', 'bi hiep', 'nó ép em ngủ với nó', 'bị xâm hại',
    'ông ta sờ soạng rồi ép em quan hệ', 'no ep em phai quan he', 'ck bắt e quan hệ', 'rape', 'he raped my daughter',
    'he is raping me',
  ],
  'confinement and kidnapping (nhốt, bắt cóc)': ['nhốt', 'bị nhốt', 'ck nhot e', 'bắt cóc', 'bat coc', 'locked me in'],
  'being chased, hiding, fear of return (đang đuổi, trốn, sợ lắm nó về)': [
    'đang đuổi', 'nó đang đuổi theo em', 'em đang trốn trong nhà vệ sinh', 'e dang tron', 'sợ lắm nó về',
    'em sợ anh ta quay lại', 'im scared he will come back', 'someone is following me',
  ],
  'danger and police (nguy hiểm, khẩn cấp, gọi công an)': [
    'nguy hiểm', 'tình huống khẩn cấp', 'goi cong an giup em', 'báo công an', 'call police', 'i am in danger',
  ],
};

const SELFHARM: Record<string, readonly string[]> = {
  'suicide (tự tử, tự sát), "tu tu" read by context': [
    'tự tử', 'muốn tự tử', 'muon tu tu', 'dinh tu tu', 'tu tu di', 'tự tử thôi', 'em nghĩ đến chuyện tự tử',
    'nghi den tu tu', 'e da tu tu 1 lan', 'em muon tu sat', 'tu tu', 'suicide', 'i feel suicidal', 'kill myself',
    'im going to kill myself',
  ],
  'wanting to die (muốn chết)': [
    'muốn chết', 'e mún chết', 'mun chet', 'chỉ muốn chết thôi', 'thà chết còn hơn', 'tha chet con hon', 'want to die',
  ],
  'not wanting to live (không muốn sống, chán sống)': [
    'không muốn sống', 't ko muốn sống nữa', 'không thiết sống', 'e k con muon song nua', 'em chán sống',
  ],
  'sleeping pills and poison (uống thuốc ngủ)': ['uống thuốc ngủ', 'em vừa uống cả vỉ thuốc', 'e nuot het lo thuoc'],
  'cutting (cắt tay)': ['cắt tay', 'cutting myself'],
  'jumping and hanging (nhảy cầu, treo cổ)': ['nhảy cầu', 'muốn nhảy sông', 'tôi đang đứng trên sân thượng', 'muon treo co'],
  'ending one\'s life (kết thúc cuộc đời)': ['kết thúc cuộc đời', 'end my life', 'i want to end it all'],
};

/** Words that fold onto a risk word, and everyday intake answers. */
const HARMLESS: readonly string[] = [
  'từ từ', 'từ từ đã', 'tu tu da', 'cứ từ từ', 'tu tu nhe', 'an tu tu thoi', 'tu tu r tinh', 'moi chuyen tu tu se on thoi',
  'dạo này', 'dao nay', 'di dao', 'đi dạo', 'hoc dao', 'cai dao nay dep', 'lãnh đạo', 'đạo đức', 'dao duc', 'hoa đào',
  'đào tạo', 'ban dao',
  'cuu hoc sinh', 'thit cuu', 'con cừu', 'dem cuu', 'cựu chiến binh', 'cuu van hon nhan', 'cứu vãn hôn nhân', 'cứu trợ',
  'đám cưới', 'dam cuoi', 'đám đông', 'đảm bảo', 'em dam bao', 'dam me', 'đam mê', 'em không dám', 'em không dám về nhà',
  'e k dam ve nha',
  'chet cuoi', 'chết cười', 'cười chết mất',
  'danh rang', 'danh gia', 'đánh răng rửa mặt', 'bọn trẻ đánh cầu lông', 'em đánh rơi điện thoại', 'mẹ em để dành tiền',
  'me e de danh tien', 'danh sach', 'danh ba', 'đánh giá chất lượng', 'đánh máy chậm', 'bố đánh cờ tướng',
  'mẹ đánh thức em', 'thích đánh đàn', 'ck e hay danh bai', 'ck e danh bac',
  'giết thời gian', 'kill time', 'chém gió', 'em tắt điện thoại', 'tat dien thoai', 'tất cả', 'tat ca', 'tat nhien',
  'đá bóng', 'da bong', 'đạp xe', 'dap xe di hoc', 'mụn nhọt', 'quả nhót', 'nhot ga', 'hiệp sĩ', 'hiep hoi phu nu',
  'hội liên hiệp phụ nữ', 'treo cờ tổ quốc', 'treo co to quoc', 'bat coc bo dia',
  'em không muốn sống với chồng nữa', 'ko muon song chung voi ck nua', 'em muon ket thuc cuoc song hon nhan',
  'ket thuc hon nhan', 'uong thuoc dau dau', 'cat toc', 'nhay mua', 'song o dau', 'duoi 18 tuoi', 'em ở dưới quê',
  'help center', 'cảm ơn đã giúp', 'tôi muốn biết quyền lợi khi ly hôn', 'em muốn hỏi về lệnh cấm tiếp xúc',
  'so dien thoai', 'cho e xin sdt', 'e muon tu van', 'tư vấn tâm lý', 'bat ky moi quan he nao', 'mối quan hệ độc hại',
  'em bị chồng bỏ', 'vợ chồng cãi nhau', 'chong toi ngoai tinh', 'nó chửi em suốt', 'ck ko dua tien', 'em sợ lắm',
  'em sợ bị lộ', 'dam bao an toan cho e ko', 'em sống với mẹ chồng', 'my husband controls my money',
  'how do i get a protection order', 'i am safe now', 'ok', '1', 'co', 'bo qua', 'menu', 'Hà Nội', 'binh duong', '', '   ',
];

describe.each(Object.entries(DANGER))('danger: %s', (_family, phrases) => {
  it.each([...phrases])('flags "%s" as danger', (text) => {
    expect(detectRisk(text)).toBe('danger');
  });
});

describe.each(Object.entries(SELFHARM))('self-harm: %s', (_family, phrases) => {
  it.each([...phrases])('flags "%s" as self-harm', (text) => {
    expect(detectRisk(text)).toBe('selfharm');
  });
});

describe('harmless look-alikes and everyday answers', () => {
  it.each([...HARMLESS])('does not flag "%s"', (text) => {
    expect(detectRisk(text)).toBeNull();
  });
});

describe('precedence', () => {
  it.each(['ck danh e e muon tu tu', 'chồng đánh em, em muốn chết', 'he beats me and i want to die'])(
    'answers self-harm when "%s" matches both families',
    (text) => {
      expect(detectRisk(text)).toBe('selfharm');
    },
  );

  it('reads "mày muốn chết à" (an abuser\'s threat) as danger, not self-harm', () => {
    expect(explainRisk('mày muốn chết à')).toMatchObject({ risk: 'danger', rule: 'danger.threat-to-kill' });
  });
});

describe('homographs', () => {
  it('matches the marked form first: "từ từ" is harmless and "tự tử" is self-harm in the same sentence shape', () => {
    expect(detectRisk('em muốn từ từ')).toBeNull();
    expect(detectRisk('em muốn tự tử')).toBe('selfharm');
  });

  it('reads unmarked "tu tu" from its neighbours: "muon tu tu" is self-harm, "tu tu thoi" is not', () => {
    expect(explainRisk('muon tu tu').readings).toEqual([{ word: 'tu tu', at: 1, sense: 'risky', by: expect.stringMatching(/^context "muon\|/) }]);
    expect(explainRisk('tu tu thoi').readings[0]).toMatchObject({ sense: 'harmless' });
  });

  it('reads an unmarked word in a marked message as written: "cầm dao" in "nó cầm dao" is a knife', () => {
    expect(explainRisk('nó cầm dao').readings).toContainEqual(expect.objectContaining({ word: 'dao', sense: 'risky' }));
    expect(detectRisk('nó cầm dao')).toBe('danger');
  });

  it('tells "cứu" from "cừu" by its marks and "cuu" from context', () => {
    expect(detectRisk('cừu')).toBeNull();
    expect(detectRisk('cứu')).toBe('danger');
    expect(detectRisk('thit cuu')).toBeNull();
    expect(detectRisk('cuu con voi')).toBe('danger');
  });

  it('prefers a false alarm when nothing decides: bare "cuu" and bare "tu tu" are flagged', () => {
    expect(explainRisk('cuu').readings[0]).toMatchObject({ sense: 'risky', by: 'fallback' });
    expect(detectRisk('tu tu')).toBe('selfharm');
  });

  it('still flags "bố đánh cờ" (chess): a known false alarm, because cờ and cô fold alike', () => {
    expect(detectRisk('bố đánh cờ')).toBe('danger');
  });
});

describe('explainRisk', () => {
  it('names the rule, its reason, the pattern and the words that matched', () => {
    expect(explainRisk('ck cam dao')).toMatchObject({
      risk: 'danger', rule: 'danger.weapon', pattern: '$WIELD ... $WEAPON', matched: 'cam dao', expanded: 'chong cam dao',
    });
    expect(explainRisk('ck cam dao').why).toMatch(/weapon/);
  });

  it('shows why a look-alike was let through ("đánh răng" is a fixed harmless collocation)', () => {
    const e = explainRisk('bé đang đánh răng');
    expect(e.risk).toBeNull();
    expect(e.rule).toBeNull();
    expect(e.readings).toEqual([{ word: 'danh', at: 2, sense: 'harmless', by: expect.stringMatching(/^fixed "@ rang\|/) }]);
  });

  it('gives the same answer for the same text every time, and for NFC and NFD input', () => {
    const text = 'Chồng tôi đang cầm dao';
    expect(explainRisk(text)).toEqual(explainRisk(text));
    expect(explainRisk(text.normalize('NFD')).rule).toBe(explainRisk(text).rule);
  });
});

describe('cue families (rules that combine cues rather than remember phrases)', () => {
  it.each([
    ['em tuyệt vọng lắm, cảm ơn mọi người vì tất cả', 'selfharm.burden-goodbye'],
    ['bế tắc quá, thuốc ngủ em để sẵn rồi', 'selfharm.cue-families'],
    ['bố đang say, con sợ quá', 'danger.fear-now'],
    ['ông hàng xóm bắt cháu 6 tuổi xem phim người lớn', 'danger.child-sexual-cues'],
  ])('"%s" → %s', (text, rule) => {
    expect(explainRisk(text).rule).toBe(rule);
  });

  it('does not read fear alone, or a goodbye alone, as a risk', () => {
    expect(detectRisk('phim ma này sợ quá')).toBeNull();
    expect(detectRisk('tạm biệt mọi người, mai gặp lại')).toBeNull();
  });
});

describe('speed', () => {
  it('reads a 4 000-character message in under 50 ms', () => {
    const words = 'tôi mệt quá hôm nay đi làm về muộn chồng không nói gì con ngủ rồi mai lại đi chợ sớm'.split(' ');
    let text = '';
    for (let i = 0; text.length < 4000; i++) text += `${words[(i * 7) % words.length]} `;
    // The fastest of a few runs, once compiled, so that a machine busy with other tests does not decide.
    for (const t of [text, 'a '.repeat(2000), 'toi em minh '.repeat(340)]) {
      let best = Infinity;
      for (let run = 0; run < 4; run++) {
        const start = performance.now();
        detectRisk(t);
        best = Math.min(best, performance.now() - start);
      }
      expect(best).toBeLessThan(50);
    }
  });
});
