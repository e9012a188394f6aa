// Measurement of the risk rules on the labelled corpora, as a test with the targets.
// - risk-corpus.json: written before the first rules were tuned (targets of that round: recall ≥ 95 %, ≤ 15 % of
//   look-alikes flagged).
// - risk-dev.json: the development set of issue 8, written by someone who never saw the rules; tuned on.
// - risk-additions.json: the lexicon helper's own new phrasings and look-alikes; tuned on.
// Targets (issue 8): ≥ 95 % of danger + self-harm messages get the right family; ≤ 10 % of harmless messages get any.
// The held-out set is scored by `npm run bench:risk`, not here: a test would invite tuning on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../../flows/text/index.js';
import { TRAINING } from '../../../scripts/risk-model-corpora.js';

type Label = 'danger' | 'selfharm' | 'concern' | 'harmless';
interface Line { text: string; label: Label; group?: string }

const load = (file: string): Line[] =>
  (JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as { messages: Line[] }).messages;
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;

function measure(corpus: Line[]) {
  const risky = corpus.filter((l) => l.label === 'danger' || l.label === 'selfharm');
  const missed = risky.filter((l) => detectRisk(l.text) !== l.label);
  const harmless = corpus.filter((l) => l.label === 'harmless');
  const lookalikes = harmless.filter((l) => /^look-?alike/.test(l.group ?? ''));
  const flagged = (ls: Line[]) => ls.filter((l) => detectRisk(l.text) !== null);
  return {
    risky, missed, harmless, lookalikes,
    recall: (risky.length - missed.length) / risky.length,
    falseAlarms: flagged(harmless).length / harmless.length,
    falseLookalikes: flagged(lookalikes),
  };
}

function report(name: string, m: ReturnType<typeof measure>): void {
  console.log(
    `${name}: recall ${m.risky.length - m.missed.length}/${m.risky.length} = ${pct(m.risky.length - m.missed.length, m.risky.length)};`
      + ` harmless flagged ${pct(m.falseAlarms * m.harmless.length, m.harmless.length)};`
      + ` look-alikes flagged ${m.falseLookalikes.length}/${m.lookalikes.length}`,
  );
  for (const l of m.missed) console.log(`  missed (${l.label}/${l.group ?? '-'}): ${l.text} → ${detectRisk(l.text)}`);
  for (const l of m.falseLookalikes) console.log(`  false alarm (${l.group}): ${l.text} → ${detectRisk(l.text)}`);
}

describe('risk corpus (written before the first rules)', () => {
  const corpus = load('risk-corpus.json');

  it('holds at least 150 labelled messages, every harmless one in a group', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const l of corpus) expect(['danger', 'selfharm', 'harmless']).toContain(l.label);
    for (const l of corpus.filter((x) => x.label === 'harmless')) expect(['lookalike', 'ordinary']).toContain(l.group);
  });

  it('gives the right family to ≥ 95 % of danger and self-harm messages and flags ≤ 15 % of look-alikes', () => {
    const m = measure(corpus);
    report('risk corpus', m);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.falseLookalikes.length / m.lookalikes.length).toBeLessThanOrEqual(0.15);
  });
});

// Tuned on too: risk-dev3/risk-dev4 (the lexicon rounds' own phrasings), risk-heldout (held-out set #2) and
// risk-heldout3 (held-out set #3), each scored once untouched before its misses were read (README).
// Since the model (flows/text/risk-model.ts), also the writers' sets risk-train-* it is trained on (TRAINING): in-sample,
// so a guard against regressions, not a measure (that is `npm run risk:train -- --cross-validate` and the held-out sets).
describe.each([
  'risk-dev.json', 'risk-additions.json', 'risk-dev3.json', 'risk-dev4.json', 'risk-heldout.json', 'risk-heldout3.json',
  ...TRAINING.filter((file) => file.startsWith('risk-train-')),
])('%s (issue 8)', (file) => {
  const corpus = load(file);

  it('is labelled danger, selfharm, concern or harmless, each message with a group', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    for (const l of corpus) {
      expect(['danger', 'selfharm', 'concern', 'harmless']).toContain(l.label);
      expect(typeof l.group).toBe('string');
    }
  });

  it('gives the right family to ≥ 95 % of danger and self-harm messages and flags ≤ 10 % of harmless ones', () => {
    const m = measure(corpus);
    report(file, m);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.falseAlarms).toBeLessThanOrEqual(0.1);
  });
});

// risk-dev2.json: the first held-out set (57.4 % recall untouched), now a second development set. Its even-indexed
// messages were tuned on and its odd-indexed ones only scored, as the estimate of held-out recall (see the README).
// Later rounds tuned on all of it (97.5 % reached).
describe('risk-dev2.json (the first held-out set, now tuned on by halves)', () => {
  const corpus = load('risk-dev2.json');
  const tuned = corpus.filter((_, i) => i % 2 === 0);

  it('gives the right family to ≥ 95 % of danger and self-harm messages and flags ≤ 10 % of harmless ones', () => {
    const m = measure(corpus);
    report('risk-dev2.json', m);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.falseAlarms).toBeLessThanOrEqual(0.1);
  });

  it('gives the right family to ≥ 95 % of the tuned half and flags ≤ 10 % of its harmless messages', () => {
    const m = measure(tuned);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.falseAlarms).toBeLessThanOrEqual(0.1);
  });
});
