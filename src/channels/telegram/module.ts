// The Telegram channel (grammY): polling with @grammyjs/runner or a webhook on the fastify server. It only
// translates updates into core messages and outbox rows into Bot API calls; it decides nothing.
import { Bot, Composer, webhookCallback, type BotError, type Context } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import type { AppContext, AppModule } from '../../app.js';
import { AppError } from '../../core/errors.js';
import { langOf } from '../../core/i18n.js';
import { createChatGate } from '../limits/chat-gate.js';
import { apiSignal, publishCommands } from './commands.js';
import { toInbound } from './inbound.js';
import { telegramSender } from './outbound.js';
import { webhookUpdate } from './webhook-update.js';

export const WEBHOOK_PATH = '/telegram/webhook';
/** How long an optional Bot API call (typing indicator, button acknowledgement) may take, retries included. */
const OPTIONAL_CALL_MS = 5_000;
/** Polling that stopped (409: another instance polls the same token; 401: a revoked token) restarts after 1 s,
 * doubling to at most a minute. The process — and the web chat with it — stays up. */
const POLL_RETRY_MS = { first: 1_000, max: 60_000 };

export interface TelegramChannel {
  bot: Bot;
  /** Middleware for the counsellors' group (the hand-off); runs before the private-chat handling. */
  staff: Composer<Context>;
  module: AppModule;
}

