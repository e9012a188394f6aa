// A small pattern language for word sequences, so rules read like the phrases they catch and stay explainable.
// Patterns are matched against `Understanding.tokens` joined by spaces (folded, teencode expanded).
//
//   slot      words separated by spaces must follow one another: "bop co"
//   a|b       alternatives in one slot: "bop|siet co"
//   a+b       a multi-word alternative: "nguoi+yeu"
//   pre*      any word starting with "pre": "strangl*"
//   $NAME     an alternative list defined in the lexicon: "$SUBJ ... danh"
//   slot?     the slot may be absent: "khong con? muon song"
//   ...       up to GAP arbitrary words
//   !a|b      first slot: not preceded by a|b; last slot: not followed by a|b
//   ^  $      start / end of the message
//   ~word     the word, even where homographs.ts read it as harmless and masked it ("vi+~tat+ca")
// Every word is folded and keyed (`wordKey`) when compiled, so patterns may be written with marks or doubled letters.
import { fold, wordKey } from './normalise.js';

/** Named word lists. Build one with `defineLexicon()` (a null-prototype object); lookups check own keys only anyway. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** A lexicon without a prototype, so no list can be named "constructor" or "__proto__" by accident. */
export function defineLexicon(lists: Record<string, readonly string[]>): Lexicon {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, readonly string[]>, lists));
}

const GAP = 3;

function key(word: string): string {
  return wordKey(fold(word));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for the alternatives of one slot, each alternative followed by a space. */
function alternatives(slot: string, lexicon: Lexicon): string {
  const alts = slot.split('|').flatMap((alt) => {
    if (alt.includes('+$')) throw new Error(`pattern: a $list cannot be part of a+b: ${slot}`);
    if (!alt.startsWith('$')) return [alt];
    const name = alt.slice(1);
    const list = Object.hasOwn(lexicon, name) ? lexicon[name] : undefined;
    if (!list) throw new Error(`pattern: unknown list ${alt}`);
    return list.map((item) => item.replace(/ /g, '+'));
  });
  const sources = alts.map((alt) =>
    alt
      .split('+')
      .map((w) => {
        // "~tat" also matches a "tat" that the homograph reader masked as harmless ("tất cả" in "kết thúc tất cả").
        const masked = w.startsWith('~') ? '~?' : '';
        const word = masked ? w.slice(1) : w;
        return masked + (word.endsWith('*') ? `${escape(key(word.slice(0, -1)))}\\S*` : escape(key(word)));
      })
      .join(' '),
  );
  // Longest first, so "nguoi yeu" is tried before "nguoi".
  sources.sort((a, b) => b.length - a.length);
  return `(?:${sources.join('|')}) `;
}

/** Regex source for a run of slots; the text it runs on is " w1 w2 … wn " (a space before and after every word). */
export function slotsSource(slots: readonly string[], lexicon: Lexicon): string {
  let source = '';
  slots.forEach((slot, i) => {
    if (slot === '...') source += `(?:\\S+ ){0,${GAP}}`;
    else if (slot === '^') source += '(?<=^ )';
    else if (slot === '$') source += '$';
    else if (slot.startsWith('!') && i === 0) source += `(?<! ${alternatives(slot.slice(1), lexicon)})`;
    else if (slot.startsWith('!')) source += `(?!${alternatives(slot.slice(1), lexicon)})`;
    else if (slot.endsWith('?')) source += `(?:${alternatives(slot.slice(0, -1), lexicon)})?`;
    else source += alternatives(slot, lexicon);
  });
  return source;
}

export function splitSlots(pattern: string): string[] {
  return pattern.trim().split(/\s+/);
}

/** The text form patterns run on. */
export function spaced(words: readonly string[]): string {
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}

export interface CompiledPattern {
  source: string;
  regex: RegExp;
}

/** Compiles a whole-message pattern; a match must start at a word boundary. */
export function compilePattern(pattern: string, lexicon: Lexicon): CompiledPattern {
  return { source: pattern, regex: new RegExp('(?<= )' + slotsSource(splitSlots(pattern), lexicon)) };
}

/** The words a compiled pattern matched in `words`, or null. */
export function findPattern(p: CompiledPattern, words: readonly string[]): string | null {
  const m = p.regex.exec(spaced(words));
  return m ? m[0].trim() : null;
}
