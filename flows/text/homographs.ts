// Folding makes words collide: "tu tu" is tự tử (suicide) or từ từ (slowly), "dao" is dao (knife) or dạo/đạo/đào,
// "cuu" is cứu (help!) or cừu (sheep). Each occurrence is read in this order, and the first step that decides wins:
//   1. `fixed` neighbours that make it harmless however it is spelled ("đánh răng", "đâm đơn", "giết thời gian");
//   2. the writer's marks: a marked word is exactly what it says ("từ từ" is not "tự tử");
//   3. an unmarked word in a message that does use marks was meant unmarked ("dao" = knife);
//   4. neighbouring words (`context`, in order), then `fallback`.
// When in doubt the reading is risky: a false alarm costs a question, a missed one can cost a life.
// Occurrences read as harmless are masked so that no risk rule can match them.
import { accentKey, hasMarks } from './normalise.js';
import { type Lexicon, slotsSource, spaced, splitSlots } from './pattern.js';
import { RISK_LEXICON } from './risk-lexicon.js';
import type { Understanding } from './teencode.js';

export type Sense = 'risky' | 'harmless';

export interface Homograph {
  /** Folded spelling, one or two words. */
  word: string;
  /** Marked spellings that carry the risky sense. */
  risky: readonly string[];
  /** Context patterns ("@" stands for the word) that make it harmless whatever the spelling. */
  fixed?: readonly string[];
  /** For unmarked writing: context patterns tried in order. */
  context?: readonly (readonly [Sense, string])[];
  fallback: Sense;
}

const VICT = '$VICT';

