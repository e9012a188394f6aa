// The real app with every way in open at once — web chat, Telegram in webhook mode, Zalo OA and Zalo Bot in webhook
// mode — each channel pointed at its in-repo stub, on a fresh database. Error-level log lines are kept (their
// message and fields, which never carry text or ids) so a test can tell what the app swallowed behind a 200.
import { Writable } from 'node:stream';
import { WEBHOOK_PATH } from '../../../src/channels/telegram/module.js';
import { OA_WEBHOOK_PATH } from '../../../src/channels/zalo-oa/module.js';
import { BOT_WEBHOOK_PATH } from '../../../src/channels/zalo-bot/module.js';
import { createLogger } from '../../../src/logger.js';
import { freePort } from '../../channels/telegram/support/telegram-test-app.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/test-app.js';
import { startTelegramStub, type TelegramStub } from '../../support/telegram-stub/index.js';
import { startOaStub, type OaStub } from '../../support/zalo-oa-stub/server.js';
import { startBotStub, type BotStub } from '../../support/zalo-bot-stub/server.js';
import type { Secrets } from './bodies.js';

export const SECRETS: Secrets = {
  telegram: 'fuzz_telegram_secret_0123456789',
  oa: { appId: '2553928453557884079', secretKey: 'oa-secret-key-fuzz' },
  bot: 'fuzz-zalo-bot-secret-1',
};
const OA_APP_SECRET = 'app-secret-key-fuzz';
const OA_REFRESH_TOKEN = 'rt-initial-fuzz-token';
const BOT_TOKEN = '1234567890:zalo-bot-fuzz_ABC';

export const PATHS = { web: '/api/chat', telegram: WEBHOOK_PATH, 'zalo-oa': OA_WEBHOOK_PATH, 'zalo-bot': BOT_WEBHOOK_PATH } as const;

export interface LoggedError { msg: string; fields: Record<string, unknown> }

export interface FuzzApp {
  t: TestApp;
  telegram: TelegramStub;
  oa: OaStub;
  bot: BotStub;
  /** Error-level log lines of the app, in order. */
  errors: LoggedError[];
  /** Forgets what the stubs recorded (their records would otherwise grow with every answer sent). */
  forgetStubRecords(): void;
  close(): Promise<void>;
}

/** `env` is laid over the fuzz configuration (e.g. higher rate limits). */
export async function startFuzzApp(opts: Pick<TestAppOptions, 'env'> = {}): Promise<FuzzApp> {
  const telegram = await startTelegramStub();
  const oa = await startOaStub({ appId: SECRETS.oa.appId, appSecret: OA_APP_SECRET, refreshToken: OA_REFRESH_TOKEN });
  const bot = await startBotStub({ token: BOT_TOKEN, longPollMs: 300 });
  const errors: LoggedError[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const { msg, level: _level, time: _time, app: _app, pid: _pid, hostname: _host, ...fields } = JSON.parse(line) as Record<string, unknown>;
        errors.push({ msg: String(msg), fields });
      }
      done();
    },
  });
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRETS.telegram, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    ZALO_OA_APP_ID: SECRETS.oa.appId, ZALO_OA_APP_SECRET: OA_APP_SECRET, ZALO_OA_SECRET_KEY: SECRETS.oa.secretKey,
    ZALO_OA_REFRESH_TOKEN: OA_REFRESH_TOKEN, ZALO_OA_API_ROOT: oa.url, ZALO_OAUTH_ROOT: oa.url,
    ZALO_BOT_TOKEN: BOT_TOKEN, ZALO_BOT_API_ROOT: bot.url, ZALO_BOT_MODE: 'webhook', ZALO_BOT_WEBHOOK_SECRET: SECRETS.bot,
    ZALO_BOT_WEBHOOK_URL: 'https://tincay.example.org/zalo/bot/webhook',
    // Delivery is kicked on every commit; the poll only picks up retries.
    OUTBOX_POLL_MS: '500',
    ...opts.env,
  };
  const closeStubs = async () => { await telegram.close(); await oa.close(); await bot.close(); };
  let t: TestApp;
  try {
    t = await startTestApp({ env, log: createLogger('error', sink) });
  } catch (error) {
    await closeStubs();
    throw error;
  }
  return {
    t, telegram, oa, bot, errors,
    forgetStubRecords() {
      (telegram.calls as unknown[]).length = 0;
      oa.sent.length = 0;
      bot.sent.length = 0;
      bot.actions.length = 0;
    },
    async close() {
      await t.close();
      await closeStubs();
    },
  };
}
