// Comparing place names typed as free text: "P. Bà Rịa", "phuong ba ria" and "Bà Rịa" name the same ward.
// Folding is the text library's (flows/text): NFC → lowercase → punctuation to spaces → marks stripped, đ → d.
// Folding makes names collide (Văn Lăng / Văn Lang in one province), so a match on the accented form wins, and
// the folded form is the fallback for text typed without diacritics.
import { fold } from '../../flows/text/index.js';

export { fold };

// Leading words that name the kind of unit rather than the unit (compared folded, on whole words).
const COMMUNE_PREFIXES = ['dac khu', 'thi tran', 'thi xa', 'phuong', 'xa', 'tt', 'dk', 'p', 'x'];

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Drops a leading unit word ("xã", "phường", "p.") unless it is the whole name. */
function withoutPrefix(ws: string[], prefixes: readonly string[]): string[] {
  const folded = ws.map(fold);
  for (const prefix of prefixes) {
    const pw = prefix.split(' ');
    if (ws.length > pw.length && pw.every((w, i) => folded[i] === w)) return ws.slice(pw.length);
  }
  return ws;
}

/** A commune name without its unit word, accents kept: "P. Văn Lăng" → "văn lăng". */
export function communeKey(text: string): string {
  return withoutPrefix(words(text), COMMUNE_PREFIXES).join(' ');
}

/** A commune name without its unit word, folded: "P. Văn Lăng" → "van lang". */
export function foldCommune(text: string): string {
  return fold(communeKey(text));
}

/** The items whose commune is the typed one: same accented name if any has it, else same folded name. */
export function matchCommune<T>(items: readonly T[], communeOf: (item: T) => string | null | undefined, typed: string): T[] {
  const exact = communeKey(typed);
  const loose = fold(exact);
  if (!loose) return [];
  const named = items.filter((i) => communeOf(i));
  const accented = named.filter((i) => communeKey(communeOf(i)!) === exact);
  return accented.length ? accented : named.filter((i) => foldCommune(communeOf(i)!) === loose);
}
