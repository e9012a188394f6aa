// The web chat's limits in memory: the key of a client address, and the cap on requests in flight per address
// (driven here with bare request/response stand-ins; rate-limit.test.ts proves the rest over real HTTP).
import { EventEmitter } from 'node:events';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { addressKey, webLimits } from '../../../src/channels/web/web-limits.js';
import { loadConfig } from '../../../src/config.js';
import { isAppError } from '../../../src/core/errors.js';

describe('the key of a client address', () => {
  it('keeps an IPv4 address, also when it arrives IPv4-mapped', () => {
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
  });

  it('groups IPv6 addresses by their /64: one subscriber cannot rotate through its prefix', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
  });
});

describe('requests in flight per address', () => {
  const limits = webLimits(loadConfig({ RATE_LIMIT_PARALLEL_PER_ADDRESS: '2', RATE_LIMIT_PER_ADDRESS: '4', RATE_LIMIT_WINDOW_SECONDS: '600' }));
  const req = (ip: string) => ({ ip }) as FastifyRequest;
  const open = () => {
    const raw = new EventEmitter();
    const headers: Record<string, string> = {};
    return { reply: { raw, header: (k: string, v: string) => { headers[k] = v; } } as unknown as FastifyReply, headers, close: () => raw.emit('close') };
  };
  const refused = (fn: () => void) => {
    try { fn(); } catch (e) { return isAppError(e, 'rate_limited'); }
    return false;
  };

  it('refuses a request past the cap while the others are in flight, without spending the window on it', () => {
    const a = open();
    const b = open();
    limits.address(req('192.0.2.1'), a.reply);
    limits.address(req('192.0.2.1'), b.reply);
    const busy = open();
    expect(refused(() => limits.address(req('192.0.2.1'), busy.reply))).toBe(true);
    expect(busy.headers['retry-after']).toBe('1');
    // Another address is not affected; a quick exit passes a busy address.
    limits.address(req('192.0.2.2'), open().reply);
    const exit = open();
    limits.address(req('192.0.2.1'), exit.reply, { exit: true });
    exit.close();
    a.close();
    // One slot free again, and the window still has room: the busy refusal was not counted (4 = a, b, exit, this).
    limits.address(req('192.0.2.1'), open().reply);
    b.close();
    const spent = open();
    expect(refused(() => limits.address(req('192.0.2.1'), spent.reply))).toBe(true);
    expect(spent.headers['retry-after']).toBe('600');
  });
});
