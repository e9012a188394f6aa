// Which labelled corpora train the risk model and which are held out, and the digest that ties the shipped weights
// (flows/text/risk-model-weights.ts) to them and to the code that reads features: a test fails when either changes
// and the model was not retrained.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const CORPUS_DIR = new URL('../test/flows/text/', import.meta.url);

/**
 * Never trained on, never read by whoever tunes: scored once by `npm run bench:risk`. A training message whose text
 * equals one of theirs (a short "cứu em" written by two people) is left out of training.
 */
export const HELD_OUT = ['risk-heldout4.json', 'risk-heldout5.json', 'risk-heldout6.json', 'risk-heldout7.json'] as const;

/** Every other corpus: the rule rounds' development sets and the writers' training sets (README of flows/text). */
export const TRAINING = [
  'risk-corpus.json', 'risk-additions.json', 'risk-dev.json', 'risk-dev2.json', 'risk-dev3.json', 'risk-dev4.json',
  'risk-heldout.json', 'risk-heldout3.json', 'risk-answers.json',
  'risk-train-a.json', 'risk-train-b.json', 'risk-train-c.json', 'risk-train-d.json', 'risk-train-e.json',
  'risk-train-f.json', 'risk-train-g.json', 'risk-train-h.json', 'risk-train-i.json', 'risk-train-j.json',
  'risk-train-k.json', 'risk-train-l.json', 'risk-train-m.json', 'risk-train-n.json',
] as const;

/** How the model is trained; part of the digest, so changing a setting also asks for a retrain. */
/** `prune`: a feature whose weights are all smaller than this is left out of the shipped file (its size). */
export interface Settings { epochs: number; step: number; l2: number; minCount: number; decimals: number; prune: number }
export const SETTINGS: Readonly<Settings> = { epochs: 150, step: 0.1, l2: 1e-4, minCount: 2, decimals: 3, prune: 0.05 };

export type Label = 'danger' | 'selfharm' | 'concern' | 'harmless';
export interface CorpusLine { text: string; label: Label; group?: string }

export function readCorpus(file: string): CorpusLine[] {
  return (JSON.parse(readFileSync(new URL(file, CORPUS_DIR), 'utf8')) as { messages: CorpusLine[] }).messages;
}

/** The code that turns a message into the model's features: a change to any of them changes what a weight means. */
const FEATURE_SOURCES = [
  'risk.ts', 'risk-features.ts', 'risk-lexicon.ts', 'homographs.ts', 'teencode.ts', 'normalise.ts', 'unglue.ts', 'risk-rules.ts',
].map((file) => new URL(`../flows/text/${file}`, import.meta.url));

/** sha256 of the settings, every training and held-out file, and the feature code, in order. */
export function corpusDigest(files: readonly string[] = [...TRAINING, ...HELD_OUT]): string {
  const hash = createHash('sha256').update(JSON.stringify(SETTINGS));
  for (const file of files) hash.update(file).update(readFileSync(new URL(file, CORPUS_DIR)));
  for (const source of FEATURE_SOURCES) hash.update(source.pathname.split('/').pop() ?? '').update(readFileSync(source));
  return hash.digest('hex');
}
