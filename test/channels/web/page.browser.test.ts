// The web chat page in a real browser (Debian's Chromium through playwright-core): it greets, shows choices as
// buttons a person can press, and the quick exit wipes the screen. On a machine without Chromium this file is
// skipped visibly; CI installs Chromium and sets REQUIRE_BROWSER=1, so there it fails instead of skipping.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);

describe.skipIf(!haveBrowser)('web chat page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('greets in Vietnamese, shows the menu as buttons, and answers a pressed button', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const log = page.locator('#log');
    await expect.poll(() => log.innerText(), { timeout: 15_000 }).toMatch(/113/);
    const buttons = page.locator('.choices button');
    await expect.poll(() => buttons.count()).toBeGreaterThan(3);
    const before = await log.locator('li').count();
    await page.getByRole('button', { name: /Đường dây nóng/ }).last().click();
    await expect.poll(() => log.locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(before + 1);
    // The session id is the page's own random value, kept only in this tab.
    const id = await page.evaluate(() => sessionStorage.getItem('tc-session'));
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await page.close();
  });

  it('types an answer in the text box and gets a reply', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
    await page.getByLabel('Tin nhắn của bạn').fill('cuu toi voi, chong toi cam dao');
    await page.getByRole('button', { name: 'Gửi' }).click();
    // The danger words interrupt: the emergency numbers come after the person's message.
    await expect.poll(() => page.locator('#log li.me ~ li.bot').filter({ hasText: '113' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
