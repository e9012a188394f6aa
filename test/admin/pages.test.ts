// Page basics: everything shown is escaped, the English switch works, and the CSS and JS are files (no inline
// script or style, for the content security policy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';

describe('dashboard pages', () => {
  let t: TestApp;
  let admin: AdminClient;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin', '<b>Hoa</b>');
    admin = adminClient(t);
    await admin.login('admin@example.org');
  });
  afterAll(() => t?.close());

  it('escapes what people typed and what admins named', async () => {
    const row = await seedCase(t, { at: new Date(), answers: { commune: '<script>alert(1)</script>' } });
    const page = await (await admin.get(`/admin/cases/${row.ref}`)).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;b&gt;Hoa&lt;/b&gt;');
  });

  it('has no inline script or style, and serves them as files', async () => {
    const page = await (await admin.get('/admin/cases')).text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|style="/);
    expect(page).toContain('<meta name="viewport"');
    expect((await admin.get('/admin/static/admin.css')).headers.get('content-type')).toMatch(/text\/css/);
    expect((await admin.get('/admin/static/admin.js')).headers.get('content-type')).toMatch(/javascript/);
  });

  it('switches to English and back', async () => {
    const c = adminClient(t);
    expect(await (await c.get('/admin/login')).text()).toContain('Mật khẩu');
    await c.get('/admin/lang?to=en');
    const en = await (await c.get('/admin/login')).text();
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('Password');
    await c.get('/admin/lang?to=vi');
    expect(await (await c.get('/admin/login')).text()).toContain('<html lang="vi"');
  });
});
