import { describe, expect, it } from 'vitest';
import { understand } from '../../../flows/text/index.js';

const expand = (s: string): string => understand(s).expanded;

describe('teencode', () => {
  it.each([
    ['ck', 'chong'], ['vk', 'vo'], ['ox', 'ong xa'], ['ny', 'nguoi yeu'], ['bme', 'bo me'],
    ['ko', 'khong'], ['k', 'khong'], ['hk', 'khong'], ['kh', 'khong'], ['khg', 'khong'], ['khum', 'khong'],
    ['hong', 'khong'], ['hok', 'khong'], ['hông', 'khong'], ['khong', 'khong'],
    ['dc', 'duoc'], ['đc', 'duoc'], ['j', 'gi'], ['t', 'toi'], ['tui', 'toi'], ['m', 'may'], ['e', 'em'], ['a', 'anh'],
    ['r', 'roi'], ['vs', 'voi'], ['wa', 'qua'], ['cx', 'cung'], ['bt', 'biet'], ['bjt', 'biet'], ['ns', 'noi'],
    ['z', 'vay'], ['s', 'sao'], ['ntn', 'nhu the nao'], ['mn', 'moi nguoi'], ['mng', 'moi nguoi'],
    ['sdt', 'so dien thoai'], ['sđt', 'so dien thoai'], ['dt', 'dien thoai'], ['đt', 'dien thoai'],
    ['cíu', 'cuu'], ['ciu', 'cuu'], ['mún', 'muon'], ['dg', 'dang'],
  ])('expands "%s" to "%s"', (short, full) => {
    expect(expand(short)).toBe(full);
  });

  it('expands word by word inside a sentence: "ck t danh t" → "chong toi danh toi"', () => {
    expect(expand('ck t danh t')).toBe('chong toi danh toi');
    expect(expand('e ko bt j z')).toBe('em khong biet gi vay');
  });

  it('reads "dt" alone as điện thoại and "sdt" as số điện thoại', () => {
    expect(expand('cho e xin sdt')).toBe('cho em xin so dien thoai');
    expect(expand('ck giu dt cua e')).toBe('chong giu dien thoai cua em');
  });

  it('leaves marked words alone: "hồng" is pink, not "không"', () => {
    expect(expand('hoa hồng')).toBe('hoa hong');
    expect(understand('hoa hồng').tokens).toEqual(['hoa', 'hong']);
  });

  it('does not expand one-letter words in English ("a knife" stays "a knife")', () => {
    expect(expand('he has a knife')).toBe('he has a knife');
    expect(understand('he has a knife').english).toBe(true);
  });

  it('collapses emphasis before looking words up ("emmm" → "em", "ckkk" → "chong")', () => {
    expect(expand('cuuuu emmm')).toBe('cuu em');
    expect(expand('ckkk')).toBe('chong');
  });
});

describe('understand', () => {
  it('returns raw, normal (marked), folded, expanded and tokens for one text', () => {
    const u = understand('Ck  tôi ĐÁNH t!!');
    expect(u.raw).toBe('Ck  tôi ĐÁNH t!!');
    expect(u.normal).toBe('ck tôi đánh t');
    expect(u.folded).toBe('ck toi danh t');
    expect(u.expanded).toBe('chong toi danh toi');
    expect(u.tokens).toEqual(['chong', 'toi', 'danh', 'toi']);
    expect(u.hasDiacritics).toBe(true);
  });

  it('links every expanded word to the written word it came from', () => {
    const u = understand('ny đánh e');
    expect(u.words.map((w) => [w.text, u.normalWords[w.at], w.teencode])).toEqual([
      ['nguoi', 'ny', true], ['yeu', 'ny', true], ['danh', 'đánh', false], ['em', 'e', true],
    ]);
  });

  it('returns empty forms for empty text', () => {
    expect(understand('   ')).toMatchObject({ normal: '', folded: '', expanded: '', tokens: [] });
  });
});
