import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../../flows/text/index.js';
import { unglue } from '../../../flows/text/unglue.js';

describe('unglue', () => {
  it.each([
    ['nó vừadộng đầu em vô tường', 'nó vừa dộng đầu em vô tường'],
    ['e bidanh', 'e bi danh'],
    ['goi congan giup e', 'goi cong an giup e'],
  ])('splits the glued words of "%s"', (text, split) => {
    expect(unglue(text)).toBe(split);
  });

  it.each(['chồng tôi đánh bida', 'tắt tivi đi', 'choáng quá', 'nguyễn văn a', 'my husband is hitting me', 'nghiêng người'])(
    'leaves "%s" as it is (one syllable per word, known loanwords, English)', (text) => {
      expect(unglue(text)).toBe(text.toLowerCase());
    },
  );

  it('reads a danger or a self-harm message the same with one space missing', () => {
    expect(detectRisk('chồng đánhem nhập viện, hắn ngồi ngoài hành lang')).toBe('danger');
    expect(detectRisk('em khôngmuốn sống nữa')).toBe('selfharm');
    expect(detectRisk('bị nhốttrong kho sau nhà')).toBe('danger');
  });
});
