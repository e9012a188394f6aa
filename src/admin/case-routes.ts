// The case log: a filtered, paged list and a case page. Every view of the list (its filters and page, nothing
// personal) and of a case page writes an audit row. A stale open
// case can be closed with an outcome (so retention runs) through the hand-off's close, like any counsellor's.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { OUTCOMES } from '../cases/case-events.js';
import { AGE_GROUPS, VICTIM_SEX } from '../../flows/main/intake/options.js';
import { VIOLENCE_KINDS } from '../../flows/main/violence.js';
import { listProvinces } from '../../flows/text/index.js';
import type { CaseLogFilter } from '../db/repositories/index.js';
import { audit, claimKeyOf, forbidden, langOf, who, type AdminDeps } from './context.js';
import { answersList, contactBlock, fmtTime, mayReadPrivate, timelineList } from './case-view.js';
import { html } from './html.js';
import { page } from './layout.js';

const PAGE_SIZE = 25;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const opt = z.string().max(64).optional().catch(undefined);
const listQuery = z.object({
  from: day, to: day, status: opt, urgency: opt, kind: opt, province: opt, channel: opt, claimedBy: opt, age: opt, sex: opt,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** A day in Vietnam time → its first instant (UTC). */
export const vnDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

export function filterOf(q: z.infer<typeof listQuery>): CaseLogFilter {
  return {
    from: q.from ? vnDay(q.from) : undefined,
    to: q.to ? new Date(vnDay(q.to).getTime() + 86_400_000) : undefined,
    status: q.status || undefined, urgency: q.urgency || undefined, kind: q.kind || undefined, province: q.province || undefined,
    channel: q.channel || undefined, claimedBy: q.claimedBy || undefined, victimAge: q.age || undefined, victimSex: q.sex || undefined,
  };
}

export const outcomeSelect = (deps: AdminDeps, req: FastifyRequest) => html`<select name="outcome" required>${OUTCOMES.map((o) => html`<option value="${o}">${deps.i18n.t(langOf(req), `staff-outcome-${o}`)}</option>`)}</select>`;

export function caseRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/cases', async (req, reply) => {
    const lang = langOf(req);
    const t = (k: string, a?: Record<string, string | number>) => deps.i18n.t(lang, k, a);
    const q = listQuery.parse(req.query ?? {});
    const { rows, total } = await deps.store.caseLog.list(filterOf(q), q.page, PAGE_SIZE);
    const filters = Object.fromEntries(Object.entries(q).filter(([k, v]) => k !== 'page' && v));
    await audit(deps, req, 'case.list', null, { filters, page: q.page, shown: rows.length, total });
    const claimants = await deps.store.caseLog.claimants();
    const provinces = listProvinces();
    const select = (name: keyof typeof q, label: string, options: { v: string; l: string }[]) => html`<label>${label}
      <select name="${name}"><option value="">${t('admin-any')}</option>${options.map((o) => html`<option value="${o.v}" ${q[name] === o.v ? 'selected' : ''}>${o.l}</option>`)}</select></label>`;
    const params = new URLSearchParams(Object.entries(q).filter(([k, v]) => k !== 'page' && v) as [string, string][]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    return page(deps, req, reply, t('admin-cases-title'), html`
      <form method="get" action="/admin/cases" class="filters" aria-label="${t('admin-filters')}">
        <label>${t('admin-from')} <input type="date" name="from" value="${q.from ?? ''}"></label>
        <label>${t('admin-to')} <input type="date" name="to" value="${q.to ?? ''}"></label>
        ${select('status', t('admin-status'), ['draft', 'open', 'claimed', 'closed'].map((v) => ({ v, l: t(`staff-status-${v}`) })))}
        ${select('urgency', t('admin-urgency'), ['urgent', 'normal'].map((v) => ({ v, l: t(`admin-urgency-${v}`) })))}
        ${select('kind', t('admin-kind'), VIOLENCE_KINDS.map((v) => ({ v, l: deps.i18n.t(lang, `kind-${v}`) })))}
        ${select('province', t('admin-province'), provinces.map((p) => ({ v: p.code, l: p.name })))}
        ${select('channel', t('admin-channel'), ['telegram', 'web', 'zalo-oa', 'zalo-bot'].map((v) => ({ v, l: v })))}
        ${select('claimedBy', t('admin-claimed-by'), claimants.map((c) => ({ v: c.key, l: c.alias })))}
        ${select('age', t('admin-age'), AGE_GROUPS.map((v) => ({ v, l: v })))}
        ${select('sex', t('admin-sex'), VICTIM_SEX.map((v) => ({ v, l: deps.i18n.t(lang, `sex-${v}`) })))}
        <button type="submit">${t('admin-filter')}</button>
      </form>
      <p role="status">${t('admin-cases-count', { count: total })}</p>
      <div class="scroll"><table class="cases"><thead><tr><th>${t('admin-ref')}</th><th>${t('admin-created')}</th><th>${t('admin-status')}</th><th>${t('admin-urgency')}</th><th>${t('admin-level')}</th><th>${t('admin-channel')}</th><th>${t('admin-province')}</th><th>${t('admin-claimed-by')}</th><th>${t('admin-outcome')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td><a href="/admin/cases/${r.ref}">${r.ref}</a></td><td>${fmtTime(r.createdAt)}</td><td>${t(`staff-status-${r.status}`)}</td>
        <td>${t(`admin-urgency-${r.urgency}`)}</td><td>${r.level ? t(`staff-level-${r.level}`) : ''}</td><td>${r.channel}</td><td>${r.province ?? ''}</td><td>${r.claimedAlias ?? ''}</td><td>${r.outcome ? t(`staff-outcome-${r.outcome}`) : ''}</td></tr>`)}</tbody></table></div>
      <nav class="pager" aria-label="${t('admin-pages')}">${q.page > 1 ? html`<a rel="prev" href="/admin/cases?${params.toString()}&page=${q.page - 1}">${t('admin-prev')}</a>` : ''}
        <span>${t('admin-page-of', { page: q.page, pages })}</span>${q.page < pages ? html`<a rel="next" href="/admin/cases?${params.toString()}&page=${q.page + 1}">${t('admin-next')}</a>` : ''}</nav>`);
  });

  app.get('/cases/:ref', async (req, reply) => {
    const lang = langOf(req);
    const t = (k: string, a?: Record<string, string | number>) => deps.i18n.t(lang, k, a);
    const { ref } = req.params as { ref: string };
    const row = await deps.store.cases.byRef(ref);
    if (!row) return reply.code(404).type('text/html; charset=utf-8').send(t('admin-not-found'));
    const account = who(req);
    await audit(deps, req, 'case.view', row.ref, { private: mayReadPrivate(account, row) });
    const events = await deps.store.cases.timeline(row.id);
    const aliases = await aliasMap(deps);
    const open = row.status !== 'closed';
    return page(deps, req, reply, `${t('staff-case')} ${row.ref}`, html`
      <p>${t(`staff-status-${row.status}`)} · ${t(`admin-urgency-${row.urgency}`)} ${row.level ? html`· ${t(`staff-level-${row.level}`)}` : ''} · ${row.channel} · ${fmtTime(row.createdAt)}
        ${row.claimedAlias ? html`· ${t('admin-claimed-by')}: ${row.claimedAlias}` : ''} ${row.outcome ? html`· ${t('admin-outcome')}: ${t(`staff-outcome-${row.outcome}`)}` : ''}</p>
      <section aria-labelledby="answers-h"><h2 id="answers-h">${t('admin-answers')}</h2>${answersList(deps, lang, row, account)}</section>
      ${contactBlock(deps, lang, account, row)}
      <section aria-labelledby="timeline-h"><h2 id="timeline-h">${t('admin-timeline')}</h2>${timelineList(deps, lang, account, row, events, aliases)}</section>
      ${open && mayReadPrivate(account, row) ? html`<section aria-labelledby="close-h"><h2 id="close-h">${t('admin-close')}</h2>
        <form method="post" action="/admin/cases/${row.ref}/close" class="stack"><input type="hidden" name="_csrf" value="${reply.generateCsrf()}">
        <label>${t('admin-outcome')} ${outcomeSelect(deps, req)}</label><button type="submit">${t('admin-close')}</button></form></section>` : ''}
      ${row.status === 'open' || row.status === 'claimed' ? html`<p><a href="/admin/console/${row.ref}">${t('admin-open-console')}</a></p>` : ''}`);
  });

  app.post('/cases/:ref/close', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const outcome = z.enum(OUTCOMES).safeParse((req.body as { outcome?: string })?.outcome);
    const row = await deps.store.cases.byRef(ref);
    if (!row || !outcome.success) return reply.code(400).send({ error: 'bad_request' });
    const account = who(req);
    if (!mayReadPrivate(account, row)) return forbidden(deps, req, reply);
    await deps.actions().close(ref, claimKeyOf(account), outcome.data);
    await audit(deps, req, 'case.close', ref, { outcome: outcome.data });
    return reply.redirect(`/admin/cases/${ref}`, 303);
  });
}

/** Counsellor key → alias, for both desks: Telegram counsellors and dashboard accounts. */
export async function aliasMap(deps: AdminDeps): Promise<Map<string, string>> {
  const map = await deps.store.counsellors.aliases();
  for (const a of await deps.store.accounts.list()) map.set(`account:${a.id}`, a.alias);
  return map;
}
