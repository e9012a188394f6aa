// The language fallback reads only strings: a platform's language field is data from outside and may be anything.
import { describe, expect, it } from 'vitest';
import { langOf } from '../../src/core/i18n.js';

describe('langOf', () => {
  it('reads en and en-US as English and anything else, strings or not, as Vietnamese', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf(' en-US ')).toBe('en');
    expect(langOf('vi')).toBe('vi');
    for (const odd of [null, undefined, 0, {}, [], { trim: 1 }, 'fr', '']) expect(langOf(odd)).toBe('vi');
  });
});
