// Who may see and do what on the dashboard: a counsellor cannot export, manage the directory, read the audit log
// or see the contact details of another counsellor's case; every case view and every export writes an audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';
import type { Account, Case } from '../../src/db/repositories/index.js';

describe('dashboard access by role', () => {
  let t: TestApp;
  let admin: AdminClient, lan: AdminClient, minh: AdminClient;
  let lanAccount: Account;
  let lansCase: Case;
  const auditCount = async (action: string) => (await t.app.database.store.audit.list({ action, page: 1, pageSize: 500 })).total;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    lanAccount = await createAccount(t, 'lan@example.org', 'counsellor', 'Lan');
    await createAccount(t, 'minh@example.org', 'counsellor', 'Minh');
    lansCase = await seedCase(t, {
      status: 'claimed', urgency: 'urgent', level: 'danger', at: new Date(), claimedBy: `account:${lanAccount.id}`, claimedAlias: 'Lan',
      answers: { kinds: ['physical'], callback: 'phone' }, contact: { phone: '0912345678' },
    });
    admin = adminClient(t); lan = adminClient(t); minh = adminClient(t);
    await admin.login('admin@example.org');
    await lan.login('lan@example.org');
    await minh.login('minh@example.org');
  });
  afterAll(() => t?.close());

  it('does not let a counsellor export a report (and writes no export row)', async () => {
    const before = await auditCount('report.export');
    const res = await minh.get('/admin/reports.csv?preset=year');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).not.toMatch(/csv/);
    expect((await minh.get('/admin/reports')).status).toBe(403);
    expect(await auditCount('report.export')).toBe(before);
  });

  it('does not let a counsellor manage the directory', async () => {
    expect((await minh.get('/admin/directory')).status).toBe(403);
    expect((await minh.get('/admin/directory.csv')).status).toBe(403);
    const res = await minh.post('/admin/directory', { name: 'Nhà tạm lánh X', kind: 'shelter', province: '01' }, { from: '/admin/cases' });
    expect(res.status).toBe(403);
    expect((await t.app.database.store.directory.allEntries()).some((e) => e.name === 'Nhà tạm lánh X')).toBe(false);
  });

  it('does not let a counsellor read the audit log or manage accounts', async () => {
    expect((await minh.get('/admin/audit')).status).toBe(403);
    expect((await minh.get('/admin/accounts')).status).toBe(403);
  });

  it("does not show a counsellor another counsellor's contact details; shows them to the claimer and to admins", async () => {
    const other = await (await minh.get(`/admin/cases/${lansCase.ref}`)).text();
    expect(other).not.toContain('0912345678');
    expect(other).toContain('chỉ quản trị viên và tư vấn viên nhận ca');
    expect(await (await lan.get(`/admin/cases/${lansCase.ref}`)).text()).toContain('0912345678');
    expect(await (await admin.get(`/admin/cases/${lansCase.ref}`)).text()).toContain('0912345678');
  });

  it('shows no chat key anywhere in the case pages', async () => {
    const page = await (await admin.get(`/admin/cases/${lansCase.ref}`)).text();
    expect(page).not.toContain(lansCase.chatKey!);
    const list = await (await admin.get('/admin/cases')).text();
    expect(list).not.toContain(lansCase.chatKey!);
  });

  it('writes an audit row for every case view (the case page and the console case page)', async () => {
    const before = await auditCount('case.view');
    await minh.get(`/admin/cases/${lansCase.ref}`);
    await admin.get(`/admin/cases/${lansCase.ref}`);
    await lan.get(`/admin/console/${lansCase.ref}`);
    expect(await auditCount('case.view')).toBe(before + 3);
    const { rows } = await t.app.database.store.audit.list({ action: 'case.view', page: 1, pageSize: 3 });
    expect(rows.map((r) => r.actor)).toEqual(['lan@example.org', 'admin@example.org', 'minh@example.org']);
    expect(rows.every((r) => r.target === lansCase.ref && r.addressHash)).toBe(true);
  });

  it('writes an audit row for every export', async () => {
    const before = await auditCount('report.export');
    expect((await admin.get('/admin/reports.csv?preset=year')).status).toBe(200);
    expect((await admin.get('/admin/reports.csv?preset=action-month')).status).toBe(200);
    expect(await auditCount('report.export')).toBe(before + 2);
    const dirBefore = await auditCount('directory.export');
    expect((await admin.get('/admin/directory.csv')).status).toBe(200);
    expect(await auditCount('directory.export')).toBe(dirBefore + 1);
  });

  it('offers no way to edit or delete an audit row', async () => {
    const page = await (await admin.get('/admin/audit')).text();
    expect(page).toContain('case.view');
    expect(page).not.toMatch(/<form method="post" action="\/admin\/audit/);
    expect((await admin.post('/admin/audit', {}, { from: '/admin/cases' })).status).toBe(404);
  });
});
