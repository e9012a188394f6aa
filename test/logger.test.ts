import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, errorFields } from '../src/logger.js';

function capture() {
  let out = '';
  const stream = new Writable({ write(chunk, _enc, done) { out += chunk; done(); } });
  return { log: createLogger('info', stream), read: () => out };
}

describe('logs', () => {
  it('keep an error\'s type and code but never its message, which may quote a person\'s words', () => {
    const { log, read } = capture();
    const error = Object.assign(new Error('insert failed for text "chồng tôi đánh tôi" chat 123456789'), { code: 'P2002' });
    log.error({ err: errorFields(error) }, 'failed');
    expect(read()).toContain('P2002');
    expect(read()).not.toMatch(/chồng tôi|123456789/);
  });

  it('redact text, ids and phone numbers passed by mistake', () => {
    const { log, read } = capture();
    log.info({ text: 'cứu tôi', userId: '42424242', chatId: '42424242', phone: '0912345678', nested: { text: 'bí mật' } }, 'oops');
    expect(read()).not.toMatch(/cứu tôi|42424242|0912345678|bí mật/);
  });
});
