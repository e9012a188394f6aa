// The web chat's limits, checked before any database work: per client address (every request of every session
// from it — many new session ids from one address are bounded here — and how many may be in flight at once, so a
// burst cannot queue a whole window's budget ahead of other people) and per session (its messages, from any
// address: a phone moving between Wi-Fi and mobile data is still one person). Over any, the request
// is refused with rate_limited: 429 and a kind sentence with the emergency numbers, in the person's language
// (src/http/server.ts). A quick exit is let through a little past a full window.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { createWindowLimiter, type Verdict } from '../limits/window-limiter.js';

/** The key of a client address: IPv4 as is, IPv6 by its /64 (one subscriber holds a whole /64). */
export function addressKey(ip: string): string {
  const bare = ip.split('%')[0]!.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export interface WebLimits {
  /** Throws rate_limited when the request's address is over its budget or has too many requests in flight;
   * otherwise the request counts as in flight until its response is closed. */
  address(req: FastifyRequest, reply: FastifyReply, opts?: { exit?: boolean }): void;
  /** Throws rate_limited when the session is over its budget. */
  session(sessionId: string, reply: FastifyReply, opts?: { exit?: boolean }): void;
}

export function webLimits(config: Config, now?: () => number): WebLimits {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  const byAddress = createWindowLimiter({ limit: config.RATE_LIMIT_PER_ADDRESS, windowMs, now });
  const bySession = createWindowLimiter({ limit: config.RATE_LIMIT_PER_CHAT, windowMs, now });
  const inFlight = new Map<string, number>();
  const release = (key: string) => {
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left > 0) inFlight.set(key, left);
    else inFlight.delete(key);
  };
  /** `retryAfter`: at most a window (the key's counter restarts within it); a second when only busy. */
  const refuseUnless = (verdict: Verdict, reply: FastifyReply, retryAfter = config.RATE_LIMIT_WINDOW_SECONDS) => {
    if (verdict === 'allowed') return;
    reply.header('retry-after', String(retryAfter));
    throw new AppError('rate_limited');
  };
  return {
    address(req, reply, opts) {
      const key = addressKey(req.ip);
      const busy = inFlight.get(key) ?? 0;
      // Refused for being busy, not counted against the window: the budget is for work actually done.
      if (busy >= config.RATE_LIMIT_PARALLEL_PER_ADDRESS && !opts?.exit) refuseUnless('drop', reply, 1);
      refuseUnless(byAddress.hit(key, opts), reply);
      inFlight.set(key, busy + 1);
      reply.raw.once('close', () => release(key));
    },
    session: (sessionId, reply, opts) => refuseUnless(bySession.hit(sessionId, opts), reply),
  };
}
