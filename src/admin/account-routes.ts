// Accounts (admins only): invite (the account is created with a one-time password shown once to the admin, who
// hands it over), disable and enable. Every change writes an audit row.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, langOf, requireAdmin, who, type AdminDeps } from './context.js';
import { fmtTime } from './case-view.js';
import { html } from './html.js';
import { page } from './layout.js';
import { hashPassword } from './password.js';

const invite = z.object({ email: z.string().trim().toLowerCase().email().max(254), alias: z.string().trim().min(1).max(40), role: z.enum(['admin', 'counsellor']) });

export function accountRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (req: FastifyRequest, reply: FastifyReply, shown?: { email: string; password: string }, error?: string) => {
    const t = (k: string, a?: Record<string, string>) => deps.i18n.t(langOf(req), k, a);
    const csrf = reply.generateCsrf();
    const accounts = await deps.store.accounts.list();
    return page(deps, req, reply, t('admin-accounts-title'), html`
      ${shown ? html`<p class="notice" role="status">${t('admin-invited', { email: shown.email })} <code class="one-time">${shown.password}</code></p>` : ''}
      ${error ? html`<p class="error" role="alert">${t(error)}</p>` : ''}
      <div class="scroll"><table><thead><tr><th>${t('admin-email')}</th><th>${t('admin-alias')}</th><th>${t('admin-role')}</th><th>${t('admin-last-login')}</th><th></th></tr></thead>
      <tbody>${accounts.map((a) => html`<tr><td>${a.email}</td><td>${a.alias}</td><td>${t(`admin-role-${a.role}`)}</td><td>${a.lastLoginAt ? fmtTime(a.lastLoginAt) : ''}</td><td>
        ${a.id === who(req).id ? '' : html`<form method="post" action="/admin/accounts/${a.id}/${a.active ? 'disable' : 'enable'}"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">${t(a.active ? 'admin-disable' : 'admin-enable')}</button></form>`}</td></tr>`)}</tbody></table></div>
      <h2>${t('admin-invite')}</h2>
      <form method="post" action="/admin/accounts" class="stack"><input type="hidden" name="_csrf" value="${csrf}">
        <label>${t('admin-email')} <input name="email" type="email" required></label>
        <label>${t('admin-alias')} <input name="alias" required maxlength="40"></label>
        <label>${t('admin-role')} <select name="role"><option value="counsellor">${t('admin-role-counsellor')}</option><option value="admin">${t('admin-role-admin')}</option></select></label>
        <button type="submit">${t('admin-invite')}</button></form>`);
  };

  app.get('/accounts', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    return list(req, reply);
  });

  app.post('/accounts', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const body = invite.safeParse(req.body);
    if (!body.success) return list(req, reply.code(400), undefined, 'admin-invite-invalid');
    if (await deps.store.accounts.byEmail(body.data.email)) return list(req, reply.code(409), undefined, 'admin-invite-exists');
    const password = randomBytes(12).toString('base64url');
    const created = await deps.store.accounts.create({ ...body.data, passwordHash: await hashPassword(password) });
    await audit(deps, req, 'account.invite', created.email, { role: created.role });
    return list(req, reply, { email: created.email, password });
  });

  for (const action of ['disable', 'enable'] as const) {
    app.post(`/accounts/:id/${action}`, { preHandler: app.csrfProtection }, async (req, reply) => {
      if (!requireAdmin(deps, req, reply)) return;
      const { id } = req.params as { id: string };
      const target = await deps.store.accounts.byId(id);
      if (!target || target.id === who(req).id) return reply.redirect('/admin/accounts', 303);
      await deps.store.accounts.setActive(id, action === 'enable');
      await audit(deps, req, `account.${action}`, target.email);
      return reply.redirect('/admin/accounts', 303);
    });
  }
}
