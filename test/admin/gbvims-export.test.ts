// The GBVIMS-compatible monthly aggregate (consented cases only, small cells suppressed) and the row-level export (a
// stated, confirmed, audited action; categories only): admins only.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';

describe('GBVIMS aggregate export', () => {
  let t: TestApp;
  let admin: AdminClient, lan: AdminClient;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    await createAccount(t, 'lan@example.org', 'counsellor');
    const at = new Date('2025-03-10T05:00:00Z');
    for (let i = 0; i < 6; i++) await seedCase(t, { at, answers: { consentStatistics: 'yes', kinds: ['physical'], victimSex: 'female', relationship: 'spouse' } });
    for (let i = 0; i < 2; i++) await seedCase(t, { at, answers: { consentStatistics: 'yes', kinds: ['rape'], victimSex: 'male', relationship: 'stranger' } });
    for (let i = 0; i < 3; i++) await seedCase(t, { at, answers: { consentStatistics: 'no', kinds: ['physical'], victimSex: 'female' } });
    // The last day of February at 23:30 Vietnam time belongs to February.
    await seedCase(t, { at: new Date('2025-02-28T16:30:00Z'), answers: { consentStatistics: 'yes', victimSex: 'female' } });
    admin = adminClient(t); lan = adminClient(t);
    await admin.login('admin@example.org');
    await lan.login('lan@example.org');
  });
  afterAll(() => t?.close());

  it('counts consented cases only, suppresses cells under 5, and audits the export', async () => {
    const res = await admin.get('/admin/reports/gbvims.csv?month=2025-03');
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as { period: string; indicator: string; category_id: string; count: string }[];
    const cell = (indicator: string, category: string) => rows.find((r) => r.indicator === indicator && r.category_id === category)?.count;
    expect(cell('new_incidents', 'all')).toBe('8');
    expect(cell('survivor_sex', 'female')).toBe('6');
    expect(cell('survivor_sex', 'male')).toBe('<5');
    expect(cell('gbv_type', 'physical_assault')).toBe('6');
    expect(cell('perpetrator_relationship', 'intimate_partner_former_partner')).toBe('6');
    expect(rows.every((r) => r.period === '2025-03')).toBe(true);
    const { rows: audit } = await t.app.database.store.audit.list({ action: 'report.export', page: 1, pageSize: 1 });
    expect(audit[0]).toMatchObject({ target: '2025-03', detail: { format: 'gbvims-aggregate' } });
  });

  it('is for admins only', async () => {
    expect((await lan.get('/admin/reports/gbvims.csv?month=2025-03')).status).toBe(403);
    expect((await lan.get('/admin/reports/gbvims-codebook.json')).status).toBe(403);
    expect((await admin.get('/admin/reports/gbvims-codebook.json')).status).toBe(200);
  });
});

describe('GBVIMS row-level export', () => {
  let t: TestApp;
  let admin: AdminClient, lan: AdminClient;
  const exports = async () => (await t.app.database.store.audit.list({ action: 'report.export', page: 1, pageSize: 50 })).rows;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    await createAccount(t, 'lan@example.org', 'counsellor');
    const at = new Date('2025-04-10T05:00:00Z');
    await seedCase(t, { ref: 'TC-ROW001', at, answers: { consentStatistics: 'yes', kinds: ['physical'], victimSex: 'female', victimAge: '26-40', relationship: 'spouse', commune: 'Phường Phan Đình Phùng' }, province: '19', channel: 'telegram', contact: { phone: '0912345678', codeWord: 'hoa-sen' } });
    await seedCase(t, { ref: 'TC-ROW002', at, answers: { consentStatistics: 'yes', kinds: ['rape'], victimSex: 'female', victimAge: '12-17', relationship: 'stranger' } });
    await seedCase(t, { ref: 'TC-ROW003', at, answers: { consentStatistics: 'no', kinds: ['physical'], victimSex: 'male' }, contact: { phone: '0987654321' } });
    admin = adminClient(t); lan = adminClient(t);
    await admin.login('admin@example.org');
    await lan.login('lan@example.org');
  });
  afterAll(() => t?.close());

  it('states what will be exported and how many rows before anything leaves, and the statement itself exports nothing', async () => {
    const before = (await exports()).length;
    const res = await admin.get('/admin/reports/gbvims-rows?month=2025-04');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('2 vụ sẽ được xuất');
    expect(page).toContain('Chỉ các ca mà người báo đã đồng ý');
    expect(page).toContain('period, incident, gbv_type, survivor_sex');
    expect(page).toMatch(/thông tin liên lạc \(kể cả phần đã niêm phong\)/);
    expect(page).toMatch(/<input type="checkbox" name="confirm" value="yes" required>/);
    expect((await exports()).length).toBe(before);
  });

  it('exports one row per consented incident with the categories only (no reference, id, place, channel, words or contact) and audits it', async () => {
    const missing = await admin.post('/admin/reports/gbvims-rows', { month: '2025-04' }, { from: '/admin/reports/gbvims-rows?month=2025-04' });
    expect(missing.status).toBe(400);
    const res = await admin.post('/admin/reports/gbvims-rows', { month: '2025-04', confirm: 'yes' }, { from: '/admin/reports/gbvims-rows?month=2025-04' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('gbv_incidents_2025-04.csv');
    const text = await res.text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['period', 'incident', 'gbv_type', 'survivor_sex', 'survivor_age', 'perpetrator_relationship', 'perpetrator_age_group', 'elapsed_reporting_time']);
    expect(rows.map((r) => [r.incident, r.gbv_type, r.survivor_age])).toEqual([['1', 'physical_assault', '26-40'], ['2', 'rape', '12-17']]);
    for (const secret of ['TC-ROW', '0912345678', '0987654321', 'hoa-sen', 'Phan Đình Phùng', 'telegram', '2025-04-10']) expect(text).not.toContain(secret);
    const [row] = await exports();
    expect(row).toMatchObject({ actor: 'admin@example.org', target: '2025-04', detail: { format: 'gbvims-rows', rows: 2 } });
  });

  it('refuses counsellors, on the statement and on the export, and needs the form’s CSRF token', async () => {
    const before = (await exports()).length;
    expect((await lan.get('/admin/reports/gbvims-rows?month=2025-04')).status).toBe(403);
    expect((await lan.post('/admin/reports/gbvims-rows', { month: '2025-04', confirm: 'yes' }, { from: '/admin/cases' })).status).toBe(403);
    expect((await admin.post('/admin/reports/gbvims-rows', { month: '2025-04', confirm: 'yes' }, { csrf: false })).status).toBe(403);
    expect((await exports()).length).toBe(before);
  });
});
