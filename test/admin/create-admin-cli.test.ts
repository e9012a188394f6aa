// `npm run admin:create -- EMAIL`: a weak ADMIN_PASSWORD is refused with the reason (nothing created); a good one
// creates an admin who can then sign in.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDbTarget } from '../support/test-db.js';
import { startTestApp } from '../support/test-app.js';
import { adminClient } from './support/admin-client.js';

const run = promisify(execFile);
const cli = (target: TestDbTarget, email: string, password: string) =>
  run(process.execPath, ['--import', 'tsx', 'src/admin/create-admin-cli.ts', email], { env: { ...process.env, ...target.env, ADMIN_PASSWORD: password, NODE_ENV: 'test' }, timeout: 60_000 })
    .then((r) => ({ code: 0, out: r.stdout + r.stderr }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }));

describe('npm run admin:create', () => {
  let target: TestDbTarget;
  beforeAll(async () => { target = await freshDatabase(); });
  afterAll(() => target?.dispose());

  it('refuses a weak password with the reason, in Vietnamese and English', async () => {
    const r = await cli(target, 'hoa@example.org', 'short1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('ít nhất 12 ký tự');
    expect(r.out).toContain('at least 12 characters');
  });

  it('creates an admin who can sign in', async () => {
    const r = await cli(target, 'hoa@example.org', 'ba-con-meo-trang-2026');
    expect(r.code).toBe(0);
    const t = await startTestApp({ target, ownsTarget: false });
    try {
      const c = adminClient(t);
      expect((await c.login('hoa@example.org', 'ba-con-meo-trang-2026')).headers.get('location')).toBe('/admin');
      expect((await t.app.database.store.accounts.byEmail('hoa@example.org'))?.role).toBe('admin');
    } finally {
      await t.close();
    }
  });
});
