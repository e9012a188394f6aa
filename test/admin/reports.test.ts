// Reports: the CSV's figures for a period equal what the database says, counted independently in SQL, for a
// seeded set of cases inside and outside the Action Month; the XLSX carries the same figures (read back with the
// library that wrote it); the province × channel table agrees with SQL on the page and in both exports; the report
// page draws its charts as SVG.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';
import { SEEDED } from './support/action-month-cases.js';

describe('reports', () => {
  let t: TestApp;
  let admin: AdminClient;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    for (const c of SEEDED) await seedCase(t, c);
    admin = adminClient(t);
    await admin.login('admin@example.org');
  });
  afterAll(() => t?.close());

  const from = new Date('2025-11-15T00:00:00+07:00'), to = new Date('2025-12-16T00:00:00+07:00');

  it('exports a CSV whose figures equal the database\'s for the Action Month', async () => {
    const res = await admin.get('/admin/reports.csv?preset=action-month&year=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as { section: string; item: string; value: string }[];
    const fig = (section: string, item: string) => Number(rows.find((r) => r.section === section && r.item === item)?.value ?? 0);
    const db = t.app.database.db;
    const count = async (extra: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "Case" WHERE "createdAt" >= $1 AND "createdAt" < $2 AND status <> 'draft' ${extra}`, from, to))[0]!.n);

    expect(fig('indicator', 'cases')).toBe(await count(''));
    expect(fig('indicator', 'cases')).toBe(5);
    expect(fig('indicator', 'urgent')).toBe(await count(`AND urgency = 'urgent'`));
    expect(fig('indicator', 'closed')).toBe(await count(`AND status = 'closed'`));
    expect(fig('indicator', 'escalated')).toBe(await count(`AND EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = "Case".id AND e.type = 'escalated')`));
    for (const channel of ['web', 'telegram', 'zalo-oa']) expect(fig('channel', channel)).toBe(await count(`AND channel = '${channel}'`));
    for (const province of ['01', '79', '48']) expect(fig('province', province)).toBe(await count(`AND province = '${province}'`));
    // Physical: the kinds whose group is physical ('physical' only); sexual: rape, sexual_contact, workplace_harassment.
    expect(fig('form-of-violence', 'physical')).toBe(await count(`AND answers->'kinds' ? 'physical'`));
    expect(fig('form-of-violence', 'sexual')).toBe(await count(`AND answers->'kinds' ?| array['rape','sexual_contact','workplace_harassment']`));
    expect(fig('affected-sex-age', 'female|26-40')).toBe(await count(`AND answers->>'victimSex' = 'female' AND answers->>'victimAge' = '26-40'`));
    expect(fig('harm-sex', 'male')).toBe(await count(`AND answers->>'perpSex' = 'male'`));
    expect(fig('harm-relationship', 'spouse')).toBe(await count(`AND answers->>'relationship' = 'spouse'`));
    for (const outcome of ['referred-police', 'counselled', 'unreachable']) expect(fig('support-outcome', outcome)).toBe(await count(`AND outcome = '${outcome}'`));
    // Urgent and escalated: three; claimed within the deadline (danger 5 min, ongoing 15 min): the first and the fifth.
    expect(fig('indicator', 'urgent-escalated')).toBe(3);
    expect(fig('indicator', 'urgent-claimed-in-time')).toBe(2);
    // Minutes to claim: 3, 12, 10 → median 10, p90 12 (nearest rank).
    expect(rows.find((r) => r.item === 'minutes-to-claim-median')?.value).toBe('10');
    expect(rows.find((r) => r.item === 'minutes-to-claim-p90')?.value).toBe('12');
  });

  const csvRows = async (query: string) => parse((await (await admin.get(`/admin/reports.csv?${query}`)).text()).replace(/^\uFEFF/, ''), { columns: true }) as { section: string; item: string; value: string }[];
  const xlsxBook = async (query: string) => {
    const res = await admin.get(`/admin/reports.xlsx?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    return book;
  };
  const sheetRows = (book: ExcelJS.Workbook, name: string) => {
    const rows: unknown[][] = [];
    book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it('exports an XLSX whose figures equal the CSV\'s and the database\'s, numbers as numbers, and audits it', async () => {
    const query = 'preset=action-month&year=2025';
    const csv = await csvRows(query);
    const [header, ...figures] = sheetRows(await xlsxBook(query), 'figures');
    expect(header).toEqual(['section', 'item', 'value']);
    expect(figures.length).toBe(csv.length);
    // Cell for cell: the same sections, items and values (empty timing cells are absent in the sheet).
    expect(figures.map((r) => [r[0], r[1], String(r[2] ?? '')])).toEqual(csv.map((r) => [r.section, r.item, r.value]));
    const value = (section: string, item: string) => figures.find((r) => r[0] === section && r[1] === item)?.[2];
    expect(value('indicator', 'cases')).toBe(5);
    const n = await t.app.database.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "Case" WHERE "createdAt" >= $1 AND "createdAt" < $2 AND status <> 'draft' AND channel = 'web'`, from, to);
    expect(value('channel', 'web')).toBe(Number(n[0]!.n));
    const { rows } = await t.app.database.store.audit.list({ action: 'report.export', page: 1, pageSize: 1 });
    expect(rows[0]).toMatchObject({ detail: { format: 'xlsx', preset: 'action-month' } });
  });

  it('breaks the cases down by province and channel, as SQL counts them, on the page and in the CSV and the XLSX', async () => {
    const query = 'preset=action-month&year=2025';
    const sql = await t.app.database.db.$queryRawUnsafe<{ province: string | null; channel: string; n: bigint }[]>(
      `SELECT province, channel, count(*) AS n FROM "Case" WHERE "createdAt" >= $1 AND "createdAt" < $2 AND status <> 'draft' GROUP BY province, channel`, from, to);
    expect(sql.length).toBe(3);
    const csv = await csvRows(query);
    const tab = sheetRows(await xlsxBook(query), 'province-channel');
    const channels = tab[0]!.slice(2, -1) as string[];
    for (const { province, channel, n } of sql) {
      expect(Number(csv.find((r) => r.section === 'province-channel' && r.item === `${province ?? 'unknown'}|${channel}`)?.value)).toBe(Number(n));
      const row = tab.find((r) => r[0] === (province ?? 'unknown'))!;
      expect(row[2 + channels.indexOf(channel)]).toBe(Number(n));
    }
    // Totals: each province's row and the whole table.
    expect(tab.find((r) => r[0] === '79')!.at(-1)).toBe(2);
    expect(tab.at(-1)!.at(-1)).toBe(5);
    const page = await (await admin.get(`/admin/reports?${query}`)).text();
    const table = /<table class="cross">[\s\S]*?<\/table>/.exec(page)![0];
    expect(table).toMatch(/<th scope="row">[^<]*Hồ Chí Minh<\/th><td>0<\/td><td>2<\/td><td>0<\/td><td>2<\/td>/);
    expect(table).toMatch(/<tfoot><tr><th scope="row">Tổng<\/th><td>2<\/td><td>2<\/td><td>1<\/td><td>5<\/td>/);
    expect(channels).toEqual(['telegram', 'web', 'zalo-oa']);
  });

  it('draws the charts as SVG on the report page', async () => {
    const page = await (await admin.get('/admin/reports?preset=action-month&year=2025')).text();
    expect(page.match(/<svg class="chart"/g)?.length).toBe(4);
    expect(page).toMatch(/<rect [^>]*height="\d+"[^>]*fill=/);
    expect(page).toContain('15/11–15/12/2025');
  });

  it('filters the case list by kind, sex and province', async () => {
    const page = await (await admin.get('/admin/cases?kind=physical&sex=female&province=01')).text();
    expect(page).toContain('1 ca');
    const all = await (await admin.get('/admin/cases')).text();
    expect(all).toContain(`${SEEDED.length} ca`);
  });
});
