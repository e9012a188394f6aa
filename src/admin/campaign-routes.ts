// Campaign lines (admins only): a short line shown under the welcome, in every channel, for a period. Without one,
// the welcome names the Action Month from 15/11 to 15/12 (src/campaign/campaign-at.ts). Lines are added and ended,
// never edited; each change writes an audit row and is read again at once (other instances within a minute).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, langOf, requireAdmin, who, type AdminDeps } from './context.js';
import { fmtTime } from './case-view.js';
import { vnDay } from './case-routes.js';
import { html } from './html.js';
import { page } from './layout.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const newLine = z.object({
  textVi: z.string().trim().min(1).max(200),
  textEn: z.string().trim().min(1).max(200),
  from: day,
  to: day,
}).refine((b) => b.from <= b.to);

export function campaignRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const list = async (req: FastifyRequest, reply: FastifyReply, error?: string) => {
    const t = (k: string, a?: Record<string, string>) => deps.i18n.t(langOf(req), k, a);
    const csrf = reply.generateCsrf();
    const now = deps.now();
    const lines = await deps.store.campaignLines.recent();
    const shown = deps.campaigns.at(now);
    const state = (l: { startsAt: Date; endsAt: Date }) => (l.endsAt <= now ? 'over' : l.startsAt > now ? 'coming' : 'running');
    return page(deps, req, reply, t('admin-campaign-title'), html`
      ${error ? html`<p class="error" role="alert">${t(error)}</p>` : ''}
      <p>${t('admin-campaign-default')}</p>
      <p role="status"><strong>${t('admin-campaign-now')}</strong> ${shown === null ? t('admin-campaign-none') : shown.kind === 'action-month' ? t('admin-campaign-action-month') : `${shown.vi} / ${shown.en}`}</p>
      <div class="scroll"><table><thead><tr><th>${t('admin-campaign-text-vi')}</th><th>${t('admin-campaign-text-en')}</th><th>${t('admin-from')}</th><th>${t('admin-to')}</th><th>${t('admin-status')}</th><th></th></tr></thead>
      <tbody>${lines.map((l) => html`<tr><td>${l.textVi}</td><td>${l.textEn}</td><td>${fmtTime(l.startsAt)}</td><td>${fmtTime(l.endsAt)}</td><td>${t(`admin-campaign-${state(l)}`)}</td><td>
        ${state(l) === 'over' ? '' : html`<form method="post" action="/admin/campaign/${l.id}/end"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">${t('admin-campaign-end')}</button></form>`}</td></tr>`)}</tbody></table></div>
      <h2>${t('admin-campaign-add')}</h2>
      <form method="post" action="/admin/campaign" class="stack"><input type="hidden" name="_csrf" value="${csrf}">
        <label>${t('admin-campaign-text-vi')} <input name="textVi" required maxlength="200" lang="vi"></label>
        <label>${t('admin-campaign-text-en')} <input name="textEn" required maxlength="200" lang="en"></label>
        <label>${t('admin-from')} <input type="date" name="from" required></label>
        <label>${t('admin-to')} <input type="date" name="to" required></label>
        <button type="submit">${t('admin-campaign-add')}</button></form>`);
  };

  app.get('/campaign', async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    return list(req, reply);
  });

  app.post('/campaign', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const body = newLine.safeParse(req.body);
    if (!body.success) return list(req, reply.code(400), 'admin-campaign-invalid');
    // Days in Vietnam time; the last day is included.
    const startsAt = vnDay(body.data.from), endsAt = new Date(vnDay(body.data.to).getTime() + 86_400_000);
    const line = await deps.store.campaignLines.add({ textVi: body.data.textVi, textEn: body.data.textEn, startsAt, endsAt, createdBy: who(req).email });
    await audit(deps, req, 'campaign.add', line.id, { from: body.data.from, to: body.data.to });
    await deps.campaigns.refresh();
    return reply.redirect('/admin/campaign', 303);
  });

  app.post('/campaign/:id/end', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!requireAdmin(deps, req, reply)) return;
    const { id } = req.params as { id: string };
    const line = z.string().uuid().safeParse(id).success ? await deps.store.campaignLines.byId(id) : null;
    if (!line) return reply.code(404).send({ error: 'not_found' });
    await deps.store.campaignLines.end(id, deps.now());
    await audit(deps, req, 'campaign.end', id);
    await deps.campaigns.refresh();
    return reply.redirect('/admin/campaign', 303);
  });
}
