import { describe, expect, it } from 'vitest';
import { isBackWord, isMenuWord, isSkipWord, matchChoice } from '../../../flows/text/index.js';

const yesNo = [{ id: 'yes', labels: ['Có', 'Yes'] }, { id: 'no', labels: ['Không', 'No'] }];
const relation = [
  { id: 'spouse', labels: ['Chồng / vợ', 'Husband / wife'] },
  { id: 'partner', labels: ['Người yêu', 'Boyfriend / girlfriend'] },
  { id: 'ex', labels: ['Chồng cũ / vợ cũ', 'Ex-partner'] },
  { id: 'parent', labels: ['Bố mẹ', 'Parent'] },
  { id: 'other', labels: ['Người khác', 'Someone else'] },
];
const places = [{ id: 'hn', labels: ['Hà Nội'] }, { id: 'hp', labels: ['Hải Phòng'] }, { id: 'hcm', labels: ['TP Hồ Chí Minh'] }];
const safety = [{ id: 'safe', labels: ['Tôi đang an toàn', 'I am safe'] }, { id: 'unsafe', labels: ['Tôi đang gặp nguy hiểm', 'I am in danger'] }];

describe('matchChoice by number', () => {
  it.each([
    ['1', 'yes'], ['1.', 'yes'], ['2', 'no'], ['so 2', 'no'], ['số 2', 'no'], ['chọn 2 ạ', 'no'], ['#1', 'yes'],
    ['em chon so 3 a', 'ex'],
  ])('reads "%s" as option %s', (text, id) => {
    expect(matchChoice(text, text.includes('3') ? relation : yesNo)).toBe(id);
  });

  it.each([['mot', 'spouse'], ['một', 'spouse'], ['one', 'spouse'], ['hai', 'partner'], ['năm', 'other'], ['nam', 'other'], ['thứ nhất', 'spouse']])(
    'reads the number word "%s" as option %s',
    (text, id) => {
      expect(matchChoice(text, relation)).toBe(id);
    },
  );

  it('returns null for a number outside the list', () => {
    expect(matchChoice('3', yesNo)).toBeNull();
    expect(matchChoice('0', yesNo)).toBeNull();
  });
});

describe('matchChoice yes / no', () => {
  it.each(['co', 'có', 'Có ạ', 'yes', 'ừ', 'uh', 'ok', 'oke', 'vâng', 'dạ', 'đồng ý', 'YESSS'])('reads "%s" as yes', (text) => {
    expect(matchChoice(text, yesNo)).toBe('yes');
  });

  it.each(['ko', 'khong', 'không', 'no', 'k', 'kh', 'hong', 'dạ không', 'chưa', 'khum'])('reads "%s" as no', (text) => {
    expect(matchChoice(text, yesNo)).toBe('no');
  });

  it('does not answer yes or no when the options are not a yes/no pair', () => {
    expect(matchChoice('ok', relation)).toBeNull();
  });

  it('returns null for an answer that names both ("có lẽ không")', () => {
    expect(matchChoice('có lẽ không', yesNo)).toBeNull();
  });
});

describe('matchChoice by label', () => {
  it.each([
    ['Hà Nội', 'hn'], ['ha noi', 'hn'], ['HA NOI', 'hn'], ['hai phong', 'hp'], ['ho chi minh', 'hcm'], ['em o ha noi', 'hn'],
    ['ha no', 'hn'], ['hai p', 'hp'],
  ])('matches "%s" to %s with or without marks, in a sentence or by its start', (text, id) => {
    expect(matchChoice(text, places)).toBe(id);
  });

  it.each([
    ['vợ', 'spouse'], ['chong', 'spouse'], ['ck', 'spouse'], ['chồng cũ', 'ex'], ['ny', 'partner'], ['nguoi yeu', 'partner'],
    ['bố mẹ', 'parent'], ['bme', 'parent'], ['husband', 'spouse'], ['ex', 'ex'], ['someone else', 'other'],
  ])('matches "%s" to %s by a distinctive word, teencode included', (text, id) => {
    expect(matchChoice(text, relation)).toBe(id);
  });

  it('matches either language ("I am safe", "nguy hiem")', () => {
    expect(matchChoice('I am safe', safety)).toBe('safe');
    expect(matchChoice('nguy hiem', safety)).toBe('unsafe');
  });

  it.each([['ha', places], ['nguoi', relation], ['toi dang', safety], ['xyz', places], ['', places]] as const)(
    'returns null for the ambiguous or unknown answer "%s"',
    (text, options) => {
      expect(matchChoice(text, options)).toBeNull();
    },
  );

  it('tells "cô" from "có" by marks when both are labels', () => {
    const options = [{ id: 'aunt', labels: ['Cô'] }, { id: 'yes', labels: ['Có'] }];
    expect(matchChoice('cô', options)).toBe('aunt');
    expect(matchChoice('có', options)).toBe('yes');
  });
});

describe('navigation words', () => {
  it.each(['quay lại', 'quay lai', 'lai', 'lại', 'back', 'trở lại', 'tro lai', '0', 'quay lại đi'])('"%s" is a back word', (text) => {
    expect(isBackWord(text)).toBe(true);
  });

  it.each(['bỏ qua', 'bo qua', 'skip', 'ko muon noi', 'không muốn nói', 'k mún nói', 'Bỏ qua nhé'])('"%s" is a skip word', (text) => {
    expect(isSkipWord(text)).toBe(true);
  });

  it.each(['menu', '/menu', 'trở về menu', 've menu', 'về menu', 'MENU'])('"%s" is a menu word', (text) => {
    expect(isMenuWord(text)).toBe(true);
  });

  it('keeps the three apart and ignores ordinary answers', () => {
    expect(isBackWord('trở về menu')).toBe(false);
    expect(isSkipWord('quay lại')).toBe(false);
    expect(isMenuWord('bỏ qua')).toBe(false);
    for (const text of ['Hà Nội', 'có', 'ck danh e', 'em muốn quay lại với chồng']) {
      expect([isBackWord(text), isSkipWord(text), isMenuWord(text)]).toEqual([false, false, false]);
    }
  });
});