export const HOMOGRAPHS: readonly Homograph[] = [
  {
    word: 'tu tu', risky: ['tự tử', 'tự tữ', 'tụ tử'], fallback: 'risky',
    context: [
      ['risky', 'muon|dinh|se|chac|tinh|nghi|thu|doa|vua|da|hay+la|tha|nen|muon+di|thoi+thi @'],
      ['harmless', 'cu|hay|cham|an|noi|lam|nhai|buoc|di|tu|tu+tu @'],
      ['harmless', '@ thoi|da|ma|nhe|nha|nhen|de|chut|tung|cham|suy+nghi|binh+tinh|ban|chi|anh|em|a'],
      ['harmless', '@ roi *'],
      ['harmless', '@ se+on|se+qua|se+tot|se+xong'],
    ],
  },
  {
    word: 'cuu', risky: ['cứu', 'cíu'], fallback: 'risky',
    fixed: [
      '@ tro|ho|van|tinh|nan|canh|hoa|net|mang|wifi|bai|bai+tap|deadline|diem|game|acc|tai+khoan|laptop|may+tinh|the+gioi|trai+dat|moi+truong|rung|sinh|the',
      'so|giai|doi|luc+luong|ky+nang|nhan+vien|phim @', 'xa|phuong|thon|lang dong @', // place names: xã Đông Cứu
    ],
    context: [
      ['risky', 'ai|xin|oi|giup|lam+on|hay|den @'],
      ['harmless', 'thit|long|con|dan|bay|dem|sua|nuoi|chan|hoi|ban+hoc|lop @'],
      ['harmless', '@ hoc+sinh|sinh+vien|chien+binh|giam+doc|nhan+vien|can+bo|bo+truong|thu+tuong|tong+thong|thanh+vien|giao+vien|non|den|trang|uoc|quan|mong'],
    ],
  },
  {
    word: 'dao', risky: ['dao'], fallback: 'risky',
    fixed: [
      'lanh|huong|chu|nhan|theo|hoa|qua|mau|vuon|dong @',
      '@ duc|tao|dien|luat|ly|phat|van|hieu|thien+chua|tin+lanh|hoa|mo',
      '@ got ... tao|le|cam|xoai|hoa+qua|trai+cay|cu|qua|vo', // a fruit knife at work
    ],
    context: [
      ['risky', '$WIELD @ vao|ke|sat|doa'],
      ['harmless', 'di|hoc|ban|tan|cuoc @'],
      ['harmless', '@ nay|choi|pho|quanh|mat|bien|vong|mot+vong|chut|cong+vien'],
    ],
  },
  {
    word: 'dam', risky: ['đâm', 'đấm'], fallback: 'harmless',
    fixed: ['@ don|ra|choi|cuoi|tang|ma|dong|chay|bao|phan|lay|sen|dang|bac|nhiem|nhan|thoai|luan'],
    context: [
      ['risky', '$SUBJ|bi|dang|doa|lai|hay|cu|con|vua|no|bi+no @'],
      ['harmless', 'khong|chua|ai|sao|nao|chang|deu|may|ba @'],
      ['harmless', '@ me|noi|lam|hoi|di|chac|nghi|ke|tin|thu|nhan|mo'],
      ['risky', `@ ${VICT}|vao|chet|thung|trung|lien`],
    ],
  },
  {
    word: 'danh', risky: ['đánh'], fallback: 'risky',
    fixed: [
      '@ rang|gia|bai|bac|may|van|thuc|so|cau+long|co+tuong|co+vua|co+caro|bong|dan|son|phan|mat|giay|chu|dien|cap|lua|trung|golf|tennis|bida|game|de|lieu|thue|tieng|sach|thiep|tinh|hieu|nghia|du|dong|doi|ca+cuoc|xi|tran|giac',
      'de|tranh @', '@ roi|rot|mat dien+thoai|vi|chia+khoa|tien|the|kinh|dong+ho|laptop|may|giay+to|cmnd|cai|chiec',
      // A story on screen or a question about the law, not something happening to the writer.
      'phim|truyen|boss|quai|game|co+canh ... @', '@ vo|con|nguoi|tre ... bi+phat|phat|pham+toi|la+toi|bi+xu|xu+ly|toi+gi|di+tu',
    ],
    context: [
      ['risky', '$SUBJ|bi|dang|doa|lai|hay|cu|duoi|suot|thuong|van|doi @'],
      ['harmless', '@ cho|thoi+gian|rieng|dum|tien|ba|roi|dau'],
    ],
  },
  {
    word: 'giet', risky: ['giết'], fallback: 'risky',
    fixed: ['@ thoi+gian|sau|muoi|kien|gian|chuot|con+trung|vi+khuan|virus|ga|vit|lon|heo|thit|ruoi|moi'],
  },
  { word: 'chem', risky: ['chém'], fallback: 'risky', fixed: ['@ gio|gia|chuoi'] },
  {
    word: 'hiep', risky: ['hiếp'], fallback: 'risky',
    fixed: ['@ si|hoi|dinh|uoc|dong|khach|phu|dau|nghia|luc|1|2|3|4|mot|hai'],
  },
  {
    word: 'nhot', risky: ['nhốt'], fallback: 'risky',
    fixed: [
      '@ ga|cho|meo|heo|lon|chim|vit|trau|cuu|ca|thu|de|ngan',
      '@ ngoai|trong|o thang+may', 'thang+may ... @',
      '@ con|may+con|bay ga|cho|meo|heo|lon|chim|vit|trau|cuu|ca|de|ngan|tho|chuot|thu+cung|cun',
    ],
    context: [['harmless', 'mun|qua|cai @']],
  },
  { word: 'dap', risky: ['đập', 'đạp'], fallback: 'risky', fixed: ['@ xe|an|ung|chan|le|tra|lai+loi|lua|thoc|dau+nanh|da|muoi|hop+song'] },
  {
    word: 'tat', risky: ['tát'], fallback: 'harmless',
    fixed: [
      '@ ca|nhien|nien|dien|den|may|nguon|mang|tivi|ti+vi|quat|bep|bat|wifi|thong+bao|tieng|lua|ngom|di|het|nga',
    ],
    context: [['risky', `@ ${VICT}|vao|yeu|tai|vai|lia|axit|xang`]],
  },
  {
    word: 'da', risky: ['đá'], fallback: 'harmless',
    context: [['risky', '@ vao|vo $BODY'], ['risky', `@ ${VICT}|thang+vao|lien`], ['risky', 'bi+no|no|han @']],
  },
  {
    word: 'treo co', risky: ['treo cổ'], fallback: 'risky',
    context: [['harmless', '@ to+quoc|do|len|ngay|tet|nha|dang|viet+nam|tren|hoa|khau+hieu']],
  },
  // "bộ đội" (a soldier) folds onto "bỏ đói" (starved).
  {
    word: 'bo doi', risky: ['bỏ đói'], fallback: 'risky',
    fixed: ['di|chu|anh|ong|cac|nguoi|cuu|linh @', '@ cu|xuat|bien+phong|phuc+vien|ve|tre|cu+ho|ke|nam|thoi'],
  },
  { word: 'bat coc', risky: ['bắt cóc'], fallback: 'risky', fixed: ['@ bo+dia|bat+nhai|bat+ech|bat+cua'] },
  // Regional and slang verbs of hitting that fold onto everyday words: counted where marked so or read so by context.
  {
    word: 'nen', risky: ['nện'], fallback: 'harmless',
    fixed: ['@ dat|mong|nen|trong|nhip|goi'],
    context: [['risky', 'bi|dang @'], ['risky', '@ cho $VICT? mot|may|1|tơi'], ['risky', '@ $VICT mot|may|1|tan|toi+boi|nhu']],
  },
  {
    word: 'thoi', risky: ['thoi'], fallback: 'harmless',
    context: [['risky', 'bi @'], ['risky', '@ vao|vo $BODY'], ['risky', '@ cho $VICT? mot|may|1']],
  },
  {
    word: 'quat', risky: ['quất'], fallback: 'harmless',
    context: [['risky', '$WEAPON @'], ['risky', '@ vao|vo|len $BODY|nguoi'], ['risky', 'bi @ ... roi|day|that+lung']],
  },
  {
    word: 'vut', risky: ['vụt'], fallback: 'harmless', fixed: ['@ qua|mat|di|len|bay|chay|tat'],
    context: [['risky', '$WEAPON @'], ['risky', '@ vao|vo|len $BODY|nguoi'], ['risky', 'bi @']],
  },
  {
    word: 'duc', risky: ['đục'], fallback: 'harmless', fixed: ['nuoc|dao|mat|dai|trong|cong|sau|moi|mot|chuot|kien|bo @', '@ khoet|lo|tuong|go|da+vao+tuong'],
    context: [['risky', 'bi @'], ['risky', '@ vao|vo $BODY'], ['risky', '@ cho $VICT? mot|may|1']],
  },
  {
    word: 'quanh', risky: ['quánh'], fallback: 'harmless',
    fixed: ['xung|loanh|vay|o|di @', '@ quan|co|day|nam|nha|day|xom|day+thoi|nhu|khu|ho|ban'],
    context: [['risky', '$SUBJ|bi|dang|hay|lai|doa @']],
  },
  {
    word: 'oanh', risky: ['oánh'], fallback: 'harmless',
    fixed: ['@ mot+chau|chau|mot+bua|bua|lau|bia|ruou|nhau|com|bun|pho|mi|vong|giac|mot+giac|tac|ten|dep|xinh'],
    context: [['risky', '$SUBJ|bi|dang|doa @ $VICT|cho']],
  },
  {
    word: 'bua', risky: ['búa'], fallback: 'risky',
    fixed: ['@ nay|nao|sang|trua|toi|chieu|an|com|qua|kia|truoc|sau|tiec|com+chieu|no|do|hom|nhau', 'moi|mot|hai|ba|ca|cac|nhung|nua @'],
  },
];

