// The Telegram group and the dashboard's console side by side (DASHBOARD_CONSOLE with COUNSELLOR_CHAT_ID): a case
// reaches both desks, and a case claimed in one is claimed in both — the same one-winner claim decides it.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type HandoffHarness } from '../handoff/support/handoff-harness.js';
import type { TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';

let h: HandoffHarness;
let url: string;
let hoa: AdminClient;
const t = (key: string, args?: Record<string, string | number>) => h.i18n.t('vi', key, args);

beforeAll(async () => {
  h = await startHarness({ forum: true, env: { DASHBOARD_CONSOLE: 'true', ON_DUTY_HOURS: '00:00-23:59' } });
  url = `http://127.0.0.1:${(h.app.http.server.address() as AddressInfo).port}`;
  const asTestApp = { url, app: h.app } as unknown as TestApp;
  await createAccount(asTestApp, 'hoa@example.org', 'counsellor', 'Hoa');
  hoa = adminClient(asTestApp);
  await hoa.login('hoa@example.org');
});
afterAll(async () => { await h?.close(); });

async function escalate(sessionId: string) {
  const post = (body: object) => fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, ...body }) });
  await post({ text: '/start' });
  await post({ choice: 'counsellor' });
  await post({ choice: 'relay-yes' });
  const row = await h.db.case.findFirstOrThrow({ where: { chatKey: h.app.core.chatKeyOf('web', sessionId) } });
  const card = await h.waitGroupMessage((m) => m.text?.includes(row.ref) === true && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
  return { ref: row.ref, card };
}

describe('Telegram group and console together', () => {
  it('claimed in the console: the Telegram button says it is taken', async () => {
    const { ref, card } = await escalate('both-desks-session-0001');
    const thread = await (await hoa.get(`/admin/api/console/${ref}/messages?after=0`)).json() as { messages: { text: string }[] };
    expect(thread.messages.some((m) => m.text.includes(ref))).toBe(true);
    const claimed = await hoa.post(`/admin/console/${ref}/claim`, {}, { from: '/admin/console' });
    expect(claimed.headers.get('location')).toContain('m=claimed');
    const answer = await h.press(h.lan, card, `h:claim:${ref}`);
    expect(answer.body.text).toBe(t('staff-already-claimed', { alias: 'Hoa' }));
    expect((await h.caseByRef(ref)).claimedAlias).toBe('Hoa');
  });

  it('claimed in Telegram: the console is told it is taken', async () => {
    const { ref, card } = await escalate('both-desks-session-0002');
    const answer = await h.press(h.lan, card, `h:claim:${ref}`);
    expect(answer.body.text).toBe(t('staff-claimed-you', { ref }));
    const res = await hoa.post(`/admin/console/${ref}/claim`, {}, { from: '/admin/console' });
    expect(res.headers.get('location')).toContain('m=taken');
    expect((await h.caseByRef(ref)).claimedBy).not.toMatch(/^account:/);
  });
});
