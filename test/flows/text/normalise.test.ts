import { describe, expect, it } from 'vitest';
import { accentKey, fold, hasMarks, normalise, wordKey } from '../../../flows/text/index.js';

describe('normalise', () => {
  it('composes NFD input so it equals the NFC spelling', () => {
    expect(normalise('Cứu tôi'.normalize('NFD'))).toBe('cứu tôi');
    expect(normalise('cứu'.normalize('NFD'))).toBe(normalise('cứu'));
  });

  it('lowercases capitals, including Đ and marked capitals', () => {
    expect(normalise('CHỒNG TÔI ĐÁNH')).toBe('chồng tôi đánh');
  });

  it('collapses punctuation, emoji and whitespace runs into single spaces and trims', () => {
    expect(normalise('  Cứu!!!   tôi...với\n\t😭😭 ')).toBe('cứu tôi với');
    expect(normalise('tp.hcm')).toBe('tp hcm');
  });

  it('drops apostrophes so "don\'t" and "dont" read alike', () => {
    expect(normalise("don't")).toBe('dont');
    expect(normalise('he’s')).toBe('hes');
  });

  it('cuts letters repeated three or more times for emphasis down to two', () => {
    expect(normalise('cứuuuu emmmm')).toBe('cứuu emm');
  });

  it('keeps digits and returns an empty string for text with no letters', () => {
    expect(normalise('gọi 113')).toBe('gọi 113');
    expect(normalise(' !!! 😭 ')).toBe('');
  });
});

describe('fold', () => {
  it('strips marks after NFD, so ồ, ứ, ự, ử, ả, ị are not left behind (the lodash.deburr pitfall)', () => {
    expect(fold('Chồng tôi đánh')).toBe('chong toi danh');
    expect(fold('ồ ứ ự ử ả ị ạ ậ ẩ ọ ộ ợ ỹ')).toBe('o u u u a i a a a o o o y');
  });

  it('maps đ and Đ to d, which stripping marks alone does not', () => {
    expect(fold('Đường đi')).toBe('duong di');
  });

  it('folds every Vietnamese vowel under every tone to its base letter', () => {
    const bases: Record<string, string> = { a: 'aàáảãạ', ă: 'ằắẳẵặ', â: 'ầấẩẫậ', e: 'èéẻẽẹ', ê: 'ềếểễệ', i: 'ìíỉĩị', o: 'òóỏõọ', ô: 'ồốổỗộ', ơ: 'ờớởỡợ', u: 'ùúủũụ', ư: 'ừứửữự', y: 'ỳýỷỹỵ' };
    for (const [vowel, toned] of Object.entries(bases)) {
      const base = fold(vowel);
      expect(base).toMatch(/^[aeiouy]$/);
      for (const ch of toned) expect(fold(ch)).toBe(base);
      for (const ch of toned) expect(fold(ch.toUpperCase().normalize('NFD'))).toBe(base);
    }
  });

  it('cuts emphasis that only shows once the marks are gone ("cứuuuu" → "cuu")', () => {
    expect(fold('cứuuuu')).toBe('cuu');
    expect(fold('cuuuuu')).toBe('cuu');
  });
});

describe('matching keys', () => {
  it('wordKey collapses doubled letters but keeps the "uu" of cứu and the "oo" of xoong', () => {
    expect(wordKey('emm')).toBe('em');
    expect(wordKey('cuu')).toBe('cuu');
    expect(wordKey('xoong')).toBe('xoong');
    expect(wordKey('kill')).toBe('kil');
  });

  it('accentKey collapses repeats of a marked word ("cứuu" → "cứu") without touching "cừu"', () => {
    expect(accentKey('cứuu')).toBe('cứu');
    expect(accentKey('cừu')).toBe('cừu');
  });

  it('hasMarks is true for tone marks and for đ, false for plain letters', () => {
    expect(hasMarks('từ')).toBe(true);
    expect(hasMarks('đc')).toBe(true);
    expect(hasMarks('tu')).toBe(false);
  });
});
