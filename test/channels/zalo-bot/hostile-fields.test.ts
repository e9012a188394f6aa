// A Zalo Bot update whose fields are not what Zalo sends (found by test/fuzz): nothing throws, an event named after
// an Object.prototype member is not mistaken for media, ids that cannot be stored make it ignored, and a date no
// Date can hold is replaced by the time of arrival.
import { describe, expect, it } from 'vitest';
import { toInbound } from '../../../src/channels/zalo-bot/inbound.js';

const now = new Date();
const update = (over: Record<string, unknown>, event = 'message.text.received') => ({
  event_name: event,
  message: { message_id: 'm1', date: now.getTime(), text: 'xin chào', from: { id: 'u1', is_bot: false }, chat: { id: 'u1', chat_type: 'PRIVATE' }, ...over },
});

describe('Zalo Bot updates with hostile fields', () => {
  it('ignores ids that are objects String() cannot print, instead of throwing', () => {
    expect(toInbound(update({ message_id: { toString: 0 } }), now).kind).toBe('ignored');
    expect(toInbound(update({ chat: { id: { toString: 0 } } }), now).kind).toBe('ignored');
    expect(() => toInbound({ event_name: { toString: 0 }, message: update({ date: { valueOf: 0 } }).message }, now)).not.toThrow();
  });

  it('ignores a message id with NUL or longer than any index can hold', () => {
    expect(toInbound(update({ message_id: 'a\u0000' }), now).kind).toBe('ignored');
    expect(toInbound(update({ message_id: 'a'.repeat(5000) }), now).kind).toBe('ignored');
  });

  it('does not take "constructor" or "__proto__" for a media event', () => {
    for (const name of ['constructor', '__proto__', 'hasOwnProperty']) expect(toInbound(update({}, name), now).kind).toBe('ignored');
  });

  it('takes the time of arrival for a date no Date can hold', () => {
    const read = toInbound(update({ date: 1e20 }), now);
    expect(read.kind === 'message' && read.message.at).toBe(now);
  });
});