interface CompiledContext {
  sense: Sense;
  pattern: string;
  before: RegExp | null;
  after: RegExp | null;
}

function compileContext(sense: Sense, pattern: string, lexicon: Lexicon): CompiledContext {
  const slots = splitSlots(pattern);
  const at = slots.indexOf('@');
  if (at < 0) throw new Error(`homograph context without @: ${pattern}`);
  const before = slots.slice(0, at);
  const after = slots.slice(at + 1);
  return {
    sense,
    pattern,
    before: before.length ? new RegExp(`(?<= )${slotsSource(before, lexicon)}$`) : null,
    after: after.length ? new RegExp(`^ ${slotsSource(after, lexicon)}`) : null,
  };
}

interface CompiledHomograph {
  spec: Homograph;
  parts: string[];
  /** Risky marked spelling of each word position. */
  riskyByPosition: Set<string>[];
  fixed: CompiledContext[];
  context: CompiledContext[];
}

const COMPILED: readonly CompiledHomograph[] = HOMOGRAPHS.map((spec) => {
  const parts = spec.word.split(' ');
  return {
    spec,
    parts,
    riskyByPosition: parts.map((_, i) => new Set(spec.risky.map((r) => r.split(' ')[i] ?? ''))),
    fixed: (spec.fixed ?? []).map((p) => compileContext('harmless', p, RISK_LEXICON)),
    context: (spec.context ?? []).map(([sense, p]) => compileContext(sense, p, RISK_LEXICON)),
  };
});

