// Directory and hotlines management (admins only): list, add, edit, deactivate (never deleted: a seeded hotline
// an admin removed stays removed, since seeding skips existing numbers), CSV import checked row by row and
// applied only when the admin confirms, and CSV export. Verification older than a year is flagged.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { DIRECTORY_KINDS } from '../directory/kinds.js';
import { audit, langOf, requireAdmin, type AdminDeps } from './context.js';
import { describeIssues, ENTRY_COLUMNS, entrySchema, toEntryData, type EntryInput } from './directory-entry-schema.js';
import { html } from './html.js';
import { page } from './layout.js';

const YEAR_MS = 365 * 86_400_000;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

export interface ImportCheck { good: { line: number; entry: EntryInput }[]; bad: { line: number; reason: string }[] }

/** Every row checked; `line` is the CSV line (the header is line 1). */
export function checkImport(csv: string): ImportCheck {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { good: [], bad: [{ line: 0, reason: `not CSV: ${(error as Error).message.slice(0, 200)}` }] };
  }
  const out: ImportCheck = { good: [], bad: [] };
  records.forEach((r, i) => {
    const parsed = entrySchema.safeParse(r);
    if (parsed.success) out.good.push({ line: i + 2, entry: parsed.data });
    else out.bad.push({ line: i + 2, reason: describeIssues(parsed.error.issues) });
  });
  return out;
}

const hotlineSchema = z.object({
  number: z.string().trim().regex(/^[0-9]{3,12}$/, 'number must be 3–12 digits'),
  nameVi: z.string().trim().min(2).max(200), nameEn: z.string().trim().min(2).max(200),
  purposeVi: z.string().trim().min(2).max(400), purposeEn: z.string().trim().min(2).max(400),
  hours: z.string().trim().max(120).optional(), source: z.string().trim().min(2).max(300),
});

