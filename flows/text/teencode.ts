// Teencode and chat abbreviations, expanded word by word after folding, so rules are written once in plain
// folded Vietnamese ("chong toi danh toi") and still read "ck t danh t". Source of the common forms:
// CJaclyn/vietnamesewords wordsData.js (see shared notes, domain.md §5); the rest are from the brief and need a
// counsellor's review.
// The tables are Maps, never plain objects: a plain object would "find" Object.prototype names, so a message
// containing "constructor" or "__proto__" would expand to a function and break understanding.
import { accentKey, hasMarks, normalise, stripMarks, wordKey } from './normalise.js';

const table = (entries: Record<string, string>): ReadonlyMap<string, string> => new Map(Object.entries(entries));

/** Applied to words typed without tone marks (đ is allowed: "đc", "sđt"). Keys are `wordKey`s. */
const ABBREVIATIONS = table({
  ko: 'khong', kh: 'khong', khg: 'khong', kg: 'khong', kog: 'khong', khog: 'khong', hk: 'khong', hok: 'khong',
  hong: 'khong', khum: 'khong', hem: 'khong',
  dc: 'duoc', dk: 'duoc', dx: 'duoc',
  ck: 'chong', chg: 'chong', ckong: 'chong', vk: 'vo', ox: 'ong xa', bx: 'ba xa', ny: 'nguoi yeu', bme: 'bo me',
  tui: 'toi', cj: 'chi', ae: 'anh em', ng: 'nguoi', ngta: 'nguoi ta', mn: 'moi nguoi', mng: 'moi nguoi',
  sdt: 'so dien thoai', dt: 'dien thoai', dthoai: 'dien thoai',
  vs: 'voi', wa: 'qua', cx: 'cung', cg: 'cung', bt: 'biet', bjt: 'biet', bik: 'biet', kb: 'khong biet',
  ns: 'noi', dz: 'vay', ntn: 'nhu the nao', thui: 'thoi', hoy: 'thoi', thoy: 'thoi', oy: 'roi', rui: 'roi',
  iu: 'yeu', mun: 'muon', dg: 'dang', dag: 'dang', bh: 'bay gio', bgio: 'bay gio', bjo: 'bay gio', lm: 'lam',
  ch3t: 'chet', chjt: 'chet', ms: 'moi', mk: 'minh', mik: 'minh', nx: 'nua', trc: 'truoc', hnay: 'hom nay', ciu: 'cuu',
});

/** One-letter forms. English uses these letters as words ("a knife"), so they are skipped in English messages. */
const LETTERS = table({
  k: 'khong', j: 'gi', t: 'toi', m: 'may', e: 'em', a: 'anh', c: 'chi', r: 'roi', z: 'vay', s: 'sao',
});

/** Teencode typed with marks, keyed by `accentKey` of the normalised word. */
const MARKED = table({
  'hông': 'khong', 'hổng': 'khong', 'kô': 'khong', 'mún': 'muon', 'cíu': 'cuu', 'kíu': 'cuu', 'bít': 'biet',
  'rùi': 'roi', 'zậy': 'vay', 'dzậy': 'vay',
  // Central negation ("tui nỏ muốn"): only with its mark, since unmarked "no" is nó or English.
  'nỏ': 'khong',
});

/** Words that, typed without marks, only English uses. Deliberately leaves out me, my, the, im, it, can, that. */
const ENGLISH_CUES = new Set(
  'i is am are was were he she you your his her him they them we our with have has had and of want wanna going gonna will wil please pls help someone somebody police husband boyfriend dont wont cant just what how who why when where myself now right'
    .split(' ')
    .map(wordKey),
);

/** One word after expansion; `at` indexes the normalised word it came from. */
export interface Word {
  text: string;
  at: number;
  teencode: boolean;
}

export interface Understanding {
  raw: string;
  /** NFC, lowercase, single spaces: keeps the writer's marks. */
  normal: string;
  /** `normal` without marks. */
  folded: string;
  /** Folded, emphasis collapsed (`wordKey`), teencode expanded: the form rules are written against. */
  expanded: string;
  /** `expanded` split into words. */
  tokens: string[];
  /** `tokens` with the normalised word each came from, so a rule can look at the original spelling. */
  words: Word[];
  /** The words of `normal`, aligned with `words[i].at`. */
  normalWords: string[];
  /** Some word carries a mark: the writer types with diacritics, so unmarked words were meant unmarked. */
  hasDiacritics: boolean;
  /** Reads as English, so one-letter teencode was not applied. */
  english: boolean;
}

function looksEnglish(keys: string[], hasDiacritics: boolean): boolean {
  if (hasDiacritics || keys.length === 0) return false;
  const cues = keys.filter((k) => ENGLISH_CUES.has(k)).length;
  return cues > 0 && cues / keys.length >= 0.4;
}

/** Expansion of one word, or undefined when it is not an abbreviation. */
export function expandWord(normalWord: string, english = false): string | undefined {
  if (hasMarks(normalWord.replace(/đ/g, 'd'))) return MARKED.get(accentKey(normalWord));
  const key = wordKey(stripMarks(normalWord));
  return ABBREVIATIONS.get(key) ?? (english ? undefined : LETTERS.get(key));
}

/** Every form of the text that matching needs, computed once. */
export function understand(raw: string): Understanding {
  const normal = normalise(raw);
  const normalWords = normal === '' ? [] : normal.split(' ');
  const folded = normalWords.map(stripMarks);
  const keys = folded.map(wordKey);
  const hasDiacritics = normalWords.some(hasMarks);
  const english = looksEnglish(keys, hasDiacritics);
  const words: Word[] = [];
  normalWords.forEach((w, at) => {
    const expansion = expandWord(w, english);
    if (expansion === undefined) words.push({ text: keys[at] ?? '', at, teencode: false });
    else for (const text of expansion.split(' ')) words.push({ text, at, teencode: true });
  });
  const tokens = words.map((w) => w.text);
  return {
    raw, normal, folded: folded.join(' '), expanded: tokens.join(' '), tokens, words, normalWords, hasDiacritics, english,
  };
}
