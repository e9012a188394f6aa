// The signed-in person changes their own password: the current one first, the same strength rule as admin:create,
// CSRF, an audit row (a wrong current password too), and every other session of the account ended (a stolen
// session does not outlive the change). Attempts per address are limited like the login's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, langOf, who, type AdminDeps } from './context.js';
import { html } from './html.js';
import { page } from './layout.js';
import { ADDRESS_ATTEMPTS, WINDOW_MINUTES } from './login-routes.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

const change = z.object({ current: z.string().max(256), password: z.string().max(1024), repeat: z.string().max(1024) });

export function passwordRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const form = (req: FastifyRequest, reply: FastifyReply, message?: { error?: string; done?: string }) => {
    const t = (k: string) => deps.i18n.t(langOf(req), k);
    return page(deps, req, reply, t('admin-password-title'), html`
      ${message?.error ? html`<p class="error" role="alert">${t(message.error)}</p>` : ''}
      ${message?.done ? html`<p class="notice" role="status">${t(message.done)}</p>` : ''}
      <p>${t('admin-password-rule')}</p>
      <form method="post" action="/admin/password" class="stack"><input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
        <input type="hidden" name="username" value="${who(req).email}" autocomplete="username">
        <label>${t('admin-password-current')} <input name="current" type="password" autocomplete="current-password" required></label>
        <label>${t('admin-password-new')} <input name="password" type="password" autocomplete="new-password" minlength="12" required></label>
        <label>${t('admin-password-repeat')} <input name="repeat" type="password" autocomplete="new-password" minlength="12" required></label>
        <button type="submit">${t('admin-password-change')}</button></form>`);
  };

  app.get('/password', async (req, reply) => form(req, reply));

  app.post('/password', {
    preHandler: app.csrfProtection,
    config: { rateLimit: { max: ADDRESS_ATTEMPTS, timeWindow: WINDOW_MINUTES * 60_000 } },
  }, async (req, reply) => {
    const body = change.safeParse(req.body);
    if (!body.success) return form(req, reply.code(400), { error: 'admin-password-invalid' });
    const account = who(req);
    if (!(await verifyPassword(body.data.current, account.passwordHash))) {
      await audit(deps, req, 'account.password-failed', account.email);
      return form(req, reply.code(403), { error: 'admin-password-wrong' });
    }
    if (body.data.password !== body.data.repeat) return form(req, reply.code(400), { error: 'admin-password-mismatch' });
    if (body.data.password === body.data.current) return form(req, reply.code(400), { error: 'admin-password-same' });
    const problem = passwordProblem(body.data.password, account.email);
    if (problem) return form(req, reply.code(400), { error: problem });
    await deps.store.accounts.setPassword(account.id, await hashPassword(body.data.password));
    const ended = await deps.store.accounts.closeOtherSessions(account.id, req.signedIn!.tokenHash);
    await audit(deps, req, 'account.password', account.email, { otherSessionsEnded: ended });
    return form(req, reply, { done: 'admin-password-changed' });
  });
}
