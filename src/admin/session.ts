// Dashboard sessions: a random token in a signed, http-only, same-site cookie; the database keeps only its hash
// and when it was last used, so a session left idle for ADMIN_IDLE_MINUTES ends on every instance at once.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account, Store } from '../db/repositories/index.js';

export const SESSION_COOKIE = 'tc_admin';
export const LANG_COOKIE = 'tc_admin_lang';

export interface SignedIn { account: Account; lang: 'vi' | 'en'; tokenHash: string }

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface SessionDeps { store: Store; idleMinutes: number; secure: boolean; now: () => Date }

export function sessions(deps: SessionDeps) {
  const cookieOpts = { path: '/admin', httpOnly: true, sameSite: 'strict' as const, secure: deps.secure, signed: true };
  return {
    async open(reply: FastifyReply, account: Account, lang: string): Promise<void> {
      const token = randomBytes(32).toString('base64url');
      await deps.store.accounts.openSession(hashToken(token), account.id, lang, deps.now());
      reply.setCookie(SESSION_COOKIE, token, cookieOpts);
    },
    async current(req: FastifyRequest): Promise<SignedIn | null> {
      const cookie = req.cookies[SESSION_COOKIE];
      if (!cookie) return null;
      const unsigned = req.unsignCookie(cookie);
      if (!unsigned.valid || !unsigned.value) return null;
      const tokenHash = hashToken(unsigned.value);
      const now = deps.now();
      const found = await deps.store.accounts.touchSession(tokenHash, new Date(now.getTime() - deps.idleMinutes * 60_000), now);
      return found ? { account: found.account, lang: found.lang === 'en' ? 'en' : 'vi', tokenHash } : null;
    },
    async close(reply: FastifyReply, signedIn: SignedIn): Promise<void> {
      await deps.store.accounts.closeSession(signedIn.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
    },
  };
}

export type Sessions = ReturnType<typeof sessions>;
