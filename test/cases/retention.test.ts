import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredCaseDetails, purgeIdleSessions, purgeOldUpdateIds, purgeUnpolledWebMessages } from '../../src/cases/retention.js';
import { detailsContext, openDetails, sealClearFreeText } from '../../src/cases/case-details.js';
import { contactContext } from '../../src/cases/case-store.js';
import { DELETED_CHAT } from '../../src/core/sealing-contexts.js';
import { createSealer } from '../../src/privacy/sealer.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ modules: [] }); });
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const sealer = () => createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex'));
const days = (n: number) => new Date(Date.now() + n * DAY);

describe('retention of cases', () => {
  it('deletes contact details and free text of cases closed longer than RETENTION_DAYS ago, keeping the counts', async () => {
    const db = t.app.database.db;
    const now = new Date('2026-11-25T00:00:00Z');
    const old = await db.case.create({ data: { ref: 'TC-AAAAAA', channel: 'web', status: 'closed', closedAt: new Date('2026-10-01T00:00:00Z'), contactSealed: 'v1.x.y.z', detailsSealed: 'v1.x.y.z', answers: { kinds: ['physical'], commune: 'Phường Ba Đình', province: '01' } } });
    const recent = await db.case.create({ data: { ref: 'TC-CCCCCC', channel: 'web', status: 'closed', closedAt: new Date('2026-11-20T00:00:00Z'), contactSealed: 'v1.x.y.z', answers: { commune: 'Xã A' } } });
    const open = await db.case.create({ data: { ref: 'TC-DDDDDD', channel: 'web', status: 'open', contactSealed: 'v1.x.y.z', answers: { commune: 'Xã B' } } });
    expect(await purgeExpiredCaseDetails(t.app.database.store, 30, now)).toBe(1);
    const after = await db.case.findUniqueOrThrow({ where: { id: old.id } });
    expect(after).toMatchObject({ contactSealed: null, detailsSealed: null, status: 'closed' });
    expect(after.answers).toEqual({ kinds: ['physical'], province: '01' });
    expect(await db.caseEvent.count({ where: { caseId: old.id, type: 'details-purged' } })).toBe(1);
    expect((await db.case.findUniqueOrThrow({ where: { id: recent.id } })).contactSealed).not.toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: open.id } })).contactSealed).not.toBeNull();
    // A second run finds nothing left to purge.
    expect(await purgeExpiredCaseDetails(t.app.database.store, 30, now)).toBe(0);
    await db.case.deleteMany({ where: { id: { in: [old.id, recent.id, open.id] } } });
  });

  it('purges an open case untouched for RETENTION_DAYS — contact, free text, notes\' text, console thread — and leaves it open for an admin to close', async () => {
    const db = t.app.database.db;
    const { cases, consoleMessages } = t.app.database.store;
    const s = sealer();
    const make = async (ref: string) => {
      const row = (await cases.create({ ref, channel: 'telegram', chatKey: `key-${ref}`, status: 'open', urgency: 'normal', at: new Date() }))!;
      await cases.update(row.id, {
        answers: { kinds: ['physical'], victimAge: '26-40' },
        contactSealed: s.seal(JSON.stringify({ method: 'phone', phone: '0912345678' }), contactContext(row.id)),
        detailsSealed: s.seal(JSON.stringify({ commune: 'Xã Đông' }), detailsContext(row.id)),
      });
      await cases.addEvent(row.id, { type: 'note', data: { by: 'counsellor-key', sealed: s.seal('chồng tên Hùng', `case-note:${row.id}`) } }, new Date());
      await consoleMessages.add(row.id, 'person', s.seal('em ở nhà mẹ', 'x'), new Date());
      return row;
    };
    const stale = await make('TC-STALE1');
    const active = await make('TC-ACTIV1');
    // The active one had a timeline event ten days ago (seen from 40 days on): the relay is still going on.
    await cases.addEvent(active.id, { type: 'person-message' }, days(30));

    expect(await purgeExpiredCaseDetails(t.app.database.store, 30, days(40))).toBe(1);
    const purged = await db.case.findUniqueOrThrow({ where: { id: stale.id } });
    expect(purged).toMatchObject({ status: 'open', outcome: null, closedAt: null, contactSealed: null, detailsSealed: null });
    expect(purged.answers).toEqual({ kinds: ['physical'], victimAge: '26-40' });
    const note = await db.caseEvent.findFirstOrThrow({ where: { caseId: stale.id, type: 'note' } });
    expect(note.data).toEqual({ by: 'counsellor-key' });
    expect(await db.consoleMessage.count({ where: { caseId: stale.id } })).toBe(0);
    expect(await db.caseEvent.count({ where: { caseId: stale.id, type: 'details-purged' } })).toBe(1);

    const kept = await db.case.findUniqueOrThrow({ where: { id: active.id } });
    expect(openDetails(s, kept)).toEqual({ commune: 'Xã Đông' });
    expect(kept.contactSealed).not.toBeNull();
    expect(await db.consoleMessage.count({ where: { caseId: active.id } })).toBe(1);
    expect((await db.caseEvent.findFirstOrThrow({ where: { caseId: active.id, type: 'note' } })).data).toHaveProperty('sealed');
    await db.case.deleteMany({ where: { id: { in: [stale.id, active.id] } } });
  });

  it('seals free text an older version left in clear in the answers (the backfill), once', async () => {
    const db = t.app.database.db;
    const legacy = await db.case.create({ data: { ref: 'TC-LEGACY', channel: 'web', status: 'open', answers: { kinds: ['sexual'], commune: 'Xã Cũ', provinceTyped: 'Hà Tây', province: '01' } } });
    const clean = await db.case.create({ data: { ref: 'TC-CLEAN1', channel: 'web', status: 'open', answers: { kinds: ['sexual'] } } });
    expect(await sealClearFreeText(t.app.database.store, sealer())).toBe(1);
    const row = await db.case.findUniqueOrThrow({ where: { id: legacy.id } });
    expect(row.answers).toEqual({ kinds: ['sexual'], province: '01' });
    expect(row.detailsSealed).not.toContain('Xã Cũ');
    expect(openDetails(sealer(), row)).toEqual({ commune: 'Xã Cũ', provinceTyped: 'Hà Tây' });
    expect((await db.case.findUniqueOrThrow({ where: { id: clean.id } })).detailsSealed).toBeNull();
    expect(await sealClearFreeText(t.app.database.store, sealer())).toBe(0);
    await db.case.deleteMany({ where: { id: { in: [legacy.id, clean.id] } } });
  });
});

