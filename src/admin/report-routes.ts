// Reports and statistics (admins only): a period (6-month, year, Action Month, custom), the indicators and the DV
// statistics form's sections, the province × channel table, charts as SVG, and the CSV and XLSX exports (the same
// figures). Every export writes an audit row.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { EscalationLevel } from '../../flows/contract.js';
import { claimDeadlineMinutes } from '../handoff/levels.js';
import { listProvinces } from '../../flows/text/index.js';
import { audit, langOf, requireAdmin, type AdminDeps } from './context.js';
import { html, raw } from './html.js';
import { page } from './layout.js';
import { provinceByChannel } from './reports/cross-tab.js';
import { computeReport, GROUPS, type Report } from './reports/figures.js';
import { REPORT_HEADER, reportTable } from './reports/report-table.js';
import { reportXlsx } from './reports/report-xlsx.js';
import { CODEBOOK, gbvimsCells, shownCount } from './reports/gbvims-aggregate.js';
import { monthPeriod, periodOf, type Period } from './reports/period.js';
import { barChart, stackedWeeks } from './reports/svg-chart.js';

const provinceName = new Map(listProvinces().map((p) => [p.code, p.name]));

export function reportRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const build = async (req: FastifyRequest): Promise<{ period: Period; report: Report }> => {
    const q = req.query as { preset?: string; year?: string; from?: string; to?: string };
    const thisYear = Number(new Date(deps.now().getTime() + 7 * 3600_000).toISOString().slice(0, 4));
    const year = /^\d{4}$/.test(q.year ?? '') ? Number(q.year) : thisYear;
    const period = periodOf(q.preset, year, q.from, q.to);
    const rows = await deps.store.caseLog.reportRows(period.from, period.to);
    return { period, report: computeReport(rows, (level) => claimDeadlineMinutes(deps.config, level as EscalationLevel)) };
  };

  app.get('/reports', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const lang = langOf(req);
    const t = (k: string, a?: Record<string, string | number>) => deps.i18n.t(lang, k, a);
    const { period, report } = await build(req);
    const q = req.query as Record<string, string>;
    const query = new URLSearchParams(Object.entries(q).filter(([, v]) => typeof v === 'string')).toString();
    const section = (name: string) => report.figures.filter((f) => f.section === name);
    const ind = (item: string) => report.figures.find((f) => f.section === 'indicator' && f.item === item)?.value ?? 0;
    const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 1000) / 10}%` : '—');
    const table = (name: string) => html`<section><h2>${t(`admin-section-${name}`)}</h2><table><tbody>${section(name).map((f) => html`<tr><th scope="row">${f.item}</th><td>${f.value}</td></tr>`)}</tbody></table></section>`;
    const mins = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
    return page(deps, req, reply, t('admin-reports-title'), html`
      <form method="get" action="/admin/reports" class="filters">
        <label>${t('admin-period')} <select name="preset">${['h1', 'h2', 'year', 'action-month', 'custom'].map((p) => html`<option value="${p}" ${period.preset === p ? 'selected' : ''}>${t(`admin-preset-${p}`)}</option>`)}</select></label>
        <label>${t('admin-year')} <input name="year" inputmode="numeric" size="5" value="${q.year ?? ''}"></label>
        <label>${t('admin-from')} <input type="date" name="from" value="${q.from ?? ''}"></label>
        <label>${t('admin-to')} <input type="date" name="to" value="${q.to ?? ''}"></label>
        <button type="submit">${t('admin-show')}</button></form>
      <p><strong>${period.label}</strong> · <a href="/admin/reports.csv?${query}" download>${t('admin-export-csv')}</a> · <a href="/admin/reports.xlsx?${query}" download>${t('admin-export-xlsx')}</a></p>
      <form method="get" action="/admin/reports/gbvims.csv" class="filters"><label>${t('admin-gbvims-month')} <input type="month" name="month" required></label>
        <button type="submit">${t('admin-gbvims-export')}</button> <a href="/admin/reports/gbvims-codebook.json">${t('admin-gbvims-codebook')}</a></form>
      <form method="get" action="/admin/reports/gbvims-rows" class="filters"><label>${t('admin-gbvims-rows-month')} <input type="month" name="month" required></label>
        <button type="submit">${t('admin-gbvims-rows-review')}</button></form>
      <section><h2>${t('admin-indicators')}</h2><table><tbody>
        <tr><th scope="row">${t('admin-ind-cases')}</th><td>${ind('cases')}</td></tr>
        <tr><th scope="row">${t('admin-ind-urgent-share')}</th><td>${pct(ind('urgent'), ind('cases'))}</td></tr>
        <tr><th scope="row">${t('admin-ind-in-time')}</th><td>${pct(ind('urgent-claimed-in-time'), ind('urgent-escalated'))} (${ind('urgent-claimed-in-time')}/${ind('urgent-escalated')})</td></tr>
        <tr><th scope="row">${t('admin-ind-claim-time')}</th><td>${mins(report.toClaim.median)} / ${mins(report.toClaim.p90)}</td></tr>
        <tr><th scope="row">${t('admin-ind-answer-time')}</th><td>${mins(report.toFirstAnswer.median)} / ${mins(report.toFirstAnswer.p90)}</td></tr>
        <tr><th scope="row">${t('admin-ind-supported')}</th><td>${pct(ind('supported'), ind('cases'))}</td></tr>
      </tbody></table></section>
      <section><h2>${t('admin-chart-weekly')}</h2>${raw(stackedWeeks(t('admin-chart-weekly'), report.weekly, [...GROUPS, 'unspecified'].map((g) => ({ key: g, label: t(`admin-group-${g}`) }))))}</section>
      <section><h2>${t('admin-chart-outcomes')}</h2>${raw(barChart(t('admin-chart-outcomes'), section('support-outcome').map((f) => ({ label: f.item, value: f.value }))))}</section>
      <section><h2>${t('admin-chart-provinces')}</h2>${raw(barChart(t('admin-chart-provinces'), section('province').map((f) => ({ label: provinceName.get(f.item) ?? f.item, value: f.value }))))}</section>
      <section><h2>${t('admin-chart-channels')}</h2>${raw(barChart(t('admin-chart-channels'), section('channel').map((f) => ({ label: f.item, value: f.value }))))}</section>
      ${crossTable(t, report)}
      ${['form-of-violence', 'affected-sex-age', 'harm-sex', 'harm-age', 'harm-relationship', 'support-outcome', 'province', 'channel'].map(table)}`);
  });

  // The GBVIMS-compatible monthly aggregate (consented cases only, small cells suppressed) and its codebook.
  app.get('/reports/gbvims.csv', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const month = monthPeriod((req.query as { month?: string }).month);
    if (!month) return reply.code(400).send({ error: 'bad_request', message: 'month must be YYYY-MM' });
    const cells = gbvimsCells(await deps.store.caseLog.reportRows(month.from, month.to));
    await audit(deps, req, 'report.export', month.label, { format: 'gbvims-aggregate' });
    const rows = [[...CODEBOOK.columns], ...cells.map((c) => [month.label, c.indicator, c.category, shownCount(c.count)])];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="gbv_statistics_${month.label}.csv"`).header('cache-control', 'no-store').send(stringify(rows));
  });

  app.get('/reports/gbvims-codebook.json', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    return CODEBOOK;
  });

  app.get('/reports.csv', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const { period, report } = await build(req);
    await audit(deps, req, 'report.export', period.label, { format: 'csv', preset: period.preset, from: period.from.toISOString(), to: period.to.toISOString() });
    const rows = [[...REPORT_HEADER], ...reportTable(report).map((r) => r.map(String))];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="tin-cay-report-${period.preset}-${period.from.toISOString().slice(0, 10)}.csv"`)
      .header('cache-control', 'no-store').send('\uFEFF' + stringify(rows));
  });

  app.get('/reports.xlsx', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const { period, report } = await build(req);
    await audit(deps, req, 'report.export', period.label, { format: 'xlsx', preset: period.preset, from: period.from.toISOString(), to: period.to.toISOString() });
    const body = await reportXlsx(report, (code) => provinceName.get(code) ?? code);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="tin-cay-report-${period.preset}-${period.from.toISOString().slice(0, 10)}.xlsx"`)
      .header('cache-control', 'no-store').send(body);
  });
}

/** The province × channel table: provinces by name in rows, channels in columns, totals last. */
function crossTable(t: (k: string) => string, report: Report) {
  const tab = provinceByChannel(report);
  return html`<section aria-labelledby="cross-h"><h2 id="cross-h">${t('admin-cross-province-channel')}</h2><div class="scroll"><table class="cross">
    <thead><tr><th scope="col">${t('admin-province')}</th>${tab.channels.map((c) => html`<th scope="col">${c}</th>`)}<th scope="col">${t('admin-total')}</th></tr></thead>
    <tbody>${tab.provinces.map((p) => html`<tr><th scope="row">${provinceName.get(p) ?? p}</th>${tab.channels.map((c) => html`<td>${tab.cell(p, c)}</td>`)}<td>${tab.provinceTotal(p)}</td></tr>`)}</tbody>
    <tfoot><tr><th scope="row">${t('admin-total')}</th>${tab.channels.map((c) => html`<td>${tab.channelTotal(c)}</td>`)}<td>${tab.total}</td></tr></tfoot></table></div></section>`;
}
