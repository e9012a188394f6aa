// Held-out measurement of the risk rules on risk-corpus.json, written before the rules were tuned.
// Targets (brief): ≥ 95 % of danger + self-harm messages get the right family; ≤ 15 % of harmless look-alikes get
// any result. The figures are printed so a change to the rules shows its cost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../../flows/text/index.js';

interface Line { text: string; label: 'danger' | 'selfharm' | 'harmless'; group?: 'lookalike' | 'ordinary' }

const corpus = (JSON.parse(readFileSync(new URL('./risk-corpus.json', import.meta.url), 'utf8')) as { messages: Line[] }).messages;
const risky = corpus.filter((l) => l.label !== 'harmless');
const lookalikes = corpus.filter((l) => l.group === 'lookalike');
const ordinary = corpus.filter((l) => l.group === 'ordinary');
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;

describe('risk corpus', () => {
  it('holds at least 150 labelled messages, every harmless one in a group', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const l of corpus) expect(['danger', 'selfharm', 'harmless']).toContain(l.label);
    for (const l of corpus.filter((x) => x.label === 'harmless')) expect(['lookalike', 'ordinary']).toContain(l.group);
  });

  it('gives the right family to ≥ 95 % of danger and self-harm messages and flags ≤ 15 % of look-alikes', () => {
    const missed = risky.filter((l) => detectRisk(l.text) !== l.label);
    const byFamily = (label: string): string => {
      const all = risky.filter((l) => l.label === label);
      return `${all.length - missed.filter((l) => l.label === label).length}/${all.length}`;
    };
    const falseLookalikes = lookalikes.filter((l) => detectRisk(l.text) !== null);
    const falseOrdinary = ordinary.filter((l) => detectRisk(l.text) !== null);
    const recall = (risky.length - missed.length) / risky.length;
    const fpRate = falseLookalikes.length / lookalikes.length;
    console.log(
      `risk corpus: recall ${risky.length - missed.length}/${risky.length} = ${pct(risky.length - missed.length, risky.length)}`
        + ` (danger ${byFamily('danger')}, selfharm ${byFamily('selfharm')});`
        + ` look-alikes flagged ${falseLookalikes.length}/${lookalikes.length} = ${pct(falseLookalikes.length, lookalikes.length)};`
        + ` ordinary flagged ${falseOrdinary.length}/${ordinary.length}`,
    );
    for (const l of missed) console.log(`  missed (${l.label}): ${l.text} → ${detectRisk(l.text)}`);
    for (const l of falseLookalikes) console.log(`  false alarm: ${l.text} → ${detectRisk(l.text)}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(fpRate).toBeLessThanOrEqual(0.15);
  });
});
