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
  /**
   * Words one of which must be in the message for the pattern to match (the first words of its first required
   * slot), or null when no such word is known. Only a shortcut: the regex still decides. It keeps a long message
   * fast, since most of the hundreds of patterns are then skipped without scanning the text.
   */
  needs: ReadonlySet<string> | null;
}

/** The first words of a required slot's alternatives, or null when a slot can match anything (prefix, masked). */
function slotFirstWords(slot: string, lexicon: Lexicon): Set<string> | null {
  const words = new Set<string>();
  for (const alt of slot.split('|')) {
    const items = alt.startsWith('$') ? (Object.hasOwn(lexicon, alt.slice(1)) ? lexicon[alt.slice(1)] : undefined) : [alt];
    if (!items) return null;
    for (const item of items) {
      const first = item.split(/[+ ]/)[0] ?? '';
      if (first === '' || first.startsWith('~') || first.endsWith('*')) return null;
      words.add(key(first));
    }
  }
  return words;
}

function neededWords(slots: readonly string[], lexicon: Lexicon): Set<string> | null {
  for (const [i, slot] of slots.entries()) {
    if (slot === '...' || slot === '^' || slot === '$' || slot.endsWith('?') || (slot.startsWith('!') && i > 0)) continue;
    if (slot.startsWith('!')) continue;
    return slotFirstWords(slot, lexicon);
  }
  return null;
}

/** Compiles a whole-message pattern; a match must start at a word boundary. */
export function compilePattern(pattern: string, lexicon: Lexicon): CompiledPattern {
  const slots = splitSlots(pattern);
  return { source: pattern, regex: new RegExp('(?<= )' + slotsSource(slots, lexicon)), needs: neededWords(slots, lexicon) };
}

/** A message prepared once for many patterns: its spaced text and the set of its words (masked ones also bare). */
export interface PreparedWords {
  text: string;
  words: ReadonlySet<string>;
}

export function prepareWords(words: readonly string[]): PreparedWords {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w);
    if (w.startsWith('~')) set.add(w.slice(1));
  }
  return { text: spaced(words), words: set };
}

/** The words a compiled pattern matched in `words` (a word list, or one prepared by `prepareWords`), or null. */
export function findPattern(p: CompiledPattern, words: readonly string[] | PreparedWords): string | null {
  const prepared = Array.isArray(words) ? prepareWords(words) : (words as PreparedWords);
  if (p.needs !== null && ![...p.needs].some((w) => prepared.words.has(w))) return null;
  const m = p.regex.exec(prepared.text);
  return m ? m[0].trim() : null;
}
