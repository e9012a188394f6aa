// Reads a typed answer as one of the options on screen, so a person never has to tap a button: "2", "số 2", "hai",
// "có", "ừ", "ko", the label with or without marks, its start, or a word only one label has. When two options fit
// equally, the answer is null and the flow asks again: a wrong guess is worse than a repeated question.
import { fold, normalise, stripMarks, wordKey } from './normalise.js';
import { expandWord } from './teencode.js';

export interface ChoiceOption {
  id: string;
  /** Labels in every language shown; the option's number is its 1-based position in the list. */
  labels: readonly string[];
}

/** A set from comma-separated phrases, so the lists below read as written. */
function phrases(list: string): ReadonlySet<string> {
  return new Set(list.split(',').map((p) => p.trim()));
}

/** Politeness and address words that may trail or lead a short answer ("có ạ", "dạ không", "2 nhé"). */
const TRAILING = phrases(
  'a, ah, nhe, nha, nhen, ne, di, luon, oi, chi, anh, em, ban, ad, admin, please, pls, plz, thanks',
);
const LEADING = phrases(
  'da, vang, uhm, um, thi',
);
/** Words that introduce a number: "số 2", "chọn 2", "câu 2", "option 2". */
const NUMBER_PREFIX = phrases(
  'so, chon, lua, phuong, an, option, cau, muc, dap, number, no, y, em, toi',
);
/** A Map, so "constructor" or "__proto__" typed as an answer is not read as a number. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, 'thu nhat': 1, 'thu hai': 2, 'thu ba': 3, 'thu tu': 4, 'thu nam': 5, 'dau tien': 1,
}));
const YES = phrases(
  'co, yes, y, u, uh, uhm, um, uk, ok, oke, okie, okay, oki, dong y, vang, da, duoc, yep, yeah, ya, ' +
  'sure, chac chan, dung, dung roi, phai, co chu, co roi',
);
const NO = phrases(
  'khong, k, no, nope, nah, n, chua, khong can, thoi, khong dau, sai, khong phai, khong co, chua co',
);
/** Words too common to pick out an option on their own. */
const STOPWORDS = phrases(
  'toi, em, la, cua, va, hoac, thi, cho, minh, chon, muon, a, i, the, my, is, to, of',
);

const keyOf = (normalWord: string): string => wordKey(stripMarks(normalWord));

/** A short answer reduced to its words: folded, emphasis collapsed, politeness trimmed, teencode expanded. */
export function answerWords(text: string): string[] {
  const normal = normalise(text);
  if (normal === '') return [];
  const words = normal.split(' ');
  while (words.length > 1 && TRAILING.has(keyOf(words[words.length - 1] ?? ''))) words.pop();
  while (words.length > 1 && LEADING.has(keyOf(words[0] ?? ''))) words.shift();
  return words.flatMap((w) => (expandWord(w) ?? keyOf(w)).split(' '));
}

/** A label or answer as matching keys, without teencode (labels are written in full). */
function keys(text: string): string[] {
  const f = fold(text);
  return f === '' ? [] : f.split(' ').map(wordKey);
}

