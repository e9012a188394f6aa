// The intake through the real app and database: a completed report creates exactly one case with its answers,
// a reference code the person is told, the GBVIMS type, and contact details only sealed; a report stopped
// half-way keeps only what the person agreed to keep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE, startTestApp, type TestApp } from '../support/test-app.js';
import { tablesContaining } from '../support/scan-tables.js';
import { FULL_REPORT } from '../support/scripts.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ people: EVERYONE }); });
afterAll(async () => { await t.close(); });

async function say(sessionId: string, texts: string[]): Promise<string> {
  let last = '';
  for (const text of texts) {
    const res = await t.chat({ sessionId, text });
    expect(res.status).toBe(200);
    last = res.body.replies.map((r: { text: string }) => r.text).join('\n');
  }
  return last;
}

const casesOf = async (sessionId: string) => t.app.database.db.case.findMany({ where: { chatKey: t.app.core.chatKeyOf('web', sessionId) } });

describe('intake into the case log', () => {
  it('creates exactly one case with the answers, the GBVIMS type and a reference code the person is told', async () => {
    const session = 'intake-complete-0001';
    const last = await say(session, ['/start', ...FULL_REPORT]);
    const cases = await casesOf(session);
    expect(cases).toHaveLength(1);
    const [row] = cases;
    expect(row!.ref).toMatch(/^TC-[A-Z0-9]{6}$/);
    expect(last).toContain(row!.ref);
    expect(row).toMatchObject({ status: 'open', province: '24', gbvimsType: 'physical_assault' });
    expect(row!.answers).toMatchObject({ affected: 'self', kinds: ['physical', 'psychological', 'economic'], relationship: 'spouse', consentReferral: 'yes', consentStatistics: 'no' });
    expect(row!.answers).not.toHaveProperty('contact');
    expect(row!.contactSealed).toBeTruthy();
    // The phone number and code word are nowhere in clear, in any table.
    expect(await tablesContaining(t.app.database.db, '0912345678')).toEqual([]);
    expect(await tablesContaining(t.app.database.db, 'hoa sen')).toEqual([]);
    const events = await t.app.database.db.caseEvent.findMany({ where: { caseId: row!.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['created', 'submitted']));
  });

  it('keeps nothing of a report stopped half-way with "stop and delete"', async () => {
    const session = 'intake-abandon-00001';
    await say(session, ['/start', 'bao cao bao luc', 'bat dau', 'toi', '1', 'xong', 'chong', 'menu', 'dung va xoa het']);
    expect(await casesOf(session)).toEqual([]);
  });

  it('keeps only the answers given, never contact details, when the person stops and keeps them', async () => {
    const session = 'intake-keep-0000001';
    await say(session, ['/start', 'bao cao bao luc', 'bat dau', 'toi', '1', 'xong', 'chong', 'co', 'trong 3 ngay qua', 'thai nguyen', 'bo qua', 'bo qua', 'goi dien cho toi', '0987654321', '/menu']);
    const leaving = await t.chat({ sessionId: session, text: '2' });
    expect(leaving.status).toBe(200);
    const cases = await casesOf(session);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: 'closed', outcome: 'abandoned', contactSealed: null });
    expect(Object.keys(cases[0]!.answers as object).sort()).toEqual(['affected', 'callback', 'kinds', 'lastIncident', 'ongoing', 'province', 'relationship']);
    expect(await tablesContaining(t.app.database.db, '0987654321')).toEqual([]);
  });

  it('updates the open case on repeated danger messages instead of opening new ones', async () => {
    const session = 'danger-twice-000001';
    await say(session, ['cuu toi voi', 'ck t dang danh t', 'no doa giet t']);
    const cases = await casesOf(session);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ urgency: 'urgent', status: 'open' });
    const risks = await t.app.database.db.caseEvent.count({ where: { caseId: cases[0]!.id, type: 'risk-reported' } });
    expect(risks).toBe(3);
  });
});
