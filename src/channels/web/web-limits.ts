// The web chat's two limits, checked before any database work: per client address (every request of every
// session from it — many new session ids from one address are bounded here) and per session (its messages,
// from any address: a phone moving between Wi-Fi and mobile data is still one person). Over either, the request
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
  /** Throws rate_limited when the request's address is over its budget. */
  address(req: FastifyRequest, reply: FastifyReply, opts?: { exit?: boolean }): void;
  /** Throws rate_limited when the session is over its budget. */
  session(sessionId: string, reply: FastifyReply, opts?: { exit?: boolean }): void;
}

export function webLimits(config: Config, now?: () => number): WebLimits {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  const byAddress = createWindowLimiter({ limit: config.RATE_LIMIT_PER_ADDRESS, windowMs, now });
  const bySession = createWindowLimiter({ limit: config.RATE_LIMIT_PER_CHAT, windowMs, now });
  const refuseUnless = (verdict: Verdict, reply: FastifyReply) => {
    if (verdict === 'allowed') return;
    // At most a window: the counter of this key restarts within it.
    reply.header('retry-after', String(config.RATE_LIMIT_WINDOW_SECONDS));
    throw new AppError('rate_limited');
  };
  return {
    address: (req, reply, opts) => refuseUnless(byAddress.hit(addressKey(req.ip), opts), reply),
    session: (sessionId, reply, opts) => refuseUnless(bySession.hit(sessionId, opts), reply),
  };
}
