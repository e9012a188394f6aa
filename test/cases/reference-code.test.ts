import { describe, expect, it } from 'vitest';
import { firstReference, newReferenceCode, normaliseReference } from '../../src/cases/reference-code.js';

describe('case reference codes', () => {
  it('are short and avoid look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(newReferenceCode()).toMatch(/^TC-[ACDEFHJKMNPRTUVWXY34679]{6}$/);
  });

  it('are understood as people type them', () => {
    expect(normaliseReference('tc-7k3m9p')).toBe('TC-7K3M9P');
    expect(normaliseReference(' TC 7K3M9P ')).toBe('TC-7K3M9P');
    expect(normaliseReference('7k3m9p')).toBe('TC-7K3M9P');
    expect(normaliseReference('hello')).toBeNull();
  });

  it('are found in a desk message as the bot writes them: the first one, whole, from the code alphabet', () => {
    expect(firstReference('👤 TC-HJDDF9: em nói mã cũ là TC-AAAAAA')).toBe('TC-HJDDF9');
    expect(firstReference('<b>🔴 NGUY HIỂM NGAY — Ca TC-7K3M9P</b>')).toBe('TC-7K3M9P');
    expect(firstReference('TC-7K3M9PX is not one, nor TC-7K3M9')).toBeNull();
    expect(firstReference('TC-ABCDEF')).toBeNull(); // B is not in the alphabet: nobody was given this code
    expect(firstReference('tc-7k3m9p')).toBeNull(); // the bot writes codes in capitals; people's spellings are not trusted here
    expect(firstReference('')).toBeNull();
  });
});