describe('retention of anonymous sessions', () => {
  it('deletes conversations idle for SESSION_IDLE_DAYS whose person has no case, with their address and message ids', async () => {
    const db = t.app.database.db;
    const idle = 'idle-session-without-case-01';
    const withCase = 'idle-session-with-a-case-01';
    for (const sessionId of [idle, withCase]) expect((await t.chat({ sessionId, text: 'xin chao' })).status).toBe(200);
    const idleKey = t.app.core.chatKeyOf('web', idle);
    const caseKey = t.app.core.chatKeyOf('web', withCase);
    await db.chatMessage.create({ data: { channel: 'web', chatKey: idleKey, messageId: '42' } });
    await db.case.create({ data: { ref: 'TC-KEEPME', channel: 'web', chatKey: caseKey, status: 'closed', closedAt: new Date() } });
    const store = t.app.database.store;

    // Six days idle: still there.
    expect(await purgeIdleSessions(store, 7, days(6))).toBe(0);
    expect(await db.conversation.count({ where: { chatKey: idleKey } })).toBe(1);

    expect(await purgeIdleSessions(store, 7, days(8))).toBeGreaterThanOrEqual(1);
    expect(await db.conversation.count({ where: { chatKey: idleKey } })).toBe(0);
    expect(await db.chatAddress.count({ where: { chatKey: idleKey } })).toBe(0);
    expect(await db.chatMessage.count({ where: { chatKey: idleKey } })).toBe(0);
    // Delivery records stay for the counts, no longer pointing at anyone.
    expect(await db.outbox.count({ where: { chatKey: idleKey } })).toBe(0);
    expect(await db.outbox.count({ where: { chatKey: DELETED_CHAT } })).toBeGreaterThan(0);
    // A person with a case keeps their conversation and address (a counsellor may still write to them).
    expect(await db.conversation.count({ where: { chatKey: caseKey } })).toBe(1);
    expect(await db.chatAddress.count({ where: { chatKey: caseKey } })).toBe(1);

    // The person who comes back simply starts again.
    expect((await t.chat({ sessionId: idle, text: 'xin chao' })).status).toBe(200);
    expect(await db.conversation.count({ where: { chatKey: idleKey } })).toBe(1);
  });

  it('deletes message ids left for a chat that has no conversation any more, once older than SESSION_IDLE_DAYS', async () => {
    const db = t.app.database.db;
    const live = 'orphan-messages-live-chat-01';
    expect((await t.chat({ sessionId: live, text: 'xin chao' })).status).toBe(200);
    const liveKey = t.app.core.chatKeyOf('telegram', live);
    await db.conversation.updateMany({ where: { chatKey: t.app.core.chatKeyOf('web', live) }, data: { channel: 'telegram', chatKey: liveKey } });
    const sentAt = new Date();
    await db.chatMessage.createMany({ data: [
      { channel: 'telegram', chatKey: liveKey, messageId: '7', sentAt },
      { channel: 'telegram', chatKey: 'a-chat-whose-person-deleted-their-data', messageId: '8', sentAt },
      { channel: 'zalo', chatKey: liveKey, messageId: '9', sentAt }, // the same key on another channel is another chat
    ] });
    const store = t.app.database.store;

    await purgeIdleSessions(store, 7, days(6));
    expect(await db.chatMessage.count({ where: { messageId: { in: ['7', '8', '9'] } } })).toBe(3);
    // The live chat is idle by then too, but it has a case: its conversation and its message ids stay.
    await db.case.create({ data: { ref: 'TC-KEEPM3', channel: 'telegram', chatKey: liveKey, status: 'open' } });
    await purgeIdleSessions(store, 7, days(8));
    expect((await db.chatMessage.findMany({ where: { messageId: { in: ['7', '8', '9'] } } })).map((m) => m.messageId)).toEqual(['7']);
  });

  it('keeps a conversation the person wrote in lately, however old it is', async () => {
    const db = t.app.database.db;
    const sessionId = 'old-but-active-session-01';
    await t.chat({ sessionId, text: 'xin chao' });
    const chatKey = t.app.core.chatKeyOf('web', sessionId);
    await db.conversation.updateMany({ where: { chatKey }, data: { createdAt: new Date(Date.now() - 30 * DAY) } });
    await db.$executeRaw`UPDATE "Conversation" SET "updatedAt" = now() - interval '30 days' WHERE "chatKey" = ${chatKey}`;
    await t.chat({ sessionId, text: 'toi can giup' });
    await purgeIdleSessions(t.app.database.store, 7);
    expect(await db.conversation.count({ where: { chatKey } })).toBe(1);
    expect(await db.chatAddress.count({ where: { chatKey } })).toBe(1);
  });

  it('deletes web messages nobody fetched within SESSION_IDLE_DAYS, and the text left in rows no longer pending', async () => {
    const db = t.app.database.db;
    const old = new Date(Date.now() - 10 * DAY);
    const unpolled = await db.outbox.create({ data: { channel: 'web', chatKey: 'k-unpolled', payload: { text: 'Chị nghe em' }, createdAt: old } });
    const fresh = await db.outbox.create({ data: { channel: 'web', chatKey: 'k-fresh', payload: { text: 'Chị đây' } } });
    const telegram = await db.outbox.create({ data: { channel: 'telegram', chatKey: 'k-tg', payload: { text: 'retrying' }, createdAt: old } });
    const spent = await db.outbox.create({ data: { channel: 'telegram', chatKey: 'k-sent', status: 'delivered', deliveredAt: old, payload: { text: 'đã gửi' }, createdAt: old } });

    expect(await purgeUnpolledWebMessages(t.app.database.store, 7)).toBe(1);
    expect(await db.outbox.findUnique({ where: { id: unpolled.id } })).toBeNull();
    expect((await db.outbox.findUniqueOrThrow({ where: { id: fresh.id } })).payload).toEqual({ text: 'Chị đây' });
    expect((await db.outbox.findUniqueOrThrow({ where: { id: telegram.id } })).payload).toEqual({ text: 'retrying' });
    expect(await db.outbox.findUniqueOrThrow({ where: { id: spent.id } })).toMatchObject({ status: 'delivered', payload: null });
  });

  it('forgets update ids after two weeks', async () => {
    const db = t.app.database.db;
    await db.processedUpdate.deleteMany();
    await db.processedUpdate.create({ data: { channel: 'web', updateId: 'old', processedAt: new Date('2026-01-01T00:00:00Z') } });
    await db.processedUpdate.create({ data: { channel: 'web', updateId: 'new', processedAt: new Date('2026-11-24T00:00:00Z') } });
    expect(await purgeOldUpdateIds(t.app.database.store, new Date('2026-11-25T00:00:00Z'))).toBe(1);
    expect(await db.processedUpdate.findMany({ select: { updateId: true } })).toEqual([{ updateId: 'new' }]);
  });
});