export function directoryRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const tr = (req: FastifyRequest) => (k: string, a?: Record<string, string | number>) => deps.i18n.t(langOf(req), k, a);
  const dir = deps.store.directory;

  const entryForm = (req: FastifyRequest, reply: FastifyReply, action: string, e: Partial<Record<(typeof ENTRY_COLUMNS)[number], string>>, error?: string) => {
    const t = tr(req);
    const field = (name: (typeof ENTRY_COLUMNS)[number], type = 'text') => html`<label>${t(`admin-dir-${name}`)} <input name="${name}" type="${type}" value="${e[name] ?? ''}"></label>`;
    return html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="${action}" class="stack"><input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
      ${field('name')}<label>${t('admin-dir-kind')} <select name="kind">${DIRECTORY_KINDS.map((k) => html`<option value="${k}" ${e.kind === k ? 'selected' : ''}>${k}</option>`)}</select></label>
      ${field('province')}${field('commune')}${field('address')}
      <label>${t('admin-dir-showAddress')} <select name="showAddress"><option value="yes">${t('admin-yes')}</option><option value="no" ${e.showAddress === 'no' ? 'selected' : ''}>${t('admin-no')}</option></select></label>
      ${field('phone', 'tel')}${field('hours')}${field('services')}${field('latitude')}${field('longitude')}${field('source')}${field('verifiedAt', 'date')}
      <button type="submit">${t('admin-save')}</button></form>`;
  };

  app.get('/directory', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const t = tr(req);
    const [entries, hotlines] = await Promise.all([dir.allEntries(), dir.allHotlines()]);
    const now = deps.now().getTime();
    const stale = (d: Date | null) => !d || now - d.getTime() > YEAR_MS;
    const csrf = reply.generateCsrf();
    const toggle = (path: string, active: boolean) => html`<form method="post" action="${path}/${active ? 'deactivate' : 'activate'}"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">${t(active ? 'admin-deactivate' : 'admin-activate')}</button></form>`;
    return page(deps, req, reply, t('admin-dir-title'), html`
      <p><a href="/admin/directory/new">${t('admin-dir-add')}</a> · <a href="/admin/directory/import">${t('admin-dir-import')}</a> · <a href="/admin/directory.csv" download>${t('admin-export-csv')}</a></p>
      <div class="scroll"><table><thead><tr><th>${t('admin-dir-name')}</th><th>${t('admin-dir-kind')}</th><th>${t('admin-dir-province')}</th><th>${t('admin-dir-phone')}</th><th>${t('admin-dir-verifiedAt')}</th><th></th></tr></thead>
      <tbody>${entries.map((e) => html`<tr class="${e.active ? '' : 'muted'}"><td><a href="/admin/directory/${e.id}">${e.name}</a>${e.active ? '' : html` (${t('admin-inactive')})`}</td><td>${e.kind}</td><td>${e.province}</td><td>${e.phone ?? ''}</td>
        <td>${day(e.verifiedAt)} ${stale(e.verifiedAt) ? html`<span class="flag">${t('admin-dir-stale')}</span>` : ''}</td><td>${toggle(`/admin/directory/${e.id}`, e.active)}</td></tr>`)}</tbody></table></div>
      <h2>${t('admin-hotlines')}</h2>
      <div class="scroll"><table><thead><tr><th>${t('admin-hotline-number')}</th><th>${t('admin-dir-name')}</th><th>${t('admin-dir-hours')}</th><th>${t('admin-dir-verifiedAt')}</th><th></th></tr></thead>
      <tbody>${hotlines.map((h) => html`<tr class="${h.active ? '' : 'muted'}"><td>${h.number}</td><td>${h.nameVi}${h.active ? '' : html` (${t('admin-inactive')})`}</td><td>${h.hours ?? ''}</td>
        <td>${day(h.verifiedAt)} ${stale(h.verifiedAt) ? html`<span class="flag">${t('admin-dir-stale')}</span>` : ''}</td><td>${toggle(`/admin/hotlines/${h.number}`, h.active)}</td></tr>`)}</tbody></table></div>
      <h3>${t('admin-hotline-add')}</h3>
      <form method="post" action="/admin/hotlines" class="stack"><input type="hidden" name="_csrf" value="${csrf}">
        ${['number', 'nameVi', 'nameEn', 'purposeVi', 'purposeEn', 'hours', 'source'].map((f) => html`<label>${t(`admin-hotline-${f}`)} <input name="${f}"></label>`)}
        <button type="submit">${t('admin-save')}</button></form>`);
  });

  app.get('/directory/new', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    return page(deps, req, reply, tr(req)('admin-dir-add'), entryForm(req, reply, '/admin/directory', {}));
  });

  app.post('/directory', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const parsed = entrySchema.safeParse(req.body);
    if (!parsed.success) return page(deps, req, reply.code(400), tr(req)('admin-dir-add'), entryForm(req, reply, '/admin/directory', req.body as Record<string, string>, describeIssues(parsed.error.issues)));
    const created = await dir.createEntry(toEntryData(parsed.data));
    await audit(deps, req, 'directory.add', created.id, { name: created.name });
    return reply.redirect('/admin/directory', 303);
  });

  app.get('/directory/:id', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const e = await dir.entryById((req.params as { id: string }).id);
    if (!e) return reply.code(404).send({ error: 'not_found' });
    const values = { ...Object.fromEntries(ENTRY_COLUMNS.map((c) => [c, e[c as keyof typeof e] == null ? '' : String(e[c as keyof typeof e])])), showAddress: e.showAddress ? 'yes' : 'no', verifiedAt: day(e.verifiedAt) };
    return page(deps, req, reply, e.name, entryForm(req, reply, `/admin/directory/${e.id}`, values));
  });

  app.post('/directory/:id', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const { id } = req.params as { id: string };
    const parsed = entrySchema.safeParse(req.body);
    if (!parsed.success) return page(deps, req, reply.code(400), id, entryForm(req, reply, `/admin/directory/${id}`, req.body as Record<string, string>, describeIssues(parsed.error.issues)));
    await dir.updateEntry(id, toEntryData(parsed.data));
    await audit(deps, req, 'directory.edit', id);
    return reply.redirect('/admin/directory', 303);
  });

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(`/directory/:id/${action}`, { preHandler: app.csrfProtection }, async (req, reply) => {
      if (!requireAdmin(deps, req, reply)) return;
      const { id } = req.params as { id: string };
      await dir.updateEntry(id, { active });
      await audit(deps, req, `directory.${action}`, id);
      return reply.redirect('/admin/directory', 303);
    });
    app.post(`/hotlines/:number/${action}`, { preHandler: app.csrfProtection }, async (req, reply) => {
      if (!requireAdmin(deps, req, reply)) return;
      const { number } = req.params as { number: string };
      await dir.updateHotline(number, { active });
      await audit(deps, req, `directory.hotline-${action}`, number);
      return reply.redirect('/admin/directory', 303);
    });
  }

  app.post('/hotlines', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const parsed = hotlineSchema.safeParse(req.body);
    if (!parsed.success) return reply.code(400).type('text/plain; charset=utf-8').send(describeIssues(parsed.error.issues));
    const existing = await dir.hotlineByNumber(parsed.data.number);
    const data = { ...parsed.data, hours: parsed.data.hours || null, verifiedAt: deps.now(), active: true };
    if (existing) await dir.updateHotline(existing.number, data); else await dir.createHotline(data);
    await audit(deps, req, existing ? 'directory.hotline-edit' : 'directory.hotline-add', parsed.data.number);
    return reply.redirect('/admin/directory', 303);
  });

  const importPage = (req: FastifyRequest, reply: FastifyReply, csv = '', check?: ImportCheck, done?: number) => {
    const t = tr(req);
    const csrf = reply.generateCsrf();
    return page(deps, req, reply, t('admin-dir-import'), html`
      ${done !== undefined ? html`<p class="notice" role="status">${t('admin-import-done', { count: done })}</p>` : ''}
      <p>${t('admin-import-help')} <code>${ENTRY_COLUMNS.join(',')}</code></p>
      ${check ? html`<section aria-labelledby="check-h"><h2 id="check-h">${t('admin-import-check', { good: check.good.length, bad: check.bad.length })}</h2>
        ${check.bad.length ? html`<ul class="bad-rows">${check.bad.map((b) => html`<li class="error">${t('admin-import-line', { line: b.line })}: ${b.reason}</li>`)}</ul>` : ''}
        ${check.good.length ? html`<form method="post" action="/admin/directory/import" class="stack"><input type="hidden" name="_csrf" value="${csrf}">
          <input type="hidden" name="confirm" value="1"><textarea name="csv" hidden>${csv}</textarea>
          <button type="submit">${t('admin-import-confirm', { count: check.good.length })}</button></form>` : ''}</section>` : ''}
      <form method="post" action="/admin/directory/import" class="stack"><input type="hidden" name="_csrf" value="${csrf}">
        <label>${t('admin-import-paste')} <textarea name="csv" rows="10">${check ? '' : csv}</textarea></label>
        <button type="submit">${t('admin-import-preview')}</button></form>`);
  };

  app.get('/directory/import', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    return importPage(req, reply);
  });

  app.post('/directory/import', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const body = req.body as { csv?: string; confirm?: string };
    const csv = typeof body.csv === 'string' ? body.csv : '';
    const check = checkImport(csv);
    if (body.confirm !== '1' || !check.good.length) return importPage(req, reply, csv, check);
    // Confirmed: the good rows only, in one statement (all or none).
    const count = await dir.createEntries(check.good.map((g) => toEntryData(g.entry)));
    await audit(deps, req, 'directory.import', null, { imported: count, skipped: check.bad.map((b) => b.line) });
    return importPage(req, reply, '', undefined, count);
  });

  app.get('/directory.csv', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const entries = await dir.allEntries();
    await audit(deps, req, 'directory.export', null, { rows: entries.length });
    const rows = [[...ENTRY_COLUMNS, 'active', 'id'], ...entries.map((e) => [e.name, e.kind, e.province, e.commune ?? '', e.address ?? '', e.showAddress ? 'yes' : 'no', e.phone ?? '', e.hours ?? '', e.services ?? '',
      e.latitude ?? '', e.longitude ?? '', e.source ?? '', day(e.verifiedAt), e.active ? 'yes' : 'no', e.id])];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="tin-cay-directory.csv"').send('\uFEFF' + stringify(rows));
  });
}
