// The real app with the Zalo Bot channel on, pointed at the Bot stub (test/support/zalo-bot-stub), in webhook or
// polling mode, and simulated people whose messages arrive as the Bot Platform sends them.
import { loadConfig, textGlobals } from '../../../../src/config.js';
import { loadTranslator, type Translator } from '../../../../src/core/i18n.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../../support/test-app.js';
import { startBotStub, textUpdate, type BotSent, type BotStub } from '../../../support/zalo-bot-stub/server.js';

export const BOT_TOKEN = '1234567890:zalo-bot-secret_ABC';
export const WEBHOOK_SECRET = 'webhook-secret-token-1';

export interface BotAnswer { messages: BotSent[]; text: string; status: number }

export interface BotPerson {
  id: string;
  says(text: string, o?: { bare?: boolean }): Promise<BotAnswer>;
  /** Types the number written in front of a choice's label (the Zalo Bot has no buttons). */
  chooses(labelKey: string): Promise<BotAnswer>;
  last(): BotAnswer | undefined;
}

export interface BotTestApp {
  t: TestApp;
  stub: BotStub;
  i18n: Translator;
  chatKeyOf(userId: string): string;
  person(id: string): BotPerson;
  settled(userId: string): Promise<void>;
  close(): Promise<void>;
}

export async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function startBotTestApp(opts: TestAppOptions & { mode?: 'webhook' | 'polling' } = {}): Promise<BotTestApp> {
  const mode = opts.mode ?? 'webhook';
  const stub = await startBotStub({ token: BOT_TOKEN, longPollMs: 300 });
  const t = await startTestApp({ ...opts, env: { ZALO_BOT_TOKEN: BOT_TOKEN, ZALO_BOT_API_ROOT: stub.url, ZALO_BOT_MODE: mode, ZALO_BOT_WEBHOOK_SECRET: WEBHOOK_SECRET, ...opts.env } });
  const i18n = loadTranslator(textGlobals(loadConfig({})));
  const chatKeyOf = (userId: string) => t.app.core.chatKeyOf('zalo-bot', userId);
  const settled = (userId: string) => until(async () => (await t.app.database.db.outbox.count({ where: { channel: 'zalo-bot', chatKey: chatKeyOf(userId), status: 'pending' } })) === 0);
  return {
    t, stub, i18n, chatKeyOf, settled,
    person(id) {
      let lastAnswer: BotAnswer | undefined;
      const says = async (text: string, o: { bare?: boolean } = {}): Promise<BotAnswer> => {
        const before = stub.sent.length;
        const update = textUpdate(id, text, o);
        let status = 200;
        if (mode === 'webhook') {
          const res = await fetch(`${t.url}/zalo/bot/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': WEBHOOK_SECRET }, body: JSON.stringify(update) });
          status = res.status;
        } else {
          stub.queue.push((update as { result?: unknown }).result ?? update);
          const messageId = ((update as any).result ?? update).message.message_id as string;
          await until(async () => (await t.app.database.db.processedUpdate.count({ where: { channel: 'zalo-bot', updateId: `message.text.received:${messageId}` } })) === 1);
        }
        if (status === 200) await settled(id);
        const messages = stub.sent.slice(before).filter((m) => m.chatId === id);
        const answer = { messages, status, text: messages.map((m) => m.text).join('\n') };
        if (messages.length) lastAnswer = answer;
        return answer;
      };
      return {
        id, says,
        async chooses(labelKey) {
          const label = i18n.t('vi', labelKey);
          const line = lastAnswer?.text.split('\n').find((l) => new RegExp(`^\\d+\\. ${escapeRe(label)}$`).test(l));
          if (!line) throw new Error(`no numbered line for ${labelKey} (${label}) in:\n${lastAnswer?.text}`);
          return says(line.split('.')[0]!);
        },
        last: () => lastAnswer,
      };
    },
    async close() { await t.close(); await stub.close(); },
  };
}
