// The row-level GBVIMS export (admins only), an explicit action in two steps: a page that states what will leave
// (consented cases only, the categories and nothing else, never contact details) and how many rows, then a
// confirmed POST (CSRF) that writes the audit row and sends the CSV.
import type { FastifyInstance } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { audit, langOf, requireAdmin, type AdminDeps } from './context.js';
import { html } from './html.js';
import { page } from './layout.js';
import { consented } from './reports/gbvims-aggregate.js';
import { gbvimsRows, ROW_COLUMNS } from './reports/gbvims-rows.js';
import { monthPeriod } from './reports/period.js';

export function gbvimsRowsRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/reports/gbvims-rows', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const t = (k: string, a?: Record<string, string | number>) => deps.i18n.t(langOf(req), k, a);
    const month = monthPeriod((req.query as { month?: string }).month);
    if (!month) return reply.code(400).send({ error: 'bad_request', message: 'month must be YYYY-MM' });
    const rows = await deps.store.caseLog.reportRows(month.from, month.to);
    const count = rows.filter(consented).length;
    return page(deps, req, reply, t('admin-gbvims-rows-title', { month: month.label }), html`
      <p role="status"><strong>${t('admin-gbvims-rows-count', { count, month: month.label })}</strong></p>
      <ul>
        <li>${t('admin-gbvims-rows-consented')}</li>
        <li>${t('admin-gbvims-rows-columns')} <code>${ROW_COLUMNS.join(', ')}</code></li>
        <li>${t('admin-gbvims-rows-never')}</li>
        <li>${t('admin-gbvims-rows-audited')}</li>
      </ul>
      <form method="post" action="/admin/reports/gbvims-rows" class="stack"><input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
        <input type="hidden" name="month" value="${month.label}">
        <label><input type="checkbox" name="confirm" value="yes" required> ${t('admin-gbvims-rows-agree')}</label>
        <button type="submit">${t('admin-gbvims-rows-export')}</button></form>
      <p><a href="/admin/reports">${t('admin-back')}</a></p>`);
  });

  app.post('/reports/gbvims-rows', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const body = (req.body ?? {}) as { month?: string; confirm?: string };
    const month = monthPeriod(body.month);
    if (!month || body.confirm !== 'yes') return reply.code(400).send({ error: 'bad_request', message: 'month (YYYY-MM) and confirm=yes are needed' });
    const rows = gbvimsRows(await deps.store.caseLog.reportRows(month.from, month.to), month.label);
    await audit(deps, req, 'report.export', month.label, { format: 'gbvims-rows', rows: rows.length });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="gbv_incidents_${month.label}.csv"`)
      .header('cache-control', 'no-store').send(stringify([[...ROW_COLUMNS], ...rows]));
  });
}
