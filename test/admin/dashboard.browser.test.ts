// The dashboard in a real browser (Debian's Chromium through playwright-core): sign in, filter the case list, open
// a case and see its timeline, claim and answer a web-chat person from the console and see the answer reach their
// page, see a chart, download CSV and XLSX reports whose figures match the database, add a campaign line and change
// the password with the keyboard. Skipped visibly without Chromium;
// with REQUIRE_BROWSER=1 (CI) a missing Chromium fails instead.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { haveBrowser, launchBrowser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createAccount, PASSWORD } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';
import { SEEDED } from './support/action-month-cases.js';


describe.skipIf(!haveBrowser)('dashboard in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    t = await startTestApp({ env: { DASHBOARD_CONSOLE: 'true', ON_DUTY_HOURS: '00:00-23:59' } });
    await createAccount(t, 'admin@example.org', 'admin', 'Hoa');
    for (const c of SEEDED) await seedCase(t, c);
    browser = await launchBrowser();
    staff = await browser.newContext({ acceptDownloads: true });
    page = await staff.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in with the keyboard', async () => {
    await page.goto(`${t.url}/admin/cases`);
    expect(page.url()).toMatch(/\/admin\/login$/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.waitForURL(/\/admin\/cases$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Nhật ký ca');
  });

  it('filters the case list and opens a case with its timeline', async () => {
    await page.goto(`${t.url}/admin/cases`);
    await page.getByLabel('Kênh').selectOption('zalo-oa');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/channel=zalo-oa/);
    const rows = page.locator('table.cases tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().locator('a').click();
    await page.waitForURL(/\/admin\/cases\/[A-Z0-9]+$/);
    const timeline = page.locator('ol.timeline li');
    await expect.poll(() => timeline.allInnerTexts()).toEqual([expect.stringContaining('Tạo ca'), expect.stringContaining('Chuyển tư vấn viên'), expect.stringContaining('Nhận ca')]);
  });

  it('claims and answers a web-chat person from the console; the answer reaches their page', async () => {
    const person = await (await browser.newContext()).newPage();
    await person.goto(`${t.url}/`);
    await expect.poll(() => person.locator('#log').innerText(), { timeout: 15_000 }).toMatch(/113/);
    await person.getByRole('button', { name: 'Nói chuyện với tư vấn viên' }).last().click();
    await person.getByRole('button', { name: 'Có, nhắn cho tôi ở đây' }).last().click();
    const sessionId = await person.evaluate(() => sessionStorage.getItem('tc-session'));
    const chatKey = t.app.core.chatKeyOf('web', sessionId!);
    await expect.poll(async () => (await t.app.database.store.cases.findOpen(chatKey))?.level, { timeout: 15_000 }).toBeTruthy();
    const ref = (await t.app.database.store.cases.findOpen(chatKey))!.ref;

    await page.goto(`${t.url}/admin/console`);
    await expect.poll(() => page.locator('table.queue').innerText(), { timeout: 15_000 }).toContain(ref);
    await page.getByRole('link', { name: ref }).click();
    await page.getByRole('button', { name: 'Nhận ca' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Bạn đã nhận ca này');
    await page.getByLabel('Trả lời người dùng').fill('Chào bạn, mình là Hoa. Bạn có an toàn không?');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect.poll(() => person.locator('#log').innerText(), { timeout: 20_000 }).toContain('Bạn có an toàn không?');

    // What the person writes appears in the console without a reload.
    await person.getByLabel('Tin nhắn của bạn').fill('Mình đang an toàn');
    await person.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => page.locator('ol.thread').innerText(), { timeout: 20_000 }).toContain('Mình đang an toàn');
  });

  it('shows a chart and downloads a CSV report whose figures match the database', async () => {
    await page.goto(`${t.url}/admin/reports?preset=action-month&year=2025`);
    const chart = page.locator('svg.chart').first();
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as { section: string; item: string; value: string }[];
    const from = new Date('2025-11-15T00:00:00+07:00'), to = new Date('2025-12-16T00:00:00+07:00');
    const db = t.app.database.db;
    const byChannel = await db.case.groupBy({ by: ['channel'], where: { createdAt: { gte: from, lt: to }, status: { not: 'draft' } }, _count: true });
    expect(Number(rows.find((r) => r.item === 'cases')!.value)).toBe(byChannel.reduce((a, c) => a + c._count, 0));
    for (const c of byChannel) expect(Number(rows.find((r) => r.section === 'channel' && r.item === c.channel)!.value)).toBe(c._count);
    const urgent = await db.case.count({ where: { createdAt: { gte: from, lt: to }, status: { not: 'draft' }, urgency: 'urgent' } });
    expect(Number(rows.find((r) => r.section === 'indicator' && r.item === 'urgent')!.value)).toBe(urgent);
  });

  it('downloads an XLSX report with the CSV\'s figures', async () => {
    await page.goto(`${t.url}/admin/reports?preset=action-month&year=2025`);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    const csv = parse((await readFile((await csvDownload.path())!, 'utf8')).replace(/^\uFEFF/, ''), { columns: true }) as { section: string; item: string; value: string }[];
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await readFile((await download.path())!)).buffer);
    const rows: unknown[][] = [];
    book.getWorksheet('figures')!.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows.map((r) => [r[0], r[1], String(r[2] ?? '')])).toEqual(csv.map((r) => [r.section, r.item, r.value]));
    await expect.poll(() => page.locator('table.cross tfoot').innerText()).toMatch(/Tổng\s+2\s+2\s+1\s+5/);
  });

  it('adds a campaign line with the keyboard and lists it', async () => {
    await page.goto(`${t.url}/admin/campaign`);
    await page.getByLabel('Nội dung (tiếng Việt)').fill('Tuần lễ 8/3: bạn không một mình');
    await page.getByLabel('Nội dung (tiếng Anh)').fill('Women’s Day week: you are not alone');
    await page.getByLabel('Từ ngày').fill('2027-03-01');
    await page.getByLabel('Đến ngày').fill('2027-03-09');
    await page.getByLabel('Đến ngày').press('Enter');
    await expect.poll(() => page.locator('main table').innerText()).toContain('Tuần lễ 8/3: bạn không một mình');
  });

  it('changes the password with the keyboard and stays signed in', async () => {
    await page.goto(`${t.url}/admin/password`);
    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Mây-trắng bay về 2027!');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Mây-trắng bay về 2027!');
    await page.getByLabel('Nhập lại mật khẩu mới').press('Enter');
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Đã đổi mật khẩu');
    await page.goto(`${t.url}/admin/cases`);
    expect(page.url()).toMatch(/\/admin\/cases$/);
  });
});
