// What the dashboard shows of a case: answers by label, the typed timeline, notes and contact details only to those
// allowed (admins and the counsellor who claimed it). Never a chat key or a channel identity.
import type { Lang } from '../../flows/contract.js';
import { contactContext } from '../cases/case-store.js';
import { openDetails } from '../cases/case-details.js';
import type { Account, Case, TimelineEntry } from '../db/repositories/index.js';
import { claimKeyOf, type AdminDeps } from './context.js';
import { html, type Html } from './html.js';

export const mayReadPrivate = (account: Account, row: Case): boolean => account.role === 'admin' || row.claimedBy === claimKeyOf(account);

const HIDDEN = new Set(['violenceGroups', 'art3', 'provinceTyped']);

/** The answers; the typed free text (sealed) only when `account` may read the case's private details. */
export function answersList(deps: AdminDeps, lang: Lang, row: Case, account?: Account): Html {
  const t = (k: string) => deps.i18n.t(lang, k);
  const details = account && mayReadPrivate(account, row) ? openDetails(deps.sealer, row) : {};
  const entries = Object.entries({ ...(row.answers ?? {}) as Record<string, unknown>, ...details }).filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== '');
  if (!entries.length) return html`<p>${t('staff-no-answers')}</p>`;
  return html`<dl class="answers">${entries.map(([k, v]) => html`<dt>${deps.i18n.has(lang, `staff-answer-${k}`) ? t(`staff-answer-${k}`) : k}</dt><dd>${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>`)}</dl>`;
}

export function contactBlock(deps: AdminDeps, lang: Lang, account: Account, row: Case): Html {
  if (!row.contactSealed) return html``;
  if (!mayReadPrivate(account, row)) return html`<p class="muted">${deps.i18n.t(lang, 'admin-contact-hidden')}</p>`;
  const contact = JSON.parse(deps.sealer.open(row.contactSealed, contactContext(row.id))) as Record<string, string>;
  return html`<section aria-labelledby="contact-h"><h2 id="contact-h">${deps.i18n.t(lang, 'admin-contact')}</h2>
    <dl class="answers">${Object.entries(contact).map(([k, v]) => html`<dt>${k}</dt><dd class="contact">${v}</dd>`)}</dl></section>`;
}

export function timelineList(deps: AdminDeps, lang: Lang, account: Account, row: Case, events: TimelineEntry[], aliases: Map<string, string>): Html {
  const t = (k: string, a?: Record<string, string>) => deps.i18n.t(lang, k, a);
  const privateOk = mayReadPrivate(account, row);
  const item = (e: TimelineEntry) => {
    const data = (e.data ?? {}) as Record<string, unknown>;
    const by = typeof data.by === 'string' ? (aliases.get(data.by) ?? (data.by === row.claimedBy ? row.claimedAlias : null) ?? t('admin-someone')) : null;
    let extra: Html | string = '';
    if (e.type === 'note') extra = typeof data.sealed !== 'string' ? t('admin-note-purged') : privateOk ? html`<blockquote>${deps.sealer.open(data.sealed, `case-note:${row.id}`)}</blockquote>` : t('admin-note-hidden');
    else if (e.type === 'closed') extra = t(`staff-outcome-${String(data.outcome)}`);
    else if (typeof data.level === 'string') extra = t(`staff-level-${data.level}`);
    return html`<li data-type="${e.type}"><time datetime="${e.at.toISOString()}">${fmtTime(e.at)}</time> <strong>${t(`admin-event-${e.type}`)}</strong>${by ? html` · ${by}` : ''} ${extra}</li>`;
  };
  return html`<ol class="timeline">${events.map(item)}</ol>`;
}

/** Vietnam time, day first: what staff read on their clocks. */
export function fmtTime(d: Date): string {
  const v = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 16)}`;
}
