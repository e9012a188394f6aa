// The GBVIMS-compatible monthly aggregate: consented cases only, small cells suppressed, admins only, audited.
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
