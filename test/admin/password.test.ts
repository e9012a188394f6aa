// Changing one's own password: the current password first, the admin:create strength rule, CSRF, an audit row, and
// the account's other sessions ended while this one stays signed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, PASSWORD, type AdminClient } from './support/admin-client.js';

const NEW_PASSWORD = 'Mây-trắng bay về 2027!';

describe('password change', () => {
  let t: TestApp;
  let here: AdminClient, elsewhere: AdminClient, other: AdminClient;
  const change = (form: Record<string, string>, opts?: { csrf?: boolean }) => here.post('/admin/password', form, { from: '/admin/password', ...opts });
  const lastAudit = async (action: string) => (await t.app.database.store.audit.list({ action, page: 1, pageSize: 1 })).rows[0];

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'lan@example.org', 'counsellor', 'Lan');
    await createAccount(t, 'minh@example.org', 'counsellor', 'Minh');
    here = adminClient(t); elsewhere = adminClient(t); other = adminClient(t);
    await here.login('lan@example.org');
    await elsewhere.login('lan@example.org');
    await other.login('minh@example.org');
  });
  afterAll(() => t?.close());

  it('is offered to every signed-in account, counsellors included', async () => {
    const page = await (await here.get('/admin/password')).text();
    expect(page).toContain('name="current"');
    expect(page).toContain('href="/admin/password"');
  });

  it('refuses a wrong current password, and audits the attempt', async () => {
    const res = await change({ current: 'not-my-password-at-all', password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Mật khẩu hiện tại không đúng');
    expect(await lastAudit('account.password-failed')).toMatchObject({ actor: 'lan@example.org', target: 'lan@example.org' });
    expect((await elsewhere.get('/admin/cases')).status).toBe(200);
  });

  it.each([
    [{ password: 'short-1', repeat: 'short-1' }, 'ít nhất 12 ký tự'],
    [{ password: 'lan-lan-lan-lan-Xy', repeat: 'lan-lan-lan-lan-Xy' }, 'tên trong email'],
    [{ password: NEW_PASSWORD, repeat: `${NEW_PASSWORD}x` }, 'không giống nhau'],
    [{ password: PASSWORD, repeat: PASSWORD }, 'phải khác mật khẩu hiện tại'],
  ])('refuses a new password that breaks the rule (%o) and names why', async (form, reason) => {
    const res = await change({ current: PASSWORD, ...form });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(reason);
  });

  it('needs the form’s CSRF token', async () => {
    expect((await change({ current: PASSWORD, password: NEW_PASSWORD, repeat: NEW_PASSWORD }, { csrf: false })).status).toBe(403);
    expect((await here.login('lan@example.org', PASSWORD)).status).toBe(303);
  });

  it('changes it, audits it, ends the account’s other sessions and keeps this one (and other accounts’)', async () => {
    const res = await change({ current: PASSWORD, password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Đã đổi mật khẩu');
    expect((await here.get('/admin/cases')).status).toBe(200);
    const gone = await elsewhere.get('/admin/cases');
    expect(gone.status).toBe(303);
    expect(gone.headers.get('location')).toBe('/admin/login');
    expect((await other.get('/admin/cases')).status).toBe(200);
    const row = await lastAudit('account.password');
    expect(row).toMatchObject({ action: 'account.password', target: 'lan@example.org' });
    // The earlier test signed in once more with `here` (the CSRF check): two other sessions ended.
    expect(row!.detail).toEqual({ otherSessionsEnded: 2 });
    expect((await adminClient(t).login('lan@example.org', PASSWORD)).status).toBe(401);
    expect((await adminClient(t).login('lan@example.org', NEW_PASSWORD)).status).toBe(303);
  });
});
