// The counsellor console as the hand-off's second desk: a web-chat person's escalation reaches the console's
// queue, one counsellor wins the claim, the answer reaches the person through their flow, what the person writes
// appears in the console's thread (JSON poll), a note is kept sealed, and the case closes with an outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminClient, createAccount, type AdminClient } from './support/admin-client.js';
import { purgeExpiredCaseDetails } from '../../src/cases/retention.js';

const until = async <T>(fn: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('counsellor console', () => {
  let t: TestApp;
  let lan: AdminClient, minh: AdminClient;
  const sessionId = 'console-session-00000001';
  const updates = async () => (await fetch(`${t.url}/api/chat/updates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId }) }).then((r) => r.json()) as { replies: { text: string }[] }).replies.map((r) => r.text);

  beforeAll(async () => {
    t = await startTestApp({ env: { DASHBOARD_CONSOLE: 'true', ON_DUTY_HOURS: '00:00-23:59' } });
    await createAccount(t, 'lan@example.org', 'counsellor', 'Lan');
    await createAccount(t, 'minh@example.org', 'counsellor', 'Minh');
    lan = adminClient(t); minh = adminClient(t);
    await lan.login('lan@example.org');
    await minh.login('minh@example.org');
  });
  afterAll(() => t?.close());

  it('queues, claims once, answers through the flow, shows the person\'s words, notes, closes, and forgets the words with retention', async () => {
    await t.chat({ sessionId, text: '/start' });
    await t.chat({ sessionId, choice: 'counsellor' });
    const agreed = await t.chat({ sessionId, choice: 'relay-yes' });
    expect(agreed.status).toBe(200);
    const row = await t.app.database.store.cases.findOpen(t.app.core.chatKeyOf('web', sessionId));
    expect(row?.level).toBeTruthy();
    const ref = row!.ref;

    // The card reaches the console's thread of the case (the desk sender delivered it).
    const card = await until(async () => {
      const body = await (await lan.get(`/admin/api/console/${ref}/messages?after=0`)).json() as { messages: { from: string; text: string }[] };
      return body.messages.find((m) => m.from === 'desk' && m.text.includes(ref));
    });
    expect(card.text).not.toContain(sessionId);
    expect(await (await lan.get('/admin/console')).text()).toContain(ref);

    // Two counsellors press "claim": one wins, the other is told it is taken.
    const [a, b] = await Promise.all([
      lan.post(`/admin/console/${ref}/claim`, {}, { from: '/admin/console' }),
      minh.post(`/admin/console/${ref}/claim`, {}, { from: '/admin/console' }),
    ]);
    const outcomes = [a.headers.get('location'), b.headers.get('location')].sort();
    expect(outcomes).toEqual([`/admin/console/${ref}?m=claimed`, `/admin/console/${ref}?m=taken`]);
    const winner = a.headers.get('location')!.endsWith('claimed') ? lan : minh;
    const loser = winner === lan ? minh : lan;
    const claimed = (await t.app.database.store.cases.byRef(ref))!;
    expect(claimed.status).toBe('claimed');
    expect(claimed.claimedBy).toMatch(/^account:/);

    // The person is told someone joined, then receives the answer.
    await until(async () => (await updates()).length > 0);
    expect((await loser.post(`/admin/console/${ref}/answer`, { text: 'x' }, { from: `/admin/console/${ref}` })).headers.get('location')).toContain('m=not-claimer');
    const sent = await winner.post(`/admin/console/${ref}/answer`, { text: 'Chào bạn, bạn có an toàn không?' }, { from: `/admin/console/${ref}` });
    expect(sent.headers.get('location')).toContain('m=sent');
    const got = await until(async () => (await updates()).find((x) => x.includes('bạn có an toàn không?')));
    expect(got).toBeTruthy();
    expect(await t.app.database.store.cases.hasEvent(claimed.id, 'first-answer')).toBe(true);

    // What the person writes appears in the console's thread.
    await t.chat({ sessionId, text: 'Mình an toàn rồi' });
    await until(async () => {
      const body = await (await winner.get(`/admin/api/console/${ref}/messages?after=0`)).json() as { messages: { from: string; text: string }[] };
      return body.messages.find((m) => m.from === 'person' && m.text.includes('Mình an toàn rồi'));
    });

    // A note is sealed in the timeline; the case closes with an outcome.
    await winner.post(`/admin/console/${ref}/note`, { text: 'Hẹn gọi lại chiều mai' }, { from: `/admin/console/${ref}` });
    const note = (await t.app.database.store.cases.timeline(claimed.id)).find((e) => e.type === 'note');
    expect(JSON.stringify(note?.data)).not.toContain('Hẹn gọi lại');
    expect(await (await winner.get(`/admin/cases/${ref}`)).text()).toContain('Hẹn gọi lại chiều mai');
    expect(await (await loser.get(`/admin/cases/${ref}`)).text()).not.toContain('Hẹn gọi lại chiều mai');
    await winner.post(`/admin/console/${ref}/close`, { outcome: 'counselled' }, { from: `/admin/console/${ref}` });
    const closed = (await t.app.database.store.cases.byRef(ref))!;
    expect(closed).toMatchObject({ status: 'closed', outcome: 'counselled' });

    // The console's copy of the person's words is sealed at rest and goes with the retention of the case — once
    // what closing the case sent has been delivered and recorded (the desk's copy is written after its send;
    // the person's web replies wait to be fetched by the page).
    await until(async () => (await t.app.database.db.outbox.count({ where: { channel: { not: 'web' }, OR: [{ status: 'pending' }, { sendingSince: { not: null } }] } })) === 0);
    const stored = await t.app.database.store.consoleMessages.since(closed.id, 0n);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((m) => m.sealed).join()).not.toContain('Mình an toàn rồi');
    await purgeExpiredCaseDetails(t.app.database.store, 30, new Date(Date.now() + 31 * 86_400_000));
    expect(await t.app.database.store.consoleMessages.since(closed.id, 0n)).toEqual([]);
  });
});
