// The Zalo Bot webhook: only requests with the registered X-Bot-Api-Secret-Token are processed; the same
// event + message id is processed once; a protected user (no content) gets a kind answer with 111 and the hotline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../../support/zalo-bot-stub/server.js';
import { startBotTestApp, until, WEBHOOK_SECRET, type BotTestApp } from './support/bot-test-app.js';

let z: BotTestApp;
beforeAll(async () => { z = await startBotTestApp({ env: { ZALO_BOT_WEBHOOK_URL: 'https://tincay.example.org/zalo/bot/webhook' } }); });
afterAll(async () => { await z?.close(); });

const post = (body: unknown, secret?: string) => fetch(`${z.t.url}/zalo/bot/webhook`, {
  method: 'POST', headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-bot-api-secret-token': secret }) }, body: JSON.stringify(body),
});
const db = () => z.t.app.database.db;

describe('Zalo Bot webhook', () => {
  it('registered the webhook with its secret at start', async () => {
    await until(() => z.stub.webhook !== null);
    expect(z.stub.webhook).toEqual({ url: 'https://tincay.example.org/zalo/bot/webhook', secret: WEBHOOK_SECRET });
  });

  it('refuses a wrong or missing secret with 401 and processes nothing', async () => {
    const user = 'b0000000000000000001';
    const update = textUpdate(user, 'xin chào', { messageId: 'secret-1' });
    expect((await post(update)).status).toBe(401);
    expect((await post(update, 'webhook-secret-token-2')).status).toBe(401);
    expect((await post(update, WEBHOOK_SECRET.slice(0, -1))).status).toBe(401);
    expect(await db().processedUpdate.count({ where: { channel: 'zalo-bot' } })).toBe(0);
    expect(await db().conversation.count({ where: { chatKey: z.chatKeyOf(user) } })).toBe(0);
    expect((await post(update, WEBHOOK_SECRET)).status).toBe(200);
    expect(await db().processedUpdate.count({ where: { channel: 'zalo-bot', updateId: 'message.text.received:secret-1' } })).toBe(1);
  });

  it('processes the same event and message id once, wrapped or bare', async () => {
    const user = 'b0000000000000000002';
    const wrapped = textUpdate(user, 'xin chào', { messageId: 'dup-1' });
    const bare = textUpdate(user, 'xin chào', { messageId: 'dup-1', bare: true });
    const statuses = await Promise.all([post(wrapped, WEBHOOK_SECRET), post(bare, WEBHOOK_SECRET), post(wrapped, WEBHOOK_SECRET)]);
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200]);
    await z.settled(user);
    const rows = await db().outbox.count({ where: { channel: 'zalo-bot', chatKey: z.chatKeyOf(user) } });
    expect(await db().processedUpdate.count({ where: { channel: 'zalo-bot', updateId: 'message.text.received:dup-1' } })).toBe(1);
    // One welcome's worth of rows: a second processing would add more. The measure is another person's single
    // welcome (the welcome and the menu need not be the same number of messages).
    const once = 'b0000000000000000012';
    expect((await post(textUpdate(once, 'xin chào', { messageId: 'dup-2' }), WEBHOOK_SECRET)).status).toBe(200);
    await z.settled(once);
    expect(rows).toBeGreaterThan(0);
    expect(await db().outbox.count({ where: { channel: 'zalo-bot', chatKey: z.chatKeyOf(once) } })).toBe(rows);
  });

  it('answers a protected user (no content shown) kindly with 111 and the counselling line', async () => {
    const user = 'b0000000000000000003';
    const update = textUpdate(user, '', { event: 'message.unsupported.received', messageId: 'prot-1' });
    delete (update as any).result.message.text;
    expect((await post(update, WEBHOOK_SECRET)).status).toBe(200);
    await z.settled(user);
    await new Promise((r) => setTimeout(r, 200));
    const said = z.stub.sent.filter((m) => m.chatId === user).map((m) => m.text).join('\n');
    expect(said).toContain(z.i18n.t('vi', 'zalo-protected-user'));
    expect(said).toMatch(/111/);
    expect(said).toMatch(/18008080/);
  });
});
