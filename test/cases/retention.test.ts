import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredCaseDetails, purgeOldUpdateIds } from '../../src/cases/retention.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ modules: [] }); });
afterAll(async () => { await t.close(); });

describe('retention', () => {
  it('deletes contact details and free text of cases closed longer than RETENTION_DAYS ago, keeping the counts', async () => {
    const db = t.app.database.db;
    const now = new Date('2026-11-25T00:00:00Z');
    const old = await db.case.create({ data: { ref: 'TC-AAAAAA', channel: 'web', status: 'closed', closedAt: new Date('2026-10-01T00:00:00Z'), contactSealed: 'v1.x.y.z', answers: { kinds: ['physical'], commune: 'Phường Ba Đình', province: '01' } } });
    const recent = await db.case.create({ data: { ref: 'TC-CCCCCC', channel: 'web', status: 'closed', closedAt: new Date('2026-11-20T00:00:00Z'), contactSealed: 'v1.x.y.z', answers: { commune: 'Xã A' } } });
    const open = await db.case.create({ data: { ref: 'TC-DDDDDD', channel: 'web', status: 'open', contactSealed: 'v1.x.y.z', answers: { commune: 'Xã B' } } });
    expect(await purgeExpiredCaseDetails(t.app.database.store, 30, now)).toBe(1);
    const after = await db.case.findUniqueOrThrow({ where: { id: old.id } });
    expect(after.contactSealed).toBeNull();
    expect(after.answers).toEqual({ kinds: ['physical'], province: '01' });
    expect(await db.caseEvent.count({ where: { caseId: old.id, type: 'details-purged' } })).toBe(1);
    expect((await db.case.findUniqueOrThrow({ where: { id: recent.id } })).contactSealed).not.toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: open.id } })).contactSealed).not.toBeNull();
    // A second run finds nothing left to purge.
    expect(await purgeExpiredCaseDetails(t.app.database.store, 30, now)).toBe(0);
  });

  it('forgets update ids after two weeks', async () => {
    const db = t.app.database.db;
    await db.processedUpdate.create({ data: { channel: 'web', updateId: 'old', processedAt: new Date('2026-01-01T00:00:00Z') } });
    await db.processedUpdate.create({ data: { channel: 'web', updateId: 'new', processedAt: new Date('2026-11-24T00:00:00Z') } });
    expect(await purgeOldUpdateIds(t.app.database.store, new Date('2026-11-25T00:00:00Z'))).toBe(1);
    expect(await db.processedUpdate.findMany({ select: { updateId: true } })).toEqual([{ updateId: 'new' }]);
  });
});
