// An OA event whose fields are not what Zalo sends (found by test/fuzz): nothing throws, an event named after an
// Object.prototype member is not mistaken for media, and ids that cannot be stored make the event ignored.
import { describe, expect, it } from 'vitest';
import { toInbound } from '../../../src/channels/zalo-oa/inbound.js';

const now = new Date();
const event = (over: Record<string, unknown>) => ({ event_name: 'user_send_text', sender: { id: '7000000000000000001' }, message: { msg_id: 'abc123', text: 'xin chào' }, timestamp: String(now.getTime()), ...over });

describe('Zalo OA events with hostile fields', () => {
  it('ignores ids that are objects String() cannot print, instead of throwing', () => {
    expect(toInbound(event({ message: { msg_id: { toString: '' }, text: 'x' } }), now, 'k').kind).toBe('ignored');
    expect(toInbound(event({ sender: { id: { toString: 0 } } }), now, 'k').kind).toBe('ignored');
    expect(toInbound(event({ event_name: 'follow', follower: { id: { toString: 0 } } }), now, 'k').kind).toBe('ignored');
    expect(() => toInbound(event({ event_name: { toString: 0 }, timestamp: { valueOf: 0 }, message: 'text' }), now, 'k')).not.toThrow();
  });

  it('ignores an id with NUL or longer than any index can hold', () => {
    expect(toInbound(event({ message: { msg_id: '\u0000', text: 'x' } }), now, 'k').kind).toBe('ignored');
    expect(toInbound(event({ message: { msg_id: 'a'.repeat(5000), text: 'x' } }), now, 'k').kind).toBe('ignored');
  });

  it('does not take "constructor" or "__proto__" for a media event', () => {
    for (const name of ['constructor', '__proto__', 'toString']) expect(toInbound(event({ event_name: name }), now, 'k').kind).toBe('ignored');
  });

  it('reads a location with coordinates that are objects as no location', () => {
    const located = toInbound(event({ event_name: 'user_send_location', message: { msg_id: 'loc1', attachments: [{ type: 'location', payload: { coordinates: { latitude: { toString: 0 }, longitude: '' } } }] } }), now, 'k');
    expect(located).toMatchObject({ kind: 'message', message: { content: { kind: 'unsupported', contentKind: 'location' } } });
  });
});
