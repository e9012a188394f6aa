// Hostile values for the fuzz: what a careless client, a hostile one or a broken proxy may put where a field is
// expected. Every name a plain object "finds" (constructor, __proto__, toString …), strings of every script, RTL and
// zero-width marks, lone surrogates, control characters and NUL, emoji sequences, huge strings around the body limit,
// deep nesting, wrong types and numbers that are not quite numbers.
import fc from 'fast-check';

/** The HTTP server's body limit (src/http/server.ts): strings are generated up to it and past it. */
export const BODY_LIMIT = 64 * 1024;

/** constructor, __proto__, toString, hasOwnProperty, valueOf … */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const SPECIAL_STRINGS = [
  '', ' ', '\t\n\r', '\u0000', '\u0000abc', 'a\u0000b', '\u0007\u001b[31m', '\u007f', '\u0085', '\ufeff', '\ufffe', '\uffff',
  '\u200b', '\u200c\u200d', '\u2060', '\u200e', '\u200f', '\u202a\u202b\u202c\u202d\u202e', '\u2066\u2067\u2068\u2069',
  'مرحبا بالعالم', 'שלום', '\u202eأنا في خطر', 'Xin chào, tôi cần giúp đỡ', 'cứu tôi với', 'cuu', 'thoát', 'thoat', '0', '113',
  'Tôi bị chồng đánh', 'tôi muốn chết', '你好', 'こんにちは', 'Привет', 'नमस्ते', 'สวัสดี', 'ሰላም', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇',
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇻🇳', '👍🏽', '\ud83d', '\ude00', '\udfff\ud800', 'a\ud800b',
  '/start', '/menu', '/khancap', '/thoat', '/help', '/start@tin_cay_bot', '/', '//', '#c:', '#c:menu', '#c:sos', '#c:exit', '#c:__proto__',
  'null', 'undefined', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', '9007199254740993', 'true', '[]', '{}',
  '<script>alert(1)</script>', '"; DROP TABLE "Conversation"; --', '%s%s%n', '${7*7}', '{{7*7}}', '../../etc/passwd',
  ...PROTOTYPE_NAMES,
];

/** A code unit from the surrogate range on its own: invalid UTF-16 that JSON.stringify escapes as \udXXX. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** Strings up to and past the body limit, made of one repeated piece (cheap to build, still hostile). */
export const hugeString = fc.tuple(
  fc.constantFrom('a', 'đ', '👩‍👩‍👧', '\u200b', '\u0000', 'cứu ', '\\', '"', '\ud800'),
  fc.oneof(fc.integer({ min: 1_000, max: 8_000 }), fc.integer({ min: BODY_LIMIT / 8, max: BODY_LIMIT + 4_096 })),
).map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.array(fc.oneof(fc.constantFrom(...SPECIAL_STRINGS), loneSurrogate, controlChar, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 3990, maxLength: 4010 }), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

/** Numbers JSON can carry that are not the number a field wants (NaN and ±Infinity become null in JSON). */
export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 2 ** 31, 2 ** 53, 2 ** 64, 1.5, NaN, Infinity, -Infinity),
  fc.integer(),
  fc.double(),
);

/** An object whose keys are prototype names: `{ toString: 1 }` makes String(value) throw, `{ __proto__: … }` … */
export const prototypeObject = fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMES), fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null), fc.constant({})), { minKeys: 1, maxKeys: 4 });

/** Any JSON value, hostile at the leaves, a little nested. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString, hostileNumber, fc.boolean(), fc.constant(null), prototypeObject,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Arrays or objects nested hundreds to thousands deep (as a value: JSON.stringify copes; as raw text: see raw). */
export const deepValue = fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

/** Replaces fields of a well-shaped object by hostile values, deletes some, adds prototype-named ones. */
export function mutate<T extends Record<string, unknown>>(shape: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(shape, fc.array(fc.tuple(fc.nat(), fc.oneof(hostileValue, deepValue, fc.constant(undefined))), { maxLength: 3 }), fc.option(fc.tuple(fc.constantFrom(...PROTOTYPE_NAMES), hostileValue), { freq: 4 }))
    .map(([value, changes, extra]) => {
      const out: Record<string, unknown> = { ...value };
      const keys = Object.keys(out);
      for (const [at, replacement] of changes) {
        if (!keys.length) break;
        const key = keys[at % keys.length]!;
        if (replacement === undefined) delete out[key];
        else out[key] = replacement;
      }
      if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      return out;
    });
}

/** Well-shaped (6 in 10), mutated (3 in 10) or any hostile value in place of the whole body (1 in 10). */
export function shapedAndHostile(shape: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shape, weight: 6 }, { arbitrary: mutate(shape), weight: 3 }, { arbitrary: fc.oneof(hostileValue, deepValue), weight: 1 });
}
