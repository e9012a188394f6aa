// Dashboard sign-in: a signed-out request to any page goes to the login; wrong passwords are audited and
// rate-limited per account; a form without its CSRF token is refused; idle sessions end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount } from './support/admin-client.js';
import { ACCOUNT_FAILURES } from '../../src/admin/login-routes.js';
import { passwordProblem } from '../../src/admin/password.js';

describe('dashboard sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    await createAccount(t, 'locked@example.org', 'counsellor');
  });
  afterAll(() => t?.close());

  it.each(['/admin', '/admin/cases', '/admin/cases/ABC123', '/admin/console', '/admin/reports', '/admin/reports.csv', '/admin/audit', '/admin/accounts'])('redirects a signed-out request for %s to the login', async (path) => {
    const res = await adminClient(t).get(path);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/login');
  });

  it('answers a signed-out poll with 401, not a page', async () => {
    expect((await adminClient(t).get('/admin/api/queue')).status).toBe(401);
  });

  it('signs in, writes an audit row with a hashed address, and signs out', async () => {
    const c = adminClient(t);
    const res = await c.login('admin@example.org');
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((x) => x.startsWith('tc_admin='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await c.get('/admin/cases')).status).toBe(200);
    const { rows } = await t.app.database.store.audit.list({ action: 'login.ok', page: 1, pageSize: 10 });
    expect(rows[0]).toMatchObject({ actor: 'admin@example.org', action: 'login.ok' });
    expect(rows[0]!.addressHash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(rows[0]!.addressHash).not.toContain('127.0.0.1');
    const out = await c.post('/admin/logout', {}, { from: '/admin/cases' });
    expect(out.status).toBe(303);
    expect((await c.get('/admin/cases')).status).toBe(303);
  });

  it('refuses a form posted without its CSRF token', async () => {
    const c = adminClient(t);
    await c.get('/admin/login');
    const res = await c.post('/admin/login', { email: 'admin@example.org', password: 'a-long-Passphrase-42' }, { csrf: false });
    expect(res.status).toBe(403);
    const signedIn = adminClient(t);
    await signedIn.login('admin@example.org');
    const invite = await signedIn.post('/admin/accounts', { email: 'x@example.org', alias: 'X', role: 'counsellor' }, { csrf: false });
    expect(invite.status).toBe(403);
    expect(await t.app.database.store.accounts.byEmail('x@example.org')).toBeNull();
  });

  it('locks an account after repeated wrong passwords, even for the right one, and audits each failure', async () => {
    const c = adminClient(t);
    for (let i = 0; i < ACCOUNT_FAILURES; i++) expect((await c.login('locked@example.org', 'wrong-password-123')).status).toBe(401);
    const res = await c.login('locked@example.org');
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('15');
    const failed = await t.app.database.store.audit.list({ action: 'login.failed', actor: 'locked@example.org', page: 1, pageSize: 50 });
    expect(failed.total).toBe(ACCOUNT_FAILURES);
  });

  it('refuses weak passwords with the reason', () => {
    expect(passwordProblem('short', 'a@b.org')).toBe('admin-weak-short');
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'a@b.org')).toBe('admin-weak-repetitive');
    expect(passwordProblem('my-password-is-long', 'a@b.org')).toBe('admin-weak-common');
    expect(passwordProblem('hoa.nguyen-2026!!', 'hoa.nguyen@b.org')).toBe('admin-weak-email');
    expect(passwordProblem('correct horse battery staple', 'a@b.org')).toBeNull();
  });
});

describe('dashboard sign-in per address', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(() => t?.close());

  it('rate-limits many attempts from one address across accounts', async () => {
    const c = adminClient(t);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await c.login(`nobody${i}@example.org`, 'wrong-password-123')).status);
    expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('dashboard idle expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_IDLE_MINUTES: '1' } });
    await createAccount(t, 'idle@example.org', 'admin');
  });
  afterAll(() => t?.close());

  it('ends a session left idle longer than ADMIN_IDLE_MINUTES', async () => {
    const c = adminClient(t);
    await c.login('idle@example.org');
    expect((await c.get('/admin/cases')).status).toBe(200);
    await t.app.database.db.adminSession.updateMany({ data: { lastSeenAt: new Date(Date.now() - 2 * 60_000) } });
    expect((await c.get('/admin/cases')).status).toBe(303);
  });
});
