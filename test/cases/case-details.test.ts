// Typed free text (the commune) is sealed in Case.detailsSealed, never in clear in Case.answers; the reports count
// from the structured answers alone; the dashboard opens the text for admins and the claimer only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDetails } from '../../src/cases/case-details.js';
import { computeReport } from '../../src/admin/reports/figures.js';
import { createSealer } from '../../src/privacy/sealer.js';
import { EVERYONE, startTestApp, type TestApp } from '../support/test-app.js';
import { tablesContaining } from '../support/scan-tables.js';
import { FULL_REPORT } from '../support/scripts.js';
import { adminClient, createAccount } from '../admin/support/admin-client.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ people: EVERYONE }); });
afterAll(async () => { await t.close(); });

describe('typed free text of a case', () => {
  let ref: string;

  it('is sealed, not in the answers, while the structured answers stay in clear for the counts', async () => {
    const sessionId = 'details-sealed-session-01';
    for (const text of ['/start', ...FULL_REPORT]) expect((await t.chat({ sessionId, text })).status).toBe(200);
    const row = await t.app.database.db.case.findFirstOrThrow({ where: { chatKey: t.app.core.chatKeyOf('web', sessionId) } });
    ref = row.ref;
    expect(row.answers).not.toHaveProperty('commune');
    expect(row.answers).toMatchObject({ province: expect.any(String), victimSex: 'female', kinds: expect.any(Array) });
    expect(openDetails(createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex')), row)).toEqual({ commune: 'xã Tân Yên', provinceTyped: 'Bắc Giang' });
    expect(await tablesContaining(t.app.database.db, 'Tân Yên')).toEqual([]);

    // The reports read only the clear answers: this case is counted, by form of violence and by province.
    const rows = await t.app.database.store.caseLog.reportRows(new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000));
    const report = computeReport(rows, () => 30);
    expect(report.figures).toContainEqual({ section: 'indicator', item: 'cases', value: 1 });
    expect(report.figures.filter((f) => f.section === 'form-of-violence').length).toBeGreaterThan(0);
    expect(report.figures.filter((f) => f.section === 'province').map((f) => f.item)).toContain(row.province);
  });

  it('is shown on the dashboard\'s case page to an admin, and not to a counsellor who has not claimed the case', async () => {
    await createAccount(t, 'admin-details@example.org', 'admin');
    await createAccount(t, 'counsellor-details@example.org', 'counsellor');
    const admin = adminClient(t);
    await admin.login('admin-details@example.org');
    expect(await (await admin.get(`/admin/cases/${ref}`)).text()).toContain('xã Tân Yên');
    const counsellor = adminClient(t);
    await counsellor.login('counsellor-details@example.org');
    const page = await (await counsellor.get(`/admin/cases/${ref}`)).text();
    expect(page).toContain(ref);
    expect(page).not.toContain('Tân Yên');
  });
});
