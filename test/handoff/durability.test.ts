// Issue 5, durability: an escalation goes through the outbox, so an app that dies before delivering it loses
// nothing — the next instance delivers it, once. Several instances on one PostgreSQL deliver a backlog once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { testDbKind } from '../support/test-db.js';
import type { Fault } from '../support/telegram-stub/index.js';
import {
  bootApp, Citizen, DANGER_TEXT, isAnnouncement, startHarness, type HandoffHarness,
} from './support/handoff-harness.js';

/** Telegram refusing for a while: 429 with a retry_after longer than the bot waits, so the outbox keeps the row. */
const BUSY: Fault = { code: 429, retryAfter: 120 };

function failDeliveries(h: HandoffHarness): void {
  for (const method of ['sendMessage', 'createForumTopic']) h.stub.failAlways(method, BUSY);
}

async function processed(h: HandoffHarness, sent: { update: { update_id: number } }): Promise<void> {
  const updateId = `${h.stub.botInfo.id}:${sent.update.update_id}`;
  await vi.waitFor(async () => {
    expect(await h.db.processedUpdate.count({ where: { channel: 'telegram', updateId } })).toBe(1);
  }, { timeout: 8000, interval: 20 });
}

/** Waits until every escalation in the outbox has been tried (and failed) at least once. */
async function triedAndFailed(h: HandoffHarness, count: number): Promise<void> {
  await vi.waitFor(async () => {
    const rows = await h.db.outbox.findMany({ where: { channel: 'staff', kind: 'escalation' } });
    expect(rows).toHaveLength(count);
    for (const r of rows) expect(r).toMatchObject({ status: 'pending', lastError: '429' });
  }, { timeout: 8000, interval: 20 });
}

function successfulTopics(h: HandoffHarness, ref: string) {
  return h.stub.callsTo('createForumTopic').filter((c) => c.response.ok && String(c.body.name).includes(ref));
}

describe('a restart between escalation and delivery', () => {
  let h: HandoffHarness;
  beforeAll(async () => { h = await startHarness({ forum: true }); });
  afterAll(async () => { await h?.close(); });

  it('delivers the escalation exactly once after the restart, and its deadline still fires', async () => {
    const person = h.person({ id: 700_800_001 });
    failDeliveries(h);
    const sent = person.sim.sendText(DANGER_TEXT);
    await processed(h, sent);
    await triedAndFailed(h, 1);
    const ref = (await h.caseOf(person.id)).ref;
    expect(h.cards(ref)).toEqual([]);

    // The instance goes away with the escalation undelivered; Telegram recovers; a new instance starts.
    await h.stop();
    h.stub.clearFaults();
    await h.start();

    const { row, card } = await h.waitCard(person.id);
    expect(card.message_thread_id).toBe(Number(row.threadId));
    await h.settled();
    await h.app.delivery.runOnce();
    expect(h.cards(ref)).toHaveLength(1);
    expect(successfulTopics(h, ref)).toHaveLength(1);
    expect(h.group.topics().filter((t) => t.name.includes(ref))).toHaveLength(1);
    const outbox = await h.db.outbox.findMany({ where: { channel: 'staff', kind: 'escalation' } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'delivered', externalId: String(card.message_id), payload: null });
    expect(outbox[0]!.attempts).toBeGreaterThanOrEqual(2);
    // The person's answer was kept too, and arrives once.
    const queued = h.i18n.t('vi', 'escalation-queued', { minutes: 5 });
    expect(person.botMessages().filter((m) => m.text === queued)).toHaveLength(1);
    expect((await h.timeline(row.id)).filter((e) => e.type === 'escalated')).toHaveLength(1);

    // Timers live in the database: the claim deadline set before the restart fires in the new instance.
    h.advance(5 * 60_000 + 1000);
    await h.timers.runOnce();
    await h.waitGroupMessage((m) => isAnnouncement(m) && m.text?.includes(ref) === true);
  });
});

describe('two instances on one PostgreSQL', () => {
  let h: HandoffHarness;
  const apps: App[] = [];
  beforeAll(async () => { if (testDbKind === 'postgres') h = await startHarness({ forum: true }); });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await h?.close();
  });

  it.skipIf(testDbKind !== 'postgres')('deliver a backlog of escalations exactly once (needs TEST_DB=postgres: PGlite is one process, one connection)', async () => {
    const people: Citizen[] = [];
    failDeliveries(h);
    for (let i = 0; i < 8; i++) {
      const person = h.person({ id: 700_900_001 + i });
      people.push(person);
      await processed(h, person.sim.sendText(DANGER_TEXT));
    }
    await triedAndFailed(h, people.length);
    const refs = await Promise.all(people.map(async (p) => (await h.caseOf(p.id)).ref));
    await h.stop();

    // Two instances share the database; neither polls Telegram (webhook mode without a URL), both deliver.
    const env = { ...h.env(), TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: 'handoff_two_instances_secret' };
    apps.push(...(await Promise.all([1, 2].map(() => bootApp(env, h.target, h.now, h.log)))));
    h.stub.clearFaults();
    const db = apps[0]!.database.db;
    await vi.waitFor(async () => {
      expect(await db.outbox.count({ where: { status: 'pending' } })).toBe(0);
    }, { timeout: 20_000, interval: 50 });
    // More passes of both at once find nothing left to send.
    await Promise.all(apps.flatMap((a) => [a.delivery.runOnce(), a.delivery.runOnce()]));

    const queued = h.i18n.t('vi', 'escalation-queued', { minutes: 5 });
    for (const [i, ref] of refs.entries()) {
      expect(h.cards(ref), ref).toHaveLength(1);
      // At most one topic: a topic call that failed while Telegram was still refusing leaves the card as the
      // thread root (by design); the card is in the case's topic whenever there is one.
      expect(successfulTopics(h, ref).length, ref).toBeLessThanOrEqual(1);
      const row = await db.case.findUniqueOrThrow({ where: { ref } });
      expect(h.cards(ref)[0]!.message_thread_id, ref).toBe(row.threadId ? Number(row.threadId) : undefined);
      expect(people[i]!.botMessages().filter((m) => m.text === queued), ref).toHaveLength(1);
    }
    const rows = await db.outbox.findMany({ where: { channel: 'staff', kind: 'escalation' } });
    expect(rows).toHaveLength(refs.length);
    expect(rows.every((r) => r.status === 'delivered')).toBe(true);
    expect(await db.caseEvent.count({ where: { type: 'announced' } })).toBe(refs.length);
  });
});
