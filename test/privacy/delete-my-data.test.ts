// "Delete my data": after one confirmation the chat address, contact details, typed free text and conversation are
// gone and the person's cases are unlinked; anonymised counts stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE, startTestApp, type TestApp } from '../support/test-app.js';
import { tablesContaining } from '../support/scan-tables.js';
import { FULL_REPORT } from '../support/scripts.js';
import { openDetails } from '../../src/cases/case-details.js';
import { createSealer } from '../../src/privacy/sealer.js';
import { DELETED_CHAT } from '../../src/core/sealing-contexts.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ people: EVERYONE }); });
afterAll(async () => { await t.close(); });

describe('delete my data', () => {
  it('deletes address, contact details and conversation, unlinks the case and keeps it for the counts', async () => {
    const sessionId = 'DELETEME-session-7788';
    const db = t.app.database.db;
    const chatKey = t.app.core.chatKeyOf('web', sessionId);
    for (const text of ['/start', ...FULL_REPORT]) expect((await t.chat({ sessionId, text })).status).toBe(200);
    const [before] = await db.case.findMany({ where: { chatKey } });
    expect(before?.contactSealed).toBeTruthy();
    // The typed commune is sealed, not in the answers.
    expect(openDetails(createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex')), before!)).toEqual({ commune: 'xã Tân Yên', provinceTyped: 'Bắc Giang' });
    expect(before!.answers).not.toHaveProperty('commune');

    const asked = await t.chat({ sessionId, text: '/xoa' });
    expect(asked.body.replies.at(-1).choices.map((c: { id: string }) => c.id)).toContain('confirm');
    const done = await t.chat({ sessionId, choice: 'confirm' });
    expect(done.status).toBe(200);
    expect(done.body.replies.length).toBeGreaterThan(0);

    expect(await db.chatAddress.count({ where: { chatKey } })).toBe(0);
    expect(await db.conversation.count({ where: { chatKey } })).toBe(0);
    expect(await db.case.count({ where: { chatKey } })).toBe(0);
    const after = await db.case.findUniqueOrThrow({ where: { id: before!.id } });
    expect(after).toMatchObject({ chatKey: null, contactSealed: null, detailsSealed: null, gbvimsType: before!.gbvimsType, answers: before!.answers });
    // No table still carries the person's pseudonym, let alone the raw id or the phone number.
    expect(await tablesContaining(db, chatKey)).toEqual([]);
    expect(await tablesContaining(db, sessionId)).toEqual([]);
    expect(await tablesContaining(db, '0912345678')).toEqual([]);
    expect(await tablesContaining(db, 'xã Tân Yên')).toEqual([]);
    expect(await tablesContaining(db, 'hoa sen')).toEqual([]);
  });

  it('keeps no record of a message sent just before the deletion whose ids are recorded after it', async () => {
    const { store, db } = t.app.database;
    const chatKey = 'person-who-deletes-while-a-reply-is-on-its-way';
    const at = new Date();
    const rows = await store.outbox.add([0, 1].map(() => ({ channel: 'telegram', chatKey, kind: 'reply', payload: { text: 'Mình ở đây.' } })));
    // Both replies reached Telegram (marked sent); what they produced is not recorded yet.
    for (const [i, id] of rows.entries()) {
      await store.outbox.sending(id, at);
      await store.outbox.sent(id, at, [String(900 + i)]);
    }
    // The person deletes their data: their rows point at no one from here on.
    await store.outbox.forgetChats([chatKey], DELETED_CHAT);

    // The one-statement records of a plain reply, and those of a delivery that also forgot messages (a transaction).
    expect(await store.outbox.recordedWithMessages(rows[0]!, { channel: 'telegram', chatKey, messageIds: ['900'], at })).toBe(true);
    expect(await store.outbox.recorded(rows[1]!)).toEqual({ chatKey: DELETED_CHAT });
    expect(await db.chatMessage.count({ where: { chatKey } })).toBe(0);
    expect(await tablesContaining(db, chatKey)).toEqual([]);
    // Each row is ended once.
    expect(await store.outbox.recordedWithMessages(rows[0]!, { channel: 'telegram', chatKey, messageIds: ['900'], at })).toBe(false);
    expect(await store.outbox.recorded(rows[1]!)).toBeNull();
  });
});
