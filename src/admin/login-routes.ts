// Sign in and out. Failures are audited and counted: per account in the database (every instance sees them) and
// per address by @fastify/rate-limit. The answer to a wrong email and a wrong password is the same.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, addressHashOf, langOf, type AdminDeps } from './context.js';
import { html } from './html.js';
import { page } from './layout.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { LANG_COOKIE } from './session.js';

/** Failed logins for one account within the window before it is locked for the rest of the window. */
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_ATTEMPTS = 20;
export const WINDOW_MINUTES = 15;

const loginBody = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(256), _csrf: z.string().optional() });

export function loginRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const form = (req: FastifyRequest, reply: FastifyReply, error?: string) => {
    const t = (k: string) => deps.i18n.t(langOf(req), k);
    return page(deps, req, reply, t('admin-login-title'), html`
      ${error ? html`<p class="error" role="alert">${t(error)}</p>` : ''}
      <form method="post" action="/admin/login" class="stack">
        <input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
        <label>${t('admin-email')} <input name="email" type="email" autocomplete="username" required></label>
        <label>${t('admin-password')} <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">${t('admin-login')}</button>
      </form>`);
  };

  app.get('/login', async (req, reply) => form(req, reply));

  app.get('/lang', async (req, reply) => {
    const to = (req.query as { to?: string }).to === 'en' ? 'en' : 'vi';
    reply.setCookie(LANG_COOKIE, to, { path: '/admin', sameSite: 'strict', httpOnly: true, maxAge: 365 * 86400 });
    return reply.redirect('/admin');
  });

  app.post('/login', {
    preHandler: app.csrfProtection,
    config: { rateLimit: { max: ADDRESS_ATTEMPTS, timeWindow: WINDOW_MINUTES * 60_000 } },
  }, async (req, reply) => {
    const parsed = loginBody.safeParse(req.body);
    if (!parsed.success) return form(req, reply.code(400), 'admin-login-failed');
    const { email, password } = parsed.data;
    const now = deps.now();
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
    const addressHash = addressHashOf(deps, req);
    if ((await deps.store.audit.failedLogins(since, { actor: email })) >= ACCOUNT_FAILURES) {
      await deps.store.audit.write({ accountId: null, actor: email, action: 'login.locked', addressHash, at: now });
      return form(req, reply.code(429), 'admin-login-locked');
    }
    const account = await deps.store.accounts.byEmail(email);
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok || !account.active) {
      await deps.store.audit.write({ accountId: account?.id ?? null, actor: email, action: 'login.failed', addressHash, detail: { reason: !account ? 'unknown' : !ok ? 'password' : 'disabled' }, at: now });
      return form(req, reply.code(401), 'admin-login-failed');
    }
    await deps.sessions.open(reply, account, langOf(req));
    await deps.store.audit.write({ accountId: account.id, actor: account.email, action: 'login.ok', addressHash, at: now });
    return reply.redirect('/admin', 303);
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (req.signedIn) {
      await audit(deps, req, 'logout');
      await deps.sessions.close(reply, req.signedIn);
    }
    return reply.redirect('/admin/login', 303);
  });
}
