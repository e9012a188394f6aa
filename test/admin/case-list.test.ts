// The case list pages through its cases with the filters kept on every page, and every view of it writes an audit
// row naming the filters and the page (nothing personal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { seedCase } from './support/seed-cases.js';

const PAGE_SIZE = 25;

describe('case list', () => {
  let t: TestApp;
  let admin: AdminClient;
  const matching: string[] = [];
  const refsOn = (page: string) => [...page.matchAll(/<td><a href="\/admin\/cases\/([^"]+)">/g)].map((m) => m[1]!);
  const nextLink = (page: string) => /<a rel="next" href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&');

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'admin@example.org', 'admin');
    // One more matching case than a page holds, each a minute apart, and others the filters leave out.
    for (let i = 0; i <= PAGE_SIZE; i++) {
      const row = await seedCase(t, { at: new Date(Date.UTC(2026, 2, 1, 3, i)), channel: 'zalo-bot', province: '01', answers: { kinds: ['physical'], victimSex: 'female', victimAge: '26-40' }, contact: { phone: '0912000111' } });
      matching.push(row.ref);
    }
    for (let i = 0; i < 3; i++) await seedCase(t, { at: new Date(Date.UTC(2026, 2, 2, 3, i)), channel: 'web', province: '01', answers: { kinds: ['physical'] } });
    await seedCase(t, { at: new Date(Date.UTC(2026, 2, 1, 4)), channel: 'zalo-bot', province: '79', answers: {} });
    admin = adminClient(t);
    await admin.login('admin@example.org');
  });
  afterAll(() => t?.close());

  it('shows a full first page, the rest on page 2, and keeps the filters across pages', async () => {
    const first = await (await admin.get('/admin/cases?channel=zalo-bot&province=01&sex=female')).text();
    expect(first).toContain(`${PAGE_SIZE + 1} ca`);
    expect(first).toContain('Trang 1/2');
    const one = refsOn(first);
    expect(one.length).toBe(PAGE_SIZE);
    const next = nextLink(first)!;
    expect(Object.fromEntries(new URL(next, t.url).searchParams)).toEqual({ channel: 'zalo-bot', province: '01', sex: 'female', page: '2' });
    const second = await (await admin.get(next)).text();
    expect(second).toContain('Trang 2/2');
    expect(second).toMatch(/<select name="channel">[\s\S]*?<option value="zalo-bot" selected>/);
    expect(nextLink(second)).toBeUndefined();
    expect(second).toMatch(/<a rel="prev" href="[^"]*page=1"/);
    const two = refsOn(second);
    expect(two.length).toBe(1);
    // Every matching case exactly once, newest first, none of the others.
    expect([...one, ...two]).toEqual([...matching].reverse());
  });

  it('writes an audit row per view with the filters and the page, and nothing personal', async () => {
    const before = (await t.app.database.store.audit.list({ action: 'case.list', page: 1, pageSize: 1 })).total;
    await admin.get('/admin/cases?channel=zalo-bot&province=01&page=2');
    const { rows, total } = await t.app.database.store.audit.list({ action: 'case.list', page: 1, pageSize: 1 });
    expect(total).toBe(before + 1);
    expect(rows[0]).toMatchObject({ actor: 'admin@example.org', target: null, detail: { filters: { channel: 'zalo-bot', province: '01' }, page: 2, shown: 1, total: PAGE_SIZE + 1 } });
    const stored = JSON.stringify({ ...rows[0], id: String(rows[0]!.id) });
    for (const ref of matching) expect(stored).not.toContain(ref);
    expect(stored).not.toContain('0912000111');
  });
});
