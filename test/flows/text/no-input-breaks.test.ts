// No input can break understanding: a person in danger may type anything, and the text functions run inside the
// flow's transition, so one throw answers 500 instead of the emergency screen. Random strings, every name that a
// plain object would "find" (constructor, __proto__, toString …) and mixed scripts go into every exported text
// function: none throws, and the same text always gets the same answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as text from '../../../flows/text/index.js';

const OPTIONS: text.ChoiceOption[] = [
  { id: 'yes', labels: ['Có', 'Yes'] },
  { id: 'no', labels: ['Không', 'No'] },
  { id: 'hn', labels: ['Hà Nội'] },
];

/** Every exported function, called the way the flows call it. A new export must be added here (a test checks). */
const CALLS: Record<string, (s: string) => unknown> = {
  normalise: (s) => text.normalise(s),
  fold: (s) => text.fold(s),
  stripMarks: (s) => text.stripMarks(text.normalise(s)),
  hasMarks: (s) => text.hasMarks(s),
  wordKey: (s) => text.wordKey(text.fold(s)),
  accentKey: (s) => text.accentKey(text.normalise(s)),
  understand: (s) => text.understand(s),
  expandWord: (s) => [text.expandWord(s), text.expandWord(s, true)],
  detectRisk: (s) => text.detectRisk(s),
  explainRisk: (s) => text.explainRisk(s),
  explainRiskByRules: (s) => text.explainRiskByRules(s),
  explainRiskWith: (s) => text.explainRiskWith(s, text.readWithModel),
  readWithModel: (s) => text.readWithModel(text.readHomographs(text.understand(s)).tokens),
  modelReader: (s) => text.modelReader({ bias: [0, 0, 0, 0], weights: `${s}\t1\t0\t0\t0` })(text.understand(s).tokens),
  riskFeatures: (s) => text.riskFeatures(text.understand(s).tokens),
  riskWords: (s) => text.riskWords(s),
  readHomographs: (s) => text.readHomographs(text.understand(s)),
  compilePattern: (s) => text.compilePattern(text.fold(s) || 'x', text.RISK_LEXICON).source,
  findPattern: (s) => text.findPattern(text.compilePattern('$SUBJ ... $HIT', text.RISK_LEXICON), text.understand(s).tokens),
  defineLexicon: (s) => Object.keys(text.defineLexicon({ [s]: [s] })),
  matchChoice: (s) => [text.matchChoice(s, OPTIONS), text.matchChoice(s, []), text.matchChoice(s, [{ id: s, labels: [s] }])],
  answerWords: (s) => text.answerWords(s),
  isBackWord: (s) => text.isBackWord(s),
  isSkipWord: (s) => text.isSkipWord(s),
  isMenuWord: (s) => text.isMenuWord(s),
  resolveProvince: (s) => text.resolveProvince(s),
  listProvinces: () => text.listProvinces().length,
  readDisclosure: (s) => text.readDisclosure(s),
  looksEnglish: (s) => text.looksEnglish(s),
};

/** Names a plain object or function answers for without owning them. */
const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    '__proto__', 'prototype', 'constructor', '__defineGetter__', 'hasOwn', 'then',
  ]),
];

/** Pieces of real-looking text in many scripts, including the awkward ones. */
const PIECES = [
  'cứu', 'cứu'.normalize('NFD'), 'chồng đánh em', 'CK DANH E', 'tự tử', 'tu tu', 'dao', 'đâm', 'Đắk Lắk', 'hà nội',
  'ck', 'k', 'ko', 'mún', 'e', 'help me', 'knife', 'кто', 'помогите', '救命', '杀', 'ナイフ', '살려줘', '🆘', '🔪',
  '👩‍👧', '🏳️‍🌈', 'مساعدة', 'עזרה', '\u202e', '\u200b', '\u200d', '\ufeff', '\u0301', '\u0323\u0301', '\ud800', '\udfff',
  '\ud83d', 'ǅ', 'İ', 'ß', 'ﬁ', 'Ⅻ', '١٢٣', '   ', '\n', '\t', '', '.', '$SUBJ', '...', '|', '+', '*', '!', '^', '$',
  '@', '~dao', '(?:', '\\', '[', 'a'.repeat(50), 'ư'.repeat(30), ...PROTOTYPE_NAMES,
];
const SEPARATORS = [' ', '', ', ', '\u00a0', '\u3000', '!!!', '\u200b', '\n'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const mixed = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogate), { maxLength: 20 }).map((a) => a.join('')),
  fc.constantFrom(...PROTOTYPE_NAMES),
  mixed,
);

describe('no input breaks understanding', () => {
  it('covers every function flows/text exports', () => {
    const exported = Object.entries(text).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(exported).toEqual(Object.keys(CALLS).sort());
  });

  it.each(Object.keys(CALLS))('%s never throws and answers the same text the same way, for any text', (name) => {
    const call = CALLS[name]!;
    fc.assert(
      fc.property(anyText, (s) => {
        const first = call(s);
        expect(call(s)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it.each(PROTOTYPE_NAMES)('reads "%s" as an ordinary word in every function', (name) => {
    for (const call of Object.values(CALLS)) {
      expect(() => call(name)).not.toThrow();
      expect(() => call(`${name} ${name.toUpperCase()} ck ${name}`)).not.toThrow();
    }
    expect(text.expandWord(name.toLowerCase())).toBeUndefined();
    expect(text.detectRisk(name)).toBeNull();
    expect(text.matchChoice(name, OPTIONS)).toBeNull();
  });

  it.each(PROTOTYPE_NAMES)('still flags danger when "%s" is typed beside a cry for help', (name) => {
    expect(text.detectRisk(`${name} cứu tôi`)).toBe('danger');
    expect(text.detectRisk(`ck ${name} danh e`)).toBe('danger');
  });

  it('gives the same family to the same message in NFC and NFD, whatever surrounds it', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(text.detectRisk(s.normalize('NFD'))).toBe(text.detectRisk(s.normalize('NFC')));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its lexicon in a null-prototype object', () => {
    expect(Object.getPrototypeOf(text.RISK_LEXICON)).toBeNull();
    expect(Object.getPrototypeOf(text.defineLexicon({ A: ['a'] }))).toBeNull();
    expect(() => text.compilePattern('$constructor', text.RISK_LEXICON)).toThrow(/unknown list/);
    expect(() => text.compilePattern('$toString', text.RISK_LEXICON)).toThrow(/unknown list/);
  });
});
