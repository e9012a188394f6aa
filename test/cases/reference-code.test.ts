import { describe, expect, it } from 'vitest';
import { newReferenceCode, normaliseReference } from '../../src/cases/reference-code.js';

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
});