function within(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

/** The one id in `ids`, or null when there are none or several (undefined = this step does not decide). */
function decide(ids: readonly string[]): string | null | undefined {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return undefined;
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

function byNumber(words: readonly string[], options: readonly ChoiceOption[], allowWords: boolean): string | undefined {
  const rest = [...words];
  while (rest.length > 1 && NUMBER_PREFIX.has(rest[0] ?? '')) rest.shift();
  const phrase = rest.join(' ');
  const n = /^\d+$/.test(phrase) ? Number(phrase) : allowWords ? NUMBER_WORDS.get(phrase) : undefined;
  return n === undefined ? undefined : options[n - 1]?.id;
}

export function matchChoice(text: string, options: readonly ChoiceOption[]): string | null {
  const answer = answerWords(text);
  if (answer.length === 0 || options.length === 0) return null;
  const typed = keys(text);
  const forms = [typed, answer];
  const labelled = options.map((o) => ({ id: o.id, labels: o.labels.map((l) => ({ normal: normalise(l), keys: keys(l) })) }));

  // 1. A number: "2", "2.", "số 2", "chọn 2 ạ".
  const digit = byNumber(answer, options, false);
  if (digit !== undefined) return digit;

  // 2. A whole label, first exactly as written (marks decide "cô" from "có"), then folded.
  const normal = normalise(text);
  const exact = decide(labelled.filter((o) => o.labels.some((l) => l.normal === normal)).map((o) => o.id));
  if (exact !== undefined) return exact;
  const folded = decide(
    labelled.filter((o) => o.labels.some((l) => forms.some((f) => f.join(' ') === l.keys.join(' ')))).map((o) => o.id),
  );
  if (folded !== undefined) return folded;

  // 3. Yes and no, when the options are a yes/no pair.
  const phrase = answer.join(' ');
  const ids = new Set(options.map((o) => o.id));
  if (ids.has('yes') && YES.has(phrase)) return 'yes';
  if (ids.has('no') && NO.has(phrase)) return 'no';

  // 4. A number word: "hai", "two", "thứ nhất".
  const spelled = byNumber(answer, options, true);
  if (spelled !== undefined) return spelled;

  // 5. A label inside a longer answer ("em chọn Hà Nội"); the longest wins when it contains the others.
  const inside = labelled.flatMap((o) =>
    o.labels.filter((l) => forms.some((f) => within(f, l.keys))).map((l) => ({ id: o.id, label: l.keys.join(' ') })),
  );
  if (inside.length > 0) {
    const longest = inside.reduce((a, b) => (b.label.length > a.label.length ? b : a));
    const others = inside.filter((m) => m.id !== longest.id);
    return others.every((m) => longest.label.includes(m.label)) ? longest.id : null;
  }

  // 6. The start of exactly one label ("ha no" → "Hà Nội"), at least two letters; several go on to step 7.
  const start = typed.join(' ');
  if (start.replace(/ /g, '').length >= 2) {
    const prefixed = decide(
      labelled.filter((o) => o.labels.some((l) => l.keys.join(' ').startsWith(start) || l.keys.join('').startsWith(start))).map((o) => o.id),
    );
    if (prefixed) return prefixed;
  }

  // 7. Words of the answer that a label contains ("bố" → "Bố mẹ"). When several labels contain them, the label
  // they cover best wins ("chồng" → "Chồng / vợ" rather than "Chồng cũ / vợ cũ"); a tie stays unanswered.
  for (const f of forms) {
    const words = f.filter((w) => !STOPWORDS.has(w));
    if (words.length === 0) continue;
    const scored = labelled
      .map((o) => ({
        id: o.id,
        cover: Math.max(0, ...o.labels.filter((l) => words.every((w) => l.keys.includes(w))).map((l) => words.length / l.keys.length)),
      }))
      .filter((o) => o.cover > 0);
    if (scored.length === 0) continue;
    const best = Math.max(...scored.map((o) => o.cover));
    const owner = decide(scored.filter((o) => o.cover === best).map((o) => o.id));
    // "ha" is a whole word of "Hà Nội" but could be the start of "Hải Phòng": unanswered.
    const startsOther = labelled.some(
      (o) => o.id !== owner && o.labels.some((l) => l.keys.some((k) => words.some((w) => k !== w && k.startsWith(w)))),
    );
    if (owner !== undefined) return startsOther ? null : owner;
  }
  return null;
}

function isOneOf(phrases: ReadonlySet<string>, text: string): boolean {
  return phrases.has(answerWords(text).join(' '));
}

const BACK = phrases(
  'quay lai, lai, back, go back, tro lai, quay ve, tro ve, lui, lui lai, 0, previous, prev, cau truoc, ' +
  'quay lai cau truoc, tro lai cau truoc, quay lai buoc truoc, buoc truoc',
);
const SKIP = phrases(
  'bo qua, skip, pass, khong muon noi, khong muon tra loi, khong tra loi, bo cau nay, thoi bo qua, ' +
  'bo qua cau nay, prefer not to say, rather not say, skip this',
);
const MENU = phrases(
  'menu, ve menu, tro ve menu, quay ve menu, quay lai menu, tro lai menu, main menu, menu chinh, ' +
  'trang chu, ve trang chu, trang chinh, home, mo menu, xem menu, back to menu',
);

/** "quay lại", "lại", "trở lại", "back", "0": go back one question. */
export function isBackWord(text: string): boolean {
  return isOneOf(BACK, text);
}

/** "bỏ qua", "skip", "ko muốn nói": leave this question unanswered. */
export function isSkipWord(text: string): boolean {
  return isOneOf(SKIP, text);
}

/** "menu", "về menu", "trở về menu": leave the flow for the main menu. */
export function isMenuWord(text: string): boolean {
  return isOneOf(MENU, text);
}