export function createTelegramChannel(ctx: AppContext): TelegramChannel | undefined {
  const { config, log: rootLog, core, i18n } = ctx;
  const log = rootLog.child({ part: 'telegram' });
  if (!config.TELEGRAM_BOT_TOKEN) {
    log.info('Telegram channel is off: TELEGRAM_BOT_TOKEN is not set');
    return undefined;
  }
  // Calls are bounded (30 s each, a 429 waited out for at most 30 s) so a send always ends well within the outbox
  // lease (OUTBOX_LEASE_SECONDS): a row is never sent twice by two instances.
  const bot = new Bot(config.TELEGRAM_BOT_TOKEN, { client: { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: 30 } });
  // 429s are waited out and 5xx/network errors retried; what still fails stays in the outbox, whose own backoff
  // (1 s, 2 s, 4 s…, recorded, surviving restarts) takes over. One retry only: auto-retry also sleeps after its last
  // failed attempt, so 3 retries hold a chat — and a shutdown waiting for sends in flight — for 3+6+12+24 = 45 s.
  // Network errors go straight back to the outbox (its recorded backoff), instead of auto-retry's unbounded wait.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  // Optional calls get a short deadline and are cut off when the channel stops, so auto-retry's 5xx backoff
  // (3 s, 6 s, 12 s) can neither hold an answer up nor outlive the app.
  const lifetime = new AbortController();
  const optional = () => apiSignal(AbortSignal.any([lifetime.signal, AbortSignal.timeout(OPTIONAL_CALL_MS)]));
  let publishing: Promise<void> | undefined;
  const staff = new Composer<Context>();
  const counsellorChat = config.COUNSELLOR_CHAT_ID ? Number(config.COUNSELLOR_CHAT_ID) : undefined;
  const gate = createChatGate({ config, i18n, log });

  // One error boundary for polling and webhook alike: a failed update is logged, the person gets the fallback line,
  // and the update counts as handled (the webhook answers 200 instead of 500; the runner moves on).
  const fail = (err: BotError<Context>) => {
    // grammY errors carry the request payload: log the method and the code only.
    const e = err.error as { method?: string; error_code?: number; code?: string | number; name?: string };
    log.error({ method: e.method, code: e.error_code ?? e.code, type: e.name, update: err.ctx.update.update_id }, 'telegram update failed');
    // Never leave a person without an answer: a fixed line with the emergency numbers (sent directly, since the
    // failure may be the database itself).
    const chat = err.ctx.chat;
    if (chat?.type === 'private') void bot.api.sendMessage(chat.id, i18n.t('vi', 'error-fallback')).catch(() => {});
  };
  const guarded = bot.errorBoundary(fail);
  guarded.use(sequentialize((c: Context) => (c.chat?.id ?? c.from?.id)?.toString()));
  guarded.filter((c) => c.chat?.id !== undefined && c.chat.id === counsellorChat, staff);
  guarded.use(async (c) => {
    const chat = c.chat;
    if (chat && chat.type !== 'private') {
      if (c.message || c.myChatMember?.new_chat_member.status === 'member') {
        // Added to a group by mistake: say it only works in private, then leave.
        await c.api.sendMessage(chat.id, i18n.t('vi', 'tg-private-only')).catch(() => {});
        await c.api.leaveChat(chat.id).catch(() => {});
      }
      return;
    }
    // Acknowledging the press and the typing indicator are optional: never awaited, never retried for long.
    if (c.callbackQuery) void c.answerCallbackQuery(undefined, optional()).catch(() => {});
    const inbound = toInbound(c, bot.botInfo.id);
    if (!inbound) return;
    // Over the chat's limit: one notice with the numbers per window (in the language of the person's Telegram app,
    // else Vietnamese: the chat's own setting is in the database, which a flood must not reach), the rest dropped.
    const notify = (text: string) => c.api.sendMessage(chat!.id, text, undefined, optional());
    if (!(await gate.admit(inbound, langOf(c.from?.language_code), notify))) return;
    if (c.message) void c.api.sendChatAction(chat!.id, 'typing', undefined, optional()).catch(() => {});
    await core.handle(inbound);
  });
  // Nothing should reach it past the boundary; kept so polling never falls back to grammY's rethrowing default.
  bot.catch(fail);

  let runner: RunnerHandle | undefined;
  let polling = false;
  let retryIn = POLL_RETRY_MS.first;
  let retryTimer: NodeJS.Timeout | undefined;
  const poll = () => {
    const startedAt = Date.now();
    runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] } } });
    // The runner's task rejects when getUpdates fails for good (409, 401, or 15 h of errors); unhandled, that
    // rejection would end the process.
    void runner.task()?.catch((error: { error_code?: number; name?: string }) => {
      if (!polling) return;
      if (Date.now() - startedAt > 10 * POLL_RETRY_MS.max) retryIn = POLL_RETRY_MS.first;
      const code = error?.error_code;
      log.error({ method: 'getUpdates', code, type: error?.name, retryInMs: retryIn },
        code === 409 ? 'polling conflict: another instance polls this bot token (or a webhook is set); retrying' : 'polling stopped; retrying');
      retryTimer = setTimeout(() => { if (polling) poll(); }, retryIn);
      retryIn = Math.min(retryIn * 2, POLL_RETRY_MS.max);
    });
  };
  const module: AppModule = {
    name: 'telegram',
    senders: { telegram: telegramSender(bot.api, log) },
    routes(http) {
      if (config.TELEGRAM_MODE !== 'webhook') return;
      const handle = webhookCallback(bot, 'fastify', { secretToken: config.TELEGRAM_WEBHOOK_SECRET, onTimeout: 'return', timeoutMilliseconds: 9_000 });
      http.post(WEBHOOK_PATH, async (req, reply) => {
        // Refused like a body that is not JSON (400, before the secret is looked at: it reveals nothing).
        if (!webhookUpdate.safeParse(req.body).success) throw new AppError('bad_request', 'the body is not a Telegram update');
        return handle(req, reply);
      });
    },
    async start() {
      await bot.init();
      // The command menu is optional: published in the background so a failing setMyCommands never delays answers.
      publishing = publishCommands(bot.api, i18n, log, lifetime.signal);
      if (config.TELEGRAM_MODE === 'webhook') {
        if (config.TELEGRAM_WEBHOOK_URL) {
          await bot.api.setWebhook(config.TELEGRAM_WEBHOOK_URL, { secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] })
            .catch((e) => log.error({ method: 'setWebhook', code: (e as { error_code?: number }).error_code }, 'could not set the webhook'));
        }
        log.info({ mode: 'webhook' }, 'Telegram channel on');
      } else {
        polling = true;
        poll();
        log.info({ mode: 'polling' }, 'Telegram channel on');
      }
    },
    async stop() {
      lifetime.abort();
      polling = false;
      clearTimeout(retryTimer);
      await publishing;
      if (runner?.isRunning()) await runner.stop();
    },
  };
  return { bot, staff, module };
}
