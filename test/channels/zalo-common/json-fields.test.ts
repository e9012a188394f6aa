// Webhook fields are read without trusting their type: String() or Number() on { "toString": 0 } throws, and an id
// PostgreSQL cannot store would fail the commit (a 500 Zalo repeats for ever). Found by test/fuzz.
import { describe, expect, it } from 'vitest';
import { idField, numberField, textField, timeField } from '../../../src/channels/zalo-common/json-fields.js';

const hostile: unknown[] = [{ toString: 0 }, { valueOf: 'x', toString: null }, [], {}, null, undefined, true, NaN, Infinity];

describe('Zalo webhook fields', () => {
  it('reads text from strings and finite numbers only, and never throws', () => {
    expect(textField('abc')).toBe('abc');
    expect(textField(42)).toBe('42');
    for (const value of hostile) expect(textField(value)).toBe('');
  });

  it('reads numbers from numbers and numeric strings only (an empty string is no number)', () => {
    expect(numberField('10.5')).toBe(10.5);
    expect(numberField(-3)).toBe(-3);
    expect(numberField('')).toBeNaN();
    for (const value of hostile.filter((v) => typeof v !== 'number')) expect(numberField(value)).toBeNaN();
  });

  it('falls back to now for a time no Date can hold', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(timeField(String(now.getTime() - 1000), now).getTime()).toBe(now.getTime() - 1000);
    for (const value of [1e20, -5, 0, 'soon', { toString: 0 }]) expect(timeField(value, now)).toBe(now);
  });

  it('reads no id from NUL, control characters, 129 characters or an object', () => {
    expect(idField('7190000000000000001')).toBe('7190000000000000001');
    expect(idField(7190000000000)).toBe('7190000000000');
    for (const value of ['\u0000', 'ab\u0000', 'a\nb', 'x'.repeat(129), '', { toString: 0 }]) expect(idField(value)).toBe('');
  });

  it('reads no id from half a surrogate pair (the fuzz test\'s " \\udc00": PostgreSQL\'s jsonb refuses it), but keeps a whole pair', () => {
    for (const value of [' \udc00', '\ud800', 'ab\ud83dcd', '\udfffx']) expect(idField(value)).toBe('');
    expect(idField('id-🆘')).toBe('id-🆘');
  });
});
