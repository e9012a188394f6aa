// Campaign lines: an admin sets a short line shown under the welcome for a period (audited, CSRF, admins only); by
// default the welcome names the Action Month from 15/11 to 15/12. The app reads the stored lines at a fixed moment
// here, so nothing depends on today's date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';

const vn = (s: string) => new Date(`${s}T09:00:00+07:00`);

describe('campaign line under the welcome', () => {
  let t: TestApp;
  let admin: AdminClient, lan: AdminClient;
  let moment = vn('2027-03-20');
  let session = 0;
  const welcome = async () => {
    const res = await t.chat({ sessionId: `campaign-session-${String(++session).padStart(4, '0')}`, text: 'xin chào' });
    return (res.body.replies as { text: string }[]).map((r) => r.text).join('\n');
  };
  const lines = () => t.app.database.store.campaignLines.recent();

  beforeAll(async () => {
    t = await startTestApp({ campaign: (_at, stored) => stored(moment) });
    await createAccount(t, 'admin@example.org', 'admin');
    await createAccount(t, 'lan@example.org', 'counsellor');
    admin = adminClient(t); lan = adminClient(t);
    await admin.login('admin@example.org');
    await lan.login('lan@example.org');
  });
  afterAll(() => t?.close());

  it('names the Action Month and the primary line under the web welcome from 15/11 to 15/12, and nothing outside it', async () => {
    moment = vn('2027-11-20');
    expect(await welcome()).toMatch(/bất cứ lúc nào\.\n📣 Tháng hành động .*\(15\/11–15\/12\) — gọi 18008080/);
    expect(await (await admin.get('/admin/campaign')).text()).toMatch(/Lời chào hiện nay:<\/strong> dòng mặc định của Tháng hành động/);
    moment = vn('2027-12-16');
    expect(await welcome()).not.toMatch(/Tháng hành động|📣/);
  });

  it('shows a line an admin added for its period, and writes an audit row', async () => {
    const page = await (await admin.get('/admin/campaign')).text();
    expect(page).toContain('name="textVi"');
    const res = await admin.post('/admin/campaign', { textVi: 'Tuần lễ 8/3: bạn không một mình', textEn: 'Women’s Day week: you are not alone', from: '2027-03-01', to: '2027-03-09' }, { from: '/admin/campaign' });
    expect(res.status).toBe(303);
    moment = vn('2027-03-09');
    expect(await welcome()).toContain('\n📣 Tuần lễ 8/3: bạn không một mình\n');
    moment = vn('2027-03-10');
    expect(await welcome()).not.toContain('Tuần lễ 8/3');
    const [line] = await lines();
    const { rows } = await t.app.database.store.audit.list({ action: 'campaign.add', page: 1, pageSize: 5 });
    expect(rows[0]).toMatchObject({ actor: 'admin@example.org', target: line!.id, detail: { from: '2027-03-01', to: '2027-03-09' } });
    expect(await (await admin.get('/admin/campaign')).text()).toContain('Tuần lễ 8/3: bạn không một mình');
  });

  it('ends a line at once: the welcome no longer shows it, and the end is audited', async () => {
    moment = vn('2027-03-05');
    expect(await welcome()).toContain('Tuần lễ 8/3');
    expect(await (await admin.get('/admin/campaign')).text()).toContain('Lời chào hiện nay:</strong> Tuần lễ 8/3: bạn không một mình / Women’s Day week: you are not alone');
    const [line] = await lines();
    expect((await admin.post(`/admin/campaign/${line!.id}/end`, {}, { from: '/admin/campaign' })).status).toBe(303);
    expect(await welcome()).not.toContain('Tuần lễ 8/3');
    const { rows } = await t.app.database.store.audit.list({ action: 'campaign.end', page: 1, pageSize: 5 });
    expect(rows[0]).toMatchObject({ target: line!.id });
  });

  it('refuses a line without both languages or ending before it starts', async () => {
    const before = (await lines()).length;
    expect((await admin.post('/admin/campaign', { textVi: 'Chỉ tiếng Việt', textEn: ' ', from: '2027-04-01', to: '2027-04-02' }, { from: '/admin/campaign' })).status).toBe(400);
    expect((await admin.post('/admin/campaign', { textVi: 'a', textEn: 'b', from: '2027-04-05', to: '2027-04-02' }, { from: '/admin/campaign' })).status).toBe(400);
    expect((await lines()).length).toBe(before);
  });

  it('is for admins only, and needs the form’s CSRF token', async () => {
    const before = (await lines()).length;
    expect((await lan.get('/admin/campaign')).status).toBe(403);
    expect((await lan.post('/admin/campaign', { textVi: 'x', textEn: 'y', from: '2027-04-01', to: '2027-04-02' }, { from: '/admin/cases' })).status).toBe(403);
    expect((await admin.post('/admin/campaign', { textVi: 'x', textEn: 'y', from: '2027-04-01', to: '2027-04-02' }, { csrf: false })).status).toBe(403);
    expect((await lines()).length).toBe(before);
  });
});
