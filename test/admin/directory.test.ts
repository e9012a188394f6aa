// Directory management: a CSV with bad rows names each bad row and why, imports nothing until the admin confirms,
// then imports the good rows only; a deactivated seeded hotline stays off the bot's list across a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';

const CSV = [
  'name,kind,province,commune,address,showAddress,phone,hours,services,latitude,longitude,source,verifiedAt',
  'Nhà tạm lánh Hoa Sen,shelter,01,Phường Ba Đình,12 Phố A,yes,024 3333 4444,24/7,tạm lánh,21.04,105.83,Hội LHPN,2026-05-01',
  ',shelter,01,,,,,,,,,,',
  'Địa chỉ tin cậy Thôn 3,trusted_address,99,,,no,,,,,,,',
  'Trung tâm CTXH,social_work_centre,79,,,,abc,,,,,,',
  'Trợ giúp pháp lý Q1,legal_aid,79,Phường Sài Gòn,1 Lê Lợi,yes,028 1234 567,,,10.77,106.70,Sở Tư pháp,2024-01-02',
].join('\n');

describe('directory management', () => {
  let t: TestApp;
  let admin: AdminClient;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    admin = adminClient(t);
    await admin.login('admin@example.org');
  });
  afterAll(() => t?.close());

  const imported = async () => (await t.app.database.store.directory.allEntries()).filter((e) => !e.sample).map((e) => e.name).sort();

  it('names each bad row with its reason and imports nothing before the admin confirms', async () => {
    const res = await admin.post('/admin/directory/import', { csv: CSV }, { from: '/admin/directory/import' });
    const page = await res.text();
    expect(page).toContain('2 dòng hợp lệ, 3 dòng lỗi');
    expect(page).toMatch(/Dòng 3: name is required/);
    expect(page).toMatch(/Dòng 4: province must be a province code/);
    expect(page).toMatch(/Dòng 5: phone must be/);
    expect(page).not.toMatch(/Dòng 2:|Dòng 6:/);
    expect(await imported()).toEqual([]);
  });

  it('imports the good rows only when confirmed, and audits it', async () => {
    const res = await admin.post('/admin/directory/import', { csv: CSV, confirm: '1' }, { from: '/admin/directory/import' });
    expect(await res.text()).toContain('Đã nhập 2 địa chỉ');
    expect(await imported()).toEqual(['Nhà tạm lánh Hoa Sen', 'Trợ giúp pháp lý Q1']);
    const { rows } = await t.app.database.store.audit.list({ action: 'directory.import', page: 1, pageSize: 5 });
    expect(rows[0]!.detail).toMatchObject({ imported: 2, skipped: [3, 4, 5] });
  });

  it('flags a verification older than a year', async () => {
    const page = await (await admin.get('/admin/directory')).text();
    const row = page.split('<tr').find((r) => r.includes('Trợ giúp pháp lý Q1'))!;
    expect(row).toContain('Chưa xác minh trong 1 năm');
    const fresh = page.split('<tr').find((r) => r.includes('Nhà tạm lánh Hoa Sen'))!;
    expect(fresh).not.toContain('Chưa xác minh trong 1 năm');
  });

  it('keeps a deactivated seeded hotline off the list, also after a restart (seeding does not bring it back)', async () => {
    const before = await t.app.database.store.directory.hotlines();
    const number = before.find((h) => !h.emergency)?.number ?? before[0]!.number;
    expect((await admin.post(`/admin/hotlines/${number}/deactivate`, {}, { from: '/admin/directory' })).status).toBe(303);
    expect((await t.app.database.store.directory.hotlines()).map((h) => h.number)).not.toContain(number);
    t = await t.restart();
    expect((await t.app.database.store.directory.hotlines()).map((h) => h.number)).not.toContain(number);
  });
});
