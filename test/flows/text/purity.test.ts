// flows/text must stay pure: the machines call it inside a transition, and the bench runs it on corpora.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../flows/text/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('flows/text purity', () => {
  it.each(files)('%s imports only its siblings and ../contract.js', (file) => {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    const imports = [...source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const target of imports) expect(target).toMatch(/^(\.\/[a-z-]+\.js|\.\.\/contract\.js)$/);
  });

  it.each(files)('%s reads no clock, randomness, environment or network', (file) => {
    // The risk model's weights are words people wrote ("process", "fetch" may be among them one day), not code.
    const source = readFileSync(new URL(file, DIR), 'utf8').replace(/^ {2}weights: ".*",$/m, '');
    expect(source).not.toMatch(/\b(Date|Math\.random|process|fetch|require|globalThis|setTimeout)\b/);
  });
});
