import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/privacy/sealer.js';
import { createPseudonymiser } from '../../src/privacy/pseudonym.js';

describe('sealer and pseudonyms', () => {
  it('opens what it sealed only with the same key and context', () => {
    const sealer = createSealer(randomBytes(32));
    const sealed = sealer.seal('{"chatId":"123456789"}', 'row-1');
    expect(sealed).not.toContain('123456789');
    expect(sealer.open(sealed, 'row-1')).toBe('{"chatId":"123456789"}');
    expect(() => sealer.open(sealed, 'row-2')).toThrow();
    expect(() => createSealer(randomBytes(32)).open(sealed, 'row-1')).toThrow();
  });

  it('derives a stable pseudonym per channel and user that does not contain the id', () => {
    const p = createPseudonymiser(randomBytes(32));
    expect(p('telegram', '42')).toBe(p('telegram', '42'));
    expect(p('telegram', '42')).not.toBe(p('zalo-oa', '42'));
    expect(p('telegram', '424242')).not.toContain('424242');
  });
});
