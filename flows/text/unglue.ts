// Words typed without the space between them ("vừađộng", "bidanh", "congan") are split before the risk rules read
// them, so a missing space does not hide a danger. A glued token is split only when it is not one Vietnamese
// syllable and every part is one, preferring the split whose parts the rules know; English and numbers are left alone.
import { HOMOGRAPHS } from './homographs.js';
import { normalise, stripMarks, wordKey } from './normalise.js';
import { RISK_LEXICON } from './risk-lexicon.js';
import { RISK_RULES } from './risk-rules.js';

/** One folded Vietnamese syllable: onset, one to three vowels, coda. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Every word the rules and word lists name, as matching keys. */
const KNOWN: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const addAll = (text: string): void => {
    for (const raw of text.split(/[\s|+]+/)) {
      const w = raw.replace(/^[!~]+/, '').replace(/[?*]+$/, '');
      if (w === '' || w === '...' || w === '^' || w === '$') continue;
      if (w.startsWith('$')) continue;
      words.add(wordKey(w));
    }
  };
  for (const list of Object.values(RISK_LEXICON)) for (const item of list) addAll(item);
  for (const rule of RISK_RULES) {
    for (const p of [...rule.patterns, ...(rule.with ?? []), ...(rule.unless ?? []).flatMap((u) => [...u.signs, ...(u.butNot ?? [])])]) addAll(p);
  }
  // The words that settle a homograph ("đánh bida", "tắt tivi") are known too, so they are never split.
  for (const h of HOMOGRAPHS) for (const p of [...(h.fixed ?? []), ...(h.context ?? []).map(([, c]) => c)]) addAll(p.replace(/@/g, ''));
  // Loanwords typed as one word.
  for (const w of ['bida', 'tivi', 'video', 'radio', 'karaoke', 'taxi', 'pizza', 'mama', 'papa', 'cafe', 'ok', 'oke', 'hihi', 'haha', 'hehe', 'huhu', 'kaka', 'hoho']) words.add(w);
  return words;
})();

const isSyllable = (s: string): boolean => SYLLABLE.test(s);

/** Split points of a folded token into 2 or 3 syllables; [] when it is one syllable, a known word, or no split fits. */
function splitPoints(folded: string): number[] {
  if (folded.length < 4 || folded.length > 18 || isSyllable(folded) || KNOWN.has(wordKey(folded)) || !/^[a-z]+$/.test(folded)) return [];
  let best: { cuts: number[]; score: number } | null = null;
  const consider = (cuts: number[]): void => {
    const parts = cuts.map((c, i) => folded.slice(i === 0 ? 0 : cuts[i - 1], c)).concat(folded.slice(cuts[cuts.length - 1]));
    if (!parts.every((p) => p.length >= 2 && isSyllable(p))) return;
    const score = parts.filter((p) => KNOWN.has(wordKey(p))).length;
    if (score < parts.length - (parts.length > 2 ? 1 : 0) || score === 0) return;
    // Fewer parts first, then more parts the rules know, then the longest first syllable ("danh em", not "dan hem").
    const better = !best || cuts.length < best.cuts.length ||
      (cuts.length === best.cuts.length && (score > best.score || (score === best.score && (cuts[0] ?? 0) > (best.cuts[0] ?? 0))));
    if (better) best = { cuts, score };
  };
  for (let i = 2; i <= folded.length - 2; i++) {
    consider([i]);
    for (let j = i + 2; j <= folded.length - 2; j++) consider([i, j]);
  }
  return best === null ? [] : (best as { cuts: number[] }).cuts;
}

/** The text, normalised, with glued words split at the points found on their folded form (same length). */
export function unglue(text: string): string {
  const normal = normalise(text);
  if (normal === '') return normal;
  return normal
    .split(' ')
    .map((word) => {
      const folded = stripMarks(word);
      if (folded.length !== word.length) return word;
      const cuts = splitPoints(folded);
      if (cuts.length === 0) return word;
      return cuts.map((c, i) => word.slice(i === 0 ? 0 : cuts[i - 1], c)).concat(word.slice(cuts[cuts.length - 1])).join(' ');
    })
    .join(' ');
}
