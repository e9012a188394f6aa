// The page frame: language, navigation by role, the stylesheet and script as files (the CSP allows no inline).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdminDeps } from './context.js';
import { langOf } from './context.js';
import { html, type Html } from './html.js';

export function page(deps: AdminDeps, req: FastifyRequest, reply: FastifyReply, title: string, body: Html) {
  const lang = langOf(req);
  const t = (k: string) => deps.i18n.t(lang, k);
  const account = req.signedIn?.account;
  const nav = account ? html`<nav aria-label="${t('admin-nav')}"><ul>
    <li><a href="/admin/cases">${t('admin-nav-cases')}</a></li>
    <li><a href="/admin/console">${t('admin-nav-console')}</a></li>
    ${account.role === 'admin' ? html`<li><a href="/admin/reports">${t('admin-nav-reports')}</a></li>
    <li><a href="/admin/directory">${t('admin-nav-directory')}</a></li>
    <li><a href="/admin/audit">${t('admin-nav-audit')}</a></li>
    <li><a href="/admin/accounts">${t('admin-nav-accounts')}</a></li>
    <li><a href="/admin/campaign">${t('admin-nav-campaign')}</a></li>` : ''}
    <li><a href="/admin/password">${t('admin-nav-password')}</a></li>
  </ul>
  <form method="post" action="/admin/logout"><input type="hidden" name="_csrf" value="${reply.generateCsrf()}"><button type="submit">${t('admin-logout')}</button></form></nav>` : '';
  const other = lang === 'vi' ? 'en' : 'vi';
  const doc = html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Tin Cậy</title><link rel="stylesheet" href="/admin/static/admin.css"><script src="/admin/static/admin.js" defer></script></head>
<body><a class="skip" href="#main">${t('admin-skip')}</a>
<header><strong>Tin Cậy</strong> ${account ? html`<span class="who">${account.alias} (${t(`admin-role-${account.role}`)})</span>` : ''}
<a href="/admin/lang?to=${other}" lang="${other}">${other === 'en' ? 'English' : 'Tiếng Việt'}</a>${nav}</header>
<main id="main"><h1>${title}</h1>${body}</main></body></html>`;
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(doc.value);
}
