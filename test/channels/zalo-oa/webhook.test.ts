// The OA webhook: only requests signed with the OA secret key (over the exact bytes) and a timestamp within 5
// minutes are processed; a repeated msg_id is processed once; the message is committed before the 200, so a crash
// right after it loses nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followEvent, imageEvent, postEvent, sign, textEvent } from '../../support/zalo-oa-stub/webhook.js';
import { OA, startOaTestApp, until, type OaTestApp } from './support/oa-test-app.js';

let z: OaTestApp;
beforeAll(async () => { z = await startOaTestApp(); });
afterAll(async () => { await z?.close(); });

const db = () => z.t.app.database.db;
const processed = (msgId: string) => db().processedUpdate.count({ where: { channel: 'zalo-oa', updateId: `msg:${msgId}` } });

describe('Zalo OA webhook: authentication', () => {
  it('refuses a wrong, a missing and a re-serialised signature with 401 and processes nothing', async () => {
    const user = '7000000000000000001';
    const event = textEvent(user, 'xin chào', { appId: OA.appId, msgId: 'sig-test-1' });
    expect((await postEvent(z.t.url, event, OA.secretKey, `mac=${'0'.repeat(64)}`)).status).toBe(401);
    expect((await postEvent(z.t.url, event, OA.secretKey, null)).status).toBe(401);
    expect((await postEvent(z.t.url, event, 'not-the-oa-secret-key')).status).toBe(401);
    // Signed over other bytes (same JSON, different spacing): the signature covers the exact body received.
    const spaced = JSON.stringify(event, null, 2);
    const res = await fetch(`${z.t.url}/zalo/oa/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': sign(JSON.stringify(event), OA.appId, event.timestamp, OA.secretKey) }, body: spaced });
    expect(res.status).toBe(401);
    expect(await processed('sig-test-1')).toBe(0);
    expect(await db().conversation.count({ where: { channel: 'zalo-oa', chatKey: z.chatKeyOf(user) } })).toBe(0);
    expect(z.stub.sent.filter((m) => m.userId === user)).toEqual([]);
    // The same event, correctly signed (also as bare hex), is processed.
    const bare = sign(JSON.stringify(event), OA.appId, event.timestamp, OA.secretKey).slice(4);
    expect((await postEvent(z.t.url, event, OA.secretKey, bare)).status).toBe(200);
    expect(await processed('sig-test-1')).toBe(1);
  });

  it('refuses a timestamp more than 5 minutes away, even correctly signed', async () => {
    const user = '7000000000000000002';
    const old = textEvent(user, 'xin chào', { appId: OA.appId, msgId: 'stale-1', at: Date.now() - 6 * 60_000 });
    expect((await postEvent(z.t.url, old, OA.secretKey)).status).toBe(401);
    const future = textEvent(user, 'xin chào', { appId: OA.appId, msgId: 'stale-2', at: Date.now() + 6 * 60_000 });
    expect((await postEvent(z.t.url, future, OA.secretKey)).status).toBe(401);
    expect(await processed('stale-1') + await processed('stale-2')).toBe(0);
  });
});

describe('Zalo OA webhook: once and durably', () => {
  it('processes a repeated msg_id once (Zalo retries when the 200 is late)', async () => {
    const user = '7000000000000000003';
    const event = textEvent(user, 'xin chào', { appId: OA.appId, msgId: 'repeat-1' });
    const results = await Promise.all([postEvent(z.t.url, event, OA.secretKey), postEvent(z.t.url, event, OA.secretKey)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect((await postEvent(z.t.url, event, OA.secretKey)).status).toBe(200);
    await z.settled(user);
    const welcomes = z.stub.sent.filter((m) => m.userId === user);
    expect(welcomes.length).toBeGreaterThan(0);
    // One answer: a second processing would have sent the menu again.
    const outbox = await db().outbox.count({ where: { channel: 'zalo-oa', chatKey: z.chatKeyOf(user) } });
    const again = textEvent(user, 'menu', { appId: OA.appId });
    await postEvent(z.t.url, again, OA.secretKey);
    await z.settled(user);
    expect(await db().outbox.count({ where: { channel: 'zalo-oa', chatKey: z.chatKeyOf(user) } })).toBeGreaterThan(outbox);
    expect(await processed('repeat-1')).toBe(1);
  });

  it('has the message and its answer committed when it answers 200: a crash right after loses nothing', async () => {
    const user = '7000000000000000004';
    // Zalo is rate-limiting (-32): the answer cannot go out before the "crash".
    z.stub.rateLimitNext(1000);
    const event = textEvent(user, 'xin chào', { appId: OA.appId, msgId: 'crash-1' });
    expect((await postEvent(z.t.url, event, OA.secretKey)).status).toBe(200);
    const pending = await db().outbox.count({ where: { channel: 'zalo-oa', chatKey: z.chatKeyOf(user), status: 'pending' } });
    expect(pending).toBeGreaterThan(0);
    await z.restart();
    z.stub.rateLimitNext(0);
    // The new instance delivers what the old one had committed; Zalo's retry of the same event changes nothing.
    expect((await postEvent(z.t.url, event, OA.secretKey)).status).toBe(200);
    await until(() => z.stub.sent.some((m) => m.userId === user), 60_000);
    await z.settled(user);
    expect(await processed('crash-1')).toBe(1);
  }, 90_000);

  it('answers media with "only text and location are read", keeping nothing of it; follow gets the welcome', async () => {
    const user = '7000000000000000005';
    expect((await postEvent(z.t.url, followEvent(user, { appId: OA.appId }), OA.secretKey)).status).toBe(200);
    await until(() => z.stub.sent.some((m) => m.userId === user));
    const before = z.stub.sent.length;
    expect((await postEvent(z.t.url, imageEvent(user, { appId: OA.appId }), OA.secretKey)).status).toBe(200);
    await z.settled(user);
    const answer = z.stub.sent.slice(before).filter((m) => m.userId === user).map((m) => m.text).join('\n');
    expect(answer).toContain(z.i18n.t('vi', 'unsupported'));
    const { tablesContaining } = await import('../../support/scan-tables.js');
    expect(await tablesContaining(db(), 'example.invalid')).toEqual([]);
    expect(await tablesContaining(db(), user)).toEqual([]);
  });

  it('treats unfollowing as leaving: counsellors\' messages pause until the person writes again', async () => {
    const user = '7000000000000000007';
    expect((await postEvent(z.t.url, followEvent(user, { appId: OA.appId }), OA.secretKey)).status).toBe(200);
    await z.settled(user);
    expect((await postEvent(z.t.url, followEvent(user, { appId: OA.appId }, 'unfollow'), OA.secretKey)).status).toBe(200);
    await z.settled(user);
    const conv = await db().conversation.findFirstOrThrow({ where: { channel: 'zalo-oa', chatKey: z.chatKeyOf(user) } });
    expect(conv.relayPaused).toBe(true);
  });

  it('ignores events it does not read (answers 200, processes nothing)', async () => {
    const event = { event_name: 'user_seen_message', app_id: OA.appId, sender: { id: '3662729599332560487' }, recipient: { id: '7000000000000000006' }, message: { msg_ids: ['x'] }, timestamp: String(Date.now()) };
    expect((await postEvent(z.t.url, event, OA.secretKey)).status).toBe(200);
    expect(await db().conversation.count({ where: { chatKey: z.chatKeyOf('7000000000000000006') } })).toBe(0);
  });
});
