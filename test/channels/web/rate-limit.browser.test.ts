// The web chat page in a real browser when the server refuses a message for going too fast: the page shows the
// server's kind sentence with the emergency numbers as tel: links, not a generic error. Skipped visibly without
// Chromium (CI sets REQUIRE_BROWSER=1 and installs it), like page.browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../../support/browser.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';


describe.skipIf(!haveBrowser)('web chat page over its rate limit, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    // The page's own /start is the first message of the session: two typed messages go over a limit of 2.
    t = await startTestApp({ env: { RATE_LIMIT_WINDOW_SECONDS: '600', RATE_LIMIT_PER_CHAT: '2' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the kind sentence with the emergency numbers as tel: links when a message is refused', async () => {
    const sentence = loadTranslator(textGlobals(loadConfig({}))).t('vi', 'http-error-rate-limited');
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
    const box = page.getByLabel('Tin nhắn của bạn');
    for (const text of ['xin chào', 'bạn ơi']) {
      await box.fill(text);
      await page.getByRole('button', { name: 'Gửi' }).click();
    }
    const refusal = page.locator('#log li.bot', { hasText: sentence.slice(0, 20) });
    await expect.poll(() => refusal.count(), { timeout: 15_000 }).toBe(1);
    expect(await refusal.innerText()).toBe(sentence);
    for (const number of ['113', '115', '111', '18008080']) expect(await refusal.locator(`a[href="tel:${number}"]`).count()).toBe(1);
    await page.close();
  });
});
