import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressContext } from '../../src/core/engine.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tableNames, tablesContaining } from '../support/scan-tables.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('privacy by construction', () => {
  it('keeps the raw user id only in the encrypted chat address table, and not in clear there', async () => {
    const rawId = 'RAWSESSION9f8e7d6c5b4a';
    await t.chat({ sessionId: rawId, text: 'xin chao' });
    await t.chat({ sessionId: rawId, text: '4' });
    await t.chat({ sessionId: rawId, text: 'toi can giup' });
    const db = t.app.database.db;
    expect(await tableNames(db)).toEqual(expect.arrayContaining(['ChatAddress', 'Conversation', 'Outbox', 'ProcessedUpdate']));
    expect(await tablesContaining(db, rawId)).toEqual([]);
    // …yet the address is there, sealed, and opens to the raw id with the app's key.
    const chatKey = t.app.core.chatKeyOf('web', rawId);
    const row = await db.chatAddress.findUniqueOrThrow({ where: { chatKey } });
    expect(row.sealed).not.toContain(rawId);
    const { createSealer } = await import('../../src/privacy/sealer.js');
    const opened = createSealer(Buffer.from(t.target.env.ENCRYPTION_KEY!, 'hex')).open(row.sealed, addressContext(chatKey));
    expect(JSON.parse(opened)).toEqual({ chatId: rawId });
  });

  it('erases the text of delivered outbox rows and keeps only the delivery record', async () => {
    await t.chat({ sessionId: 'erase-check-session-01', text: 'xin chao' });
    const rows = await t.app.database.db.outbox.findMany({ where: { chatKey: t.app.core.chatKeyOf('web', 'erase-check-session-01') } });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ status: 'delivered', payload: null });
    expect(rows.every((r) => r.deliveredAt instanceof Date)).toBe(true);
  });
});
