// The dashboard gets the same security headers as the web chat (helmet is registered on the root server, so its
// hooks cover the /admin plugin too): signed-out pages, redirects, static files, signed-in pages, the JSON API and
// CSRF refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';

let t: TestApp;
let admin: AdminClient;
beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t, 'headers@example.org', 'admin');
  admin = adminClient(t);
  await admin.login('headers@example.org');
});
afterAll(async () => { await t?.close(); });

const signedOut = () => adminClient(t);
const requests: [string, number, () => Promise<Response>][] = [
  ['GET /admin/login (signed out)', 200, () => signedOut().get('/admin/login')],
  ['GET /admin/cases signed out (303 to the login)', 303, () => signedOut().get('/admin/cases')],
  ['GET /admin/api/… signed out (401 JSON)', 401, () => signedOut().get('/admin/api/console/TC-NONE00/messages')],
  ['GET /admin/static/admin.js', 200, () => signedOut().get('/admin/static/admin.js')],
  ['POST /admin/login without a CSRF token (403)', 403, () => signedOut().post('/admin/login', { email: 'x@example.org', password: 'x' }, { csrf: false })],
  ['GET /admin/cases (signed in)', 200, () => admin.get('/admin/cases')],
  ['GET /admin/reports (signed in)', 200, () => admin.get('/admin/reports')],
  ['GET an unknown admin page (404)', 404, () => admin.get('/admin/no-such-page')],
];

describe('security headers on the dashboard', () => {
  it.each(requests)('%s carries the CSP, no framing, nosniff and no-referrer', async (_name, status, request) => {
    const res = await request();
    expect(res.status).toBe(status);
    await res.arrayBuffer();
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
