// Everything that reads what a person typed compares normalised or folded text, never raw input.
// Input can arrive in NFC or NFD, with or without tone marks, in capitals, with emoji and with letters repeated
// for emphasis ("cứuuuu"), so the two forms below absorb those differences in one place.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const STRAY_MARKS = /(^|\s)\p{M}+/gu;
/** No Vietnamese or English word writes a letter three times, so a run of 3+ is emphasis. */
const EMPHASIS = /(\p{L})\1{2,}/gu;

/**
 * NFC, lowercase, punctuation and whitespace collapsed to single spaces, trimmed; runs of 3+ identical letters
 * cut to 2 ("emmm" → "emm"). Apostrophes are dropped rather than spaced so "don't" and "dont" read the same.
 */
export function normalise(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .replace(STRAY_MARKS, '$1')
    .replace(EMPHASIS, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strips tone and vowel marks from text that is already normalised. đ is a letter of its own, not d + a mark. */
export function stripMarks(normal: string): string {
  return normal.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(EMPHASIS, '$1$1');
}

/** `normalise`, then the marks removed: "Chồng tôi ĐÁNH" → "chong toi danh". */
export function fold(s: string): string {
  return stripMarks(normalise(s));
}

/** True when a word carries a tone or vowel mark, or đ: the writer chose its exact spelling. */
export function hasMarks(word: string): boolean {
  return /[\u0300-\u036f]|đ/.test(word.normalize('NFD'));
}

/**
 * Matching key of one folded word: doubled letters collapse ("emm" → "em", "kill" → "kil") except "uu" and "oo",
 * which Vietnamese spells (cứu → "cuu", xoong). Apply it to both sides of any comparison.
 */
export function wordKey(foldedWord: string): string {
  return foldedWord.replace(/([a-z])\1+/g, (_run, ch: string) => (ch === 'u' || ch === 'o' ? ch + ch : ch));
}

/**
 * Matching key of one accented word, for telling homographs apart: repeated letters collapse ("cứuu" → "cứu"),
 * because Vietnamese never doubles a letter except "oo".
 */
export function accentKey(normalWord: string): string {
  return normalWord.replace(/(\p{L})\1+/gu, (run, ch: string) => (ch === 'o' ? run.slice(0, 2) : ch));
}
