// The audit log (admins only): read and filter; there is no route that edits or deletes a row.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { langOf, requireAdmin, type AdminDeps } from './context.js';
import { fmtTime } from './case-view.js';
import { html } from './html.js';
import { page } from './layout.js';
import { vnDay } from './case-routes.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const query = z.object({ action: z.string().max(40).optional().catch(undefined), actor: z.string().max(254).optional().catch(undefined), from: day, to: day, page: z.coerce.number().int().min(1).catch(1).default(1) });

export function auditRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/audit', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const t = (k: string, a?: Record<string, string | number>) => deps.i18n.t(langOf(req), k, a);
    const q = query.parse(req.query ?? {});
    const { rows, total } = await deps.store.audit.list({ action: q.action || undefined, actor: q.actor || undefined, from: q.from ? vnDay(q.from) : undefined, to: q.to ? new Date(vnDay(q.to).getTime() + 86_400_000) : undefined, page: q.page, pageSize: 50 });
    return page(deps, req, reply, t('admin-audit-title'), html`
      <form method="get" action="/admin/audit" class="filters">
        <label>${t('admin-audit-action')} <select name="action"><option value="">${t('admin-any')}</option>${['login', 'logout', 'case', 'report', 'directory', 'account', 'campaign'].map((a) => html`<option value="${a}" ${q.action === a ? 'selected' : ''}>${a}</option>`)}</select></label>
        <label>${t('admin-audit-actor')} <input name="actor" value="${q.actor ?? ''}"></label>
        <label>${t('admin-from')} <input type="date" name="from" value="${q.from ?? ''}"></label>
        <label>${t('admin-to')} <input type="date" name="to" value="${q.to ?? ''}"></label>
        <button type="submit">${t('admin-filter')}</button></form>
      <p role="status">${t('admin-audit-count', { count: total })}</p>
      <p class="muted">${t('admin-audit-address-note')}</p>
      <div class="scroll"><table><thead><tr><th>${t('admin-when')}</th><th>${t('admin-audit-actor')}</th><th>${t('admin-audit-action')}</th><th>${t('admin-audit-target')}</th><th>${t('admin-audit-address')}</th><th>${t('admin-audit-detail')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${fmtTime(r.at)}</td><td>${r.actor}</td><td>${r.action}</td><td>${r.target ?? ''}</td><td><code>${r.addressHash ?? ''}</code></td><td><code>${JSON.stringify(r.detail)}</code></td></tr>`)}</tbody></table></div>
      ${q.page > 1 ? html`<a href="/admin/audit?page=${q.page - 1}">${t('admin-prev')}</a>` : ''} ${q.page * 50 < total ? html`<a href="/admin/audit?page=${q.page + 1}">${t('admin-next')}</a>` : ''}`);
  });
}
