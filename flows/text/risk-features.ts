// What the risk model (risk-model.ts) sees of a message: the words the rules read (folded, teencode expanded,
// homographs read, harmless readings marked "~"), as single words, pairs of neighbours, pairs one word apart, and the
// names of the risk lexicon's word lists a word belongs to ("[HIT]"), alone and with their neighbours. The trainer
// (scripts/train-risk-model.ts) and the bot share this one function, so a weight always means the same feature.
import { RISK_LEXICON } from './risk-lexicon.js';

/** Lexicon entries by their first word: the list name and the entry's words. */
const ENTRIES: ReadonlyMap<string, readonly { list: string; words: readonly string[] }[]> = (() => {
  const byFirst = new Map<string, { list: string; words: readonly string[] }[]>();
  for (const list of Object.keys(RISK_LEXICON)) {
    for (const entry of RISK_LEXICON[list] ?? []) {
      const words = entry.split(' ');
      const first = words[0] ?? '';
      byFirst.set(first, [...(byFirst.get(first) ?? []), { list, words }]);
    }
  }
  return byFirst;
})();

/** The lexicon lists that start at each position. */
function listsAt(tokens: readonly string[]): string[][] {
  return tokens.map((first, i) => {
    const lists = new Set<string>();
    for (const e of ENTRIES.get(first) ?? []) {
      if (e.words.every((w, j) => tokens[i + j] === w)) lists.add(`[${e.list}]`);
    }
    return [...lists];
  });
}

/** The distinct features of a message's tokens (`readHomographs(...).tokens`). A pair is "a b", a gapped pair "a … b". */
export function riskFeatures(tokens: readonly string[]): string[] {
  const features = new Set<string>();
  const lists = listsAt(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] ?? '';
    const next = tokens[i + 1];
    features.add(word);
    if (next !== undefined) features.add(`${word} ${next}`);
    const after = tokens[i + 2];
    if (after !== undefined) features.add(`${word} … ${after}`);
    const here = lists[i] ?? [];
    const there = lists[i + 1] ?? [];
    for (const list of here) {
      features.add(list);
      if (next !== undefined) features.add(`${list} ${next}`);
      for (const other of there) features.add(`${list} ${other}`);
    }
    for (const other of there) features.add(`${word} ${other}`);
  }
  return [...features];
}
