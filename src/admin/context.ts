// What every dashboard route is given, and the per-request helpers (who is signed in, their language, audit).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../flows/contract.js';
import type { Config } from '../config.js';
import type { Translator } from '../core/i18n.js';
import type { AppContext } from '../app.js';
import type { Account, Store } from '../db/repositories/index.js';
import type { CounsellorActions } from '../handoff/counsellor-actions.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sealer } from '../privacy/sealer.js';
import { LANG_COOKIE, type Sessions, type SignedIn } from './session.js';

export interface AdminDeps {
  config: Config;
  store: Store;
  i18n: Translator;
  sealer: Sealer;
  pseudonymise: Pseudonymise;
  sessions: Sessions;
  /** The lines under the welcome: what is shown now, and reading them again after a change. */
  campaigns: AppContext['campaigns'];
  now: () => Date;
  /** The hand-off's counsellor actions (claim, answer, note, close), bound to the configured desk. */
  actions: () => CounsellorActions;
  /** Whether the console is a desk (DASHBOARD_CONSOLE): escalations reach it and it may claim and answer. */
  consoleOn: boolean;
  /** Records a counsellor's answer in the console's thread of the case. */
  record: (caseId: string, from: string, text: string, at: Date) => Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest { signedIn?: SignedIn }
}

export const langOf = (req: FastifyRequest): Lang => (req.cookies[LANG_COOKIE] === 'en' ? 'en' : 'vi');

/** The signed-in account (the auth hook guarantees one on every page but the login). */
export const who = (req: FastifyRequest): Account => req.signedIn!.account;

/** The key a dashboard account claims cases under (never a channel identity). */
export const claimKeyOf = (account: Account): string => `account:${account.id}`;

/** The client address as an HMAC (the audit log never stores addresses in clear). */
export const addressHashOf = (deps: AdminDeps, req: FastifyRequest): string => deps.pseudonymise('audit-address', req.ip).slice(0, 22);

export async function audit(deps: AdminDeps, req: FastifyRequest, action: string, target?: string | null, detail?: Record<string, unknown>): Promise<void> {
  const account = req.signedIn?.account;
  await deps.store.audit.write({ accountId: account?.id ?? null, actor: account?.email ?? '-', action, target, addressHash: addressHashOf(deps, req), detail, at: deps.now() });
}

export function forbidden(deps: AdminDeps, req: FastifyRequest, reply: FastifyReply) {
  return reply.code(403).type('text/html; charset=utf-8').send(`<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/admin/static/admin.css"><main><p>${deps.i18n.t(langOf(req), 'admin-forbidden')}</p><p><a href="/admin">${deps.i18n.t(langOf(req), 'admin-home')}</a></p></main>`);
}

/** Admins only; false (and a 403 page sent) for anyone else. */
export function requireAdmin(deps: AdminDeps, req: FastifyRequest, reply: FastifyReply): boolean {
  if (who(req).role === 'admin') return true;
  void forbidden(deps, req, reply);
  return false;
}
