// The web page's own texts come from the locale files, both languages, and its emergency bar names the
// deployment's primary counselling line (issue 8, point 10), not a number written into the page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../../src/channels/web/web-page.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const OTHER = { PRIMARY_HOTLINE: '18001111', PRIMARY_HOTLINE_SCOPE: 'Đường dây tư vấn của tỉnh Ví Dụ' };

describe('the web page with its own primary line', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ env: OTHER }); });
  afterAll(async () => { await t?.close(); });

  it('puts the configured primary line in the emergency bar as a tel: link, beside 113, 115 and 111', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    for (const n of ['113', '115', '111', '18001111']) expect(html).toContain(`href="tel:${n}"`);
    expect(html).not.toContain('tel:18008080');
    expect(html).not.toMatch(/\{\{/);
  });

  it('carries the English texts of the page for the switch, the bar and the connection-lost line included', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    const json = /<script type="application\/json" id="texts">(.*?)<\/script>/s.exec(html)?.[1];
    const texts = JSON.parse(json!) as Record<'vi' | 'en', Record<string, string>>;
    expect(texts.en['web-bar-police']).toBe('Police');
    expect(texts.en['web-call-counselling']).toBe('Call 18001111, Counselling');
    expect(texts.vi['web-offline']).toContain('18001111');
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.vi).sort());
  });
});

describe('rendering the page template', () => {
  const i18n = loadTranslator(textGlobals(loadConfig({})));
  it('escapes what it writes into the HTML, and no text can close the JSON block', () => {
    const fake = { ...i18n, t: (lang: 'vi' | 'en', key: string, args?: Record<string, string | number>) => (key === 'web-title' ? '</script><b>"x"</b>' : i18n.t(lang, key, args)) };
    const html = renderPage('<title>{{web-title}}</title><script type="application/json">{{texts}}</script>', fake as typeof i18n, '18008080');
    expect(html).toContain('<title>&lt;/script&gt;&lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('refuses a page that names a text the locale files do not have', () => {
    expect(() => renderPage('{{web-nothing}}', i18n, '18008080')).toThrow(/web-nothing/);
    const template = readFileSync(new URL('../../../src/channels/web/page.html', import.meta.url), 'utf8');
    expect(() => renderPage(template, i18n, '18008080')).not.toThrow();
  });
});
