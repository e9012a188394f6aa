// The counsellor console: the queue (most urgent first, then longest waiting), a case's thread with the person's
// words, and claim / answer / note / close — each the hand-off service's own action, as from the Telegram group.
// The thread and the queue refresh by polling JSON (admin.js); the forms post with their CSRF token.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OUTCOMES } from '../cases/case-events.js';
import { audit, claimKeyOf, langOf, who, type AdminDeps } from './context.js';
import { answersList, fmtTime, mayReadPrivate } from './case-view.js';
import { deskMessageContext } from './console/console-desk.js';
import { html } from './html.js';
import { page } from './layout.js';
import { outcomeSelect } from './case-routes.js';

const text = z.object({ text: z.string().trim().min(1).max(4000) });
const NOTICES = new Set(['taken', 'closed', 'unknown', 'not-claimer', 'not-allowed', 'sent', 'claimed', 'noted', 'console-off']);

export function consoleRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const queueRows = async (lang: 'vi' | 'en') => (await deps.actions().queue(deps.now())).map((q) => ({
    ref: q.ref, level: deps.i18n.t(lang, `staff-level-${q.level}`), status: deps.i18n.t(lang, `staff-status-${q.status}`), alias: q.alias ?? '', minutes: q.minutes,
  }));

  app.get('/console', async (req, reply) => {
    const lang = langOf(req);
    const t = (k: string) => deps.i18n.t(lang, k);
    const rows = await queueRows(lang);
    return page(deps, req, reply, t('admin-console-title'), html`
      ${deps.consoleOn ? '' : html`<p class="notice">${t('admin-console-off')}</p>`}
      <div class="scroll"><table class="queue"><thead><tr><th>${t('admin-ref')}</th><th>${t('admin-level')}</th><th>${t('admin-status')}</th><th>${t('admin-claimed-by')}</th><th>${t('admin-waiting')}</th></tr></thead>
      <tbody data-poll-queue="/admin/api/queue">${rows.map((r) => html`<tr><td><a href="/admin/console/${r.ref}">${r.ref}</a></td><td>${r.level}</td><td>${r.status}</td><td>${r.alias}</td><td>${r.minutes}</td></tr>`)}</tbody></table></div>`);
  });

  app.get('/api/queue', async (req) => ({ rows: await queueRows(langOf(req)) }));

  app.get('/api/console/:ref/messages', async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const after = z.coerce.bigint().catch(0n).parse((req.query as { after?: string }).after ?? '0');
    const row = await deps.store.cases.byRef(ref);
    if (!row) return reply.code(404).send({ error: 'not_found' });
    const messages = await deps.store.consoleMessages.since(row.id, after);
    return {
      status: row.status, claimedAlias: row.claimedAlias,
      messages: messages.map((m) => ({ id: String(m.id), from: m.from, at: fmtTime(m.at), text: deps.sealer.open(m.sealed, deskMessageContext(row.id)) })),
    };
  });

  app.get('/console/:ref', async (req, reply) => {
    const lang = langOf(req);
    const t = (k: string, a?: Record<string, string>) => deps.i18n.t(lang, k, a);
    const { ref } = req.params as { ref: string };
    const row = await deps.store.cases.byRef(ref);
    if (!row) return reply.code(404).type('text/html; charset=utf-8').send(t('admin-not-found'));
    const account = who(req);
    await audit(deps, req, 'case.view', row.ref, { console: true, private: mayReadPrivate(account, row) });
    const mine = row.status === 'claimed' && row.claimedBy === claimKeyOf(account);
    const messages = await deps.store.consoleMessages.since(row.id, 0n);
    const notice = (req.query as { m?: string }).m;
    const csrf = reply.generateCsrf();
    const form = (action: string, label: string, body: ReturnType<typeof html>) => html`<form method="post" action="/admin/console/${row.ref}/${action}" class="stack">
      <input type="hidden" name="_csrf" value="${csrf}">${body}<button type="submit">${label}</button></form>`;
    return page(deps, req, reply, `${t('staff-case')} ${row.ref}`, html`
      ${notice && NOTICES.has(notice) ? html`<p class="notice" role="status">${t(`admin-console-${notice}`)}</p>` : ''}
      <p>${row.level ? t(`staff-level-${row.level}`) : ''} · ${t(`staff-status-${row.status}`)} ${row.claimedAlias ? html`· ${t('admin-claimed-by')}: ${row.claimedAlias}` : ''} · <a href="/admin/cases/${row.ref}">${t('admin-case-page')}</a></p>
      <details><summary>${t('admin-answers')}</summary>${answersList(deps, lang, row, account)}</details>
      <section aria-labelledby="thread-h"><h2 id="thread-h">${t('admin-thread')}</h2>
      <ol class="thread" aria-live="polite" data-poll-thread="/admin/api/console/${row.ref}/messages" data-after="${messages.length ? String(messages[messages.length - 1]!.id) : '0'}">
        ${messages.map((m) => html`<li class="from-${m.from}"><time>${fmtTime(m.at)}</time> ${deps.sealer.open(m.sealed, deskMessageContext(row.id))}</li>`)}</ol></section>
      ${row.status === 'open' && deps.consoleOn ? form('claim', t('admin-claim'), html``) : ''}
      ${mine ? html`${form('answer', t('admin-send-answer'), html`<label>${t('admin-answer')} <textarea name="text" rows="3" required maxlength="4000"></textarea></label>`)}
        ${form('note', t('admin-add-note'), html`<label>${t('admin-note')} <textarea name="text" rows="2" required maxlength="4000"></textarea></label>`)}` : ''}
      ${(mine || account.role === 'admin') && row.status !== 'closed' ? form('close', t('admin-close'), html`<label>${t('admin-outcome')} ${outcomeSelect(deps, req)}</label>`) : ''}`);
  });

  const back = (ref: string, m: string) => `/admin/console/${ref}?m=${m}`;

  app.post('/console/:ref/claim', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    if (!deps.consoleOn) return reply.redirect(back(ref, 'console-off'), 303);
    const account = who(req);
    const result = await deps.actions().claim(ref, claimKeyOf(account), account.alias);
    await audit(deps, req, 'case.claim', ref, { won: result.ok });
    return reply.redirect(back(ref, result.ok ? 'claimed' : result.reason), 303);
  });

  app.post('/console/:ref/answer', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const body = text.safeParse(req.body);
    const row = await deps.store.cases.byRef(ref);
    if (!row || !body.success) return reply.code(400).send({ error: 'bad_request' });
    const result = await deps.actions().answer(row, claimKeyOf(who(req)), body.data.text);
    if (result === 'sent') await deps.record(row.id, 'counsellor', body.data.text, deps.now());
    return reply.redirect(back(ref, result), 303);
  });

  app.post('/console/:ref/note', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const body = text.safeParse(req.body);
    const row = await deps.store.cases.byRef(ref);
    if (!row || !body.success) return reply.code(400).send({ error: 'bad_request' });
    if (row.claimedBy !== claimKeyOf(who(req))) return reply.redirect(back(ref, 'not-claimer'), 303);
    await deps.actions().note(row, claimKeyOf(who(req)), body.data.text);
    return reply.redirect(back(ref, 'noted'), 303);
  });

  app.post('/console/:ref/close', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { ref } = req.params as { ref: string };
    const outcome = z.enum(OUTCOMES).safeParse((req.body as { outcome?: string })?.outcome);
    const row = await deps.store.cases.byRef(ref);
    if (!row || !outcome.success) return reply.code(400).send({ error: 'bad_request' });
    if (!mayReadPrivate(who(req), row)) return reply.redirect(back(ref, 'not-claimer'), 303);
    await deps.actions().close(ref, claimKeyOf(who(req)), outcome.data);
    await audit(deps, req, 'case.close', ref, { outcome: outcome.data });
    return reply.redirect(back(ref, 'closed'), 303);
  });
}
