// Serves the web chat page and its two static files. The script and the styles are files, not inline, so the
// Content-Security-Policy (src/http/server.ts) can forbid inline script. The page's own texts come from the locale
// files (flows/locales/*/web.ftl), rendered once at start: Vietnamese in the HTML, both languages in a JSON block
// (data, not script) the page switches to when the replies come in English. The bar's fourth number is the
// deployment's primary counselling line. Never cached by the browser (a shared phone should not keep the page).
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../../flows/contract.js';
import type { Translator } from '../../core/i18n.js';
import { escapeHtml } from '../../http/escape-html.js';

const PAGE_KEYS = ['web-title', 'web-bar-label', 'web-bar-police', 'web-bar-ambulance', 'web-bar-children', 'web-bar-counselling',
  'web-exit', 'web-exit-label', 'web-about', 'web-input-label', 'web-placeholder', 'web-send', 'web-share-location',
  'web-no-location', 'web-error', 'web-offline'] as const;

/** Every text of the page in one language, the bar's "Call 113, police" labels included. */
export function pageTexts(i18n: Translator, lang: Lang, primaryLine: string): Record<string, string> {
  const texts: Record<string, string> = Object.fromEntries(PAGE_KEYS.map((k) => [k, i18n.t(lang, k)]));
  const bar = [['113', 'police'], ['115', 'ambulance'], ['111', 'children'], [primaryLine, 'counselling']] as const;
  for (const [number, who] of bar) texts[`web-call-${who}`] = i18n.t(lang, 'web-call', { number, who: texts[`web-bar-${who}`]! });
  return texts;
}

export function renderPage(template: string, i18n: Translator, primaryLine: string): string {
  const texts = { vi: pageTexts(i18n, 'vi', primaryLine), en: pageTexts(i18n, 'en', primaryLine) };
  // Inside <script type="application/json">: "<" escaped so no text can close the element.
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  return template.replace(/\{\{([a-zA-Z-]+)\}\}/g, (_, key: string) => {
    if (key === 'texts') return json;
    if (key === 'primaryLine') return escapeHtml(primaryLine);
    const text = texts.vi[key];
    if (text === undefined) throw new Error(`page.html names a text that does not exist: ${key}`);
    return escapeHtml(text);
  });
}

export function registerWebPage(http: FastifyInstance, deps: { i18n: Translator; primaryLine: string }): void {
  const files = {
    '/': [renderPage(readFileSync(new URL('./page.html', import.meta.url), 'utf8'), deps.i18n, deps.primaryLine), 'text/html; charset=utf-8'],
    '/page.js': [readFileSync(new URL('./page.js', import.meta.url), 'utf8'), 'text/javascript; charset=utf-8'],
    '/page.css': [readFileSync(new URL('./page.css', import.meta.url), 'utf8'), 'text/css; charset=utf-8'],
  } as const;
  for (const [route, [body, type]] of Object.entries(files)) {
    http.get(route, async (_req, reply) => reply.type(type).header('cache-control', 'no-store').send(body));
  }
}
