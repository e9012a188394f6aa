// The web chat page in a real browser (Debian's Chromium through playwright-core): it greets, shows choices as
// buttons a person can press, and the quick exit wipes the screen. On a machine without Chromium this file is
// skipped visibly; CI installs Chromium and sets REQUIRE_BROWSER=1, so there it fails instead of skipping.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../../support/browser.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';


describe.skipIf(!haveBrowser)('web chat page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
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

  describe('on a phone (390×844)', () => {
    const PHONE = { width: 390, height: 844 };
    const phonePage = async () => {
      const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
      // The quick exit leaves for a neutral site; answer it locally (tests have no network).
      await page.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
      return page;
    };
    const inViewport = (box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    };

    it('keeps the emergency bar in view while the chat scrolls under it, with tel: links big enough to tap', async () => {
      const page = await phonePage();
      await page.goto(`${t.url}/`);
      await expect.poll(() => page.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
      const bar = page.locator('#sos');
      inViewport(await bar.boundingBox());
      // Each emergency number is a tel: link at least 24px each way, inside the viewport, without scrolling.
      for (const n of ['113', '115', '111', '18008080']) {
        const box = await bar.locator(`a[href="tel:${n}"]`).boundingBox();
        inViewport(box);
        expect(box!.height).toBeGreaterThanOrEqual(24);
        expect(box!.width).toBeGreaterThanOrEqual(24);
      }
      // The welcome's 🆘 choice is on screen without scrolling too.
      inViewport(await page.locator('.choices button', { hasText: '🆘' }).last().boundingBox());

      const shot = join(tmpdir(), 'tin-cay-web-390x844.png');
      await page.screenshot({ path: shot });
      const png = readFileSync(shot);
      expect(png.length).toBeGreaterThan(1000);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

      // Enough messages to scroll the chat well past one screen.
      const input = page.getByLabel('Tin nhắn của bạn');
      for (let i = 0; i < 8; i++) {
        const before = await page.locator('#log li.bot').count();
        await input.fill(`xin chào ${i}`);
        await page.getByRole('button', { name: 'Gửi' }).click();
        await expect.poll(() => page.locator('#log li.bot').count(), { timeout: 15_000 }).toBeGreaterThan(before);
      }
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(2 * PHONE.height);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height);
      const barBox = await bar.boundingBox();
      inViewport(barBox);
      expect(barBox!.y).toBe(0);
      // What a person sees at the top is the bar, not a message scrolled over it.
      expect(await page.evaluate(() => (document.elementFromPoint(20, 10)?.closest('#sos') ? 'bar' : document.elementFromPoint(20, 10)?.tagName))).toBe('bar');
      await page.screenshot({ path: join(tmpdir(), 'tin-cay-web-390x844-scrolled.png') });
      await page.close();
    });

    it('shows the phone numbers inside messages as tel: links', async () => {
      const page = await phonePage();
      await page.goto(`${t.url}/`);
      await expect.poll(() => page.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
      await page.getByLabel('Tin nhắn của bạn').fill('🆘');
      await page.getByRole('button', { name: 'Gửi' }).click();
      const links = page.locator('#log li.bot a[href^="tel:"]');
      await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(3);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const n of ['113', '115', '111', '18008080']) expect(hrefs).toContain(`tel:${n}`);
      expect((await links.first().boundingBox())!.height).toBeGreaterThanOrEqual(24);
      await page.close();
    });

    it('the quick exit replaces the chat in the history: back does not return to it, and the session is gone', async () => {
      const page = await phonePage();
      await page.goto(`${t.url}/healthz`);
      await page.goto(`${t.url}/`);
      await expect.poll(() => page.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
      const length = await page.evaluate(() => history.length);
      await page.locator('#exit').click();
      await page.waitForURL(/google\.com/);
      expect(await page.evaluate(() => history.length)).toBe(length);
      await page.goBack();
      expect(page.url()).toBe(`${t.url}/healthz`);
      expect(await page.evaluate(() => sessionStorage.getItem('tc-session'))).toBeNull();
      await page.goForward();
      expect(page.url()).toMatch(/google\.com/);
      await page.close();
    });
  });

  it('"English" on the welcome switches the language at once: the next screen is English', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.locator('.choices button').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.locator('.choices button', { hasText: 'English' }).last().click();
    await expect.poll(() => page.locator('#log li.bot').last().innerText(), { timeout: 15_000 }).toMatch(/What do you need/);
    expect(await page.locator('#log li.bot').last().innerText()).not.toMatch(/Chọn ngôn ngữ/);
    // The page's own texts follow: the emergency bar, the input and the document's language.
    await expect.poll(() => page.locator('#sos').innerText()).toMatch(/Police/);
    expect(await page.locator('#sos a[href="tel:113"]').getAttribute('aria-label')).toBe('Call 113, Police');
    expect(await page.getByLabel('Your message').getAttribute('placeholder')).toBe('Type a message…');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});