function fits(c: CompiledContext, tokens: readonly string[], start: number, end: number): boolean {
  return (
    (!c.before || c.before.test(spaced(tokens.slice(0, start)))) &&
    (!c.after || c.after.test(spaced(tokens.slice(end))))
  );
}

/** How one occurrence of a homograph was read, for `explainRisk`. */
export interface Reading {
  word: string;
  /** Index in `Understanding.tokens`. */
  at: number;
  sense: Sense;
  /** The step that decided: 'fixed "@ rang"', 'spelled "từ từ"', 'context "muon @"', 'fallback'. */
  by: string;
}

function read(h: CompiledHomograph, u: Understanding, start: number): Omit<Reading, 'word' | 'at'> {
  const end = start + h.parts.length;
  for (const c of h.fixed) if (fits(c, u.tokens, start, end)) return { sense: 'harmless', by: `fixed "${c.pattern}"` };

  const span = u.words.slice(start, end);
  if (!span.some((w) => w.teencode)) {
    const written = span.map((w) => u.normalWords[w.at] ?? '');
    if (written.some(hasMarks)) {
      const risky = written.some((w, i) => hasMarks(w) && h.riskyByPosition[i]?.has(accentKey(w)));
      return { sense: risky ? 'risky' : 'harmless', by: `spelled "${written.join(' ')}"` };
    }
    if (u.hasDiacritics && h.spec.risky.includes(h.spec.word)) {
      return { sense: 'risky', by: `"${h.spec.word}" written without marks in a message that uses them` };
    }
  }
  for (const c of h.context) if (fits(c, u.tokens, start, end)) return { sense: c.sense, by: `context "${c.pattern}"` };
  return { sense: h.spec.fallback, by: 'fallback' };
}

/** Reads every homograph in the message; returns the tokens with harmless readings masked ("~dao"). */
export function readHomographs(u: Understanding): { tokens: string[]; readings: Reading[] } {
  const tokens = [...u.tokens];
  const readings: Reading[] = [];
  for (const h of COMPILED) {
    for (let i = 0; i + h.parts.length <= tokens.length; i++) {
      if (!h.parts.every((p, j) => tokens[i + j] === p)) continue;
      const r = read(h, u, i);
      readings.push({ word: h.spec.word, at: i, ...r });
      if (r.sense === 'harmless') for (let j = 0; j < h.parts.length; j++) tokens[i + j] = `~${tokens[i + j]}`;
    }
  }
  return { tokens, readings };
}
