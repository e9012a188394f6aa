import { describe, expect, it } from 'vitest';
import { splitAtSentences } from '../../../src/channels/zalo-common/split-text.js';

describe('splitting long Zalo texts', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitAtSentences('Một câu. Hai câu.')).toEqual(['Một câu. Hai câu.']);
  });

  it('cuts at the last sentence end before the limit, never inside a sentence', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Câu ${i + 1} có một số điện thoại 18008080 ở giữa.`).join(' ');
    const parts = splitAtSentences(text, 400);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(400);
      expect(p).toMatch(/^Câu \d+ .*giữa\.$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('falls back to a space, then a hard cut, when there is no sentence end', () => {
    const words = 'chữ '.repeat(200).trim();
    for (const p of splitAtSentences(words, 100)) expect(p.length).toBeLessThanOrEqual(100);
    const solid = 'x'.repeat(250);
    expect(splitAtSentences(solid, 100)).toEqual(['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(50)]);
  });
});
