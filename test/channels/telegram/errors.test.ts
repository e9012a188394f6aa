// Errors never silent: in webhook mode a failed update still gets the fallback line with the emergency numbers and
// is answered 200 (like polling); in polling mode a 409 (another instance polling the same token) is retried with
// back-off and never ends the process. Against the in-repo Bot API stub.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { loadTranslator } from '../../../src/core/i18n.js';
import { startTelegramStub, type TelegramStub, type Update } from '../../support/telegram-stub/index.js';
import { answerFrom, startTelegramTestApp, WEBHOOK_SECRET, type TelegramTestApp } from './support/telegram-test-app.js';

const i18n = loadTranslator(textGlobals(loadConfig({})));
const FALLBACK = i18n.t('vi', 'error-fallback');

function textUpdate(updateId: number, userId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1, date: Math.floor(Date.now() / 1000), text,
      from: { id: userId, is_bot: false, first_name: 'Ẩn danh' },
      chat: { id: userId, type: 'private', first_name: 'Ẩn danh' },
    },
  } as Update;
}

// Any unhandled rejection while these tests run is a failure: one used to end the process (and the web chat).
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
beforeAll(() => { process.on('unhandledRejection', onUnhandled); });
afterAll(() => { process.off('unhandledRejection', onUnhandled); });
afterEach(() => { expect(unhandled).toEqual([]); });

describe('Telegram webhook: an update that fails', () => {
  let t: TelegramTestApp;
  beforeAll(async () => { t = await startTelegramTestApp({ mode: 'webhook' }); });
  afterAll(async () => { await t?.close(); });

  it('answers 200 and sends the person the fallback line with the emergency numbers', async () => {
    // A person who has started the bot (so it may write to them); the failing update is then posted by hand.
    const person = t.person({ id: 750_000_001 });
    await person.command('/start');
    const userId = person.id;
    const db = t.app.database.db;
    // A real failure: the conversations table is gone for a moment (a broken database), so core.handle throws.
    await db.$executeRawUnsafe('ALTER TABLE "Conversation" RENAME TO "Conversation_away"');
    let res: { status: number };
    const since = t.stub.calls.length;
    try {
      res = await t.stub.postUpdateRaw(textUpdate(991_001, userId, 'cứu tôi với'), { secret: WEBHOOK_SECRET });
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "Conversation_away" RENAME TO "Conversation"');
    }
    expect(res.status).toBe(200);
    const sent = await t.stub.waitFor((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(userId), 5000, { since });
    expect(sent.body.text).toBe(FALLBACK);
    expect(String(sent.body.text)).toMatch(/113/);
    expect(sent.response.ok).toBe(true);
  });

  it('keeps answering normally once the database is back', async () => {
    const answer = await t.person({ id: 750_000_002 }).command('/start');
    expect(answer.text).toMatch(/113/);
    expect(answer.text).not.toContain(FALLBACK);
  });
});

describe('Telegram polling: another instance polls the same token (409)', () => {
  let stub: TelegramStub;
  let t: TelegramTestApp;
  beforeAll(async () => {
    stub = await startTelegramStub();
    // The first three getUpdates meet a second instance.
    stub.failNext('getUpdates', { code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, 3);
    t = await startTelegramTestApp({ stub });
  });
  afterAll(async () => {
    await t?.close();
    await stub?.close();
  });

  it('logs and retries with growing pauses, then answers people; the process and the web chat stay up', async () => {
    const lan = t.person({ id: 750_000_003 });
    const since = stub.calls.length;
    const sent = lan.sim.sendCommand('/start');
    await t.waitAnswered(sent, lan.id, { since, timeout: 20_000 });
    expect(answerFrom(stub.calls.slice(since), lan.id).text).toMatch(/113/);
    const polls = stub.callsTo('getUpdates');
    const conflicts = polls.filter((c) => !c.response.ok && (c.response as { error_code?: number }).error_code === 409);
    expect(conflicts).toHaveLength(3);
    // Back-off: 1 s, then 2 s, then 4 s between the conflicting calls and the next try.
    const next = polls[polls.indexOf(conflicts[2]!) + 1]!;
    expect(conflicts[1]!.at - conflicts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(conflicts[2]!.at - conflicts[1]!.at).toBeGreaterThanOrEqual(1950);
    expect(next.at - conflicts[2]!.at).toBeGreaterThanOrEqual(3950);
    const web = await fetch(`${t.url}/healthz`);
    expect(web.status).toBe(200);
  }, 30_000);
});
