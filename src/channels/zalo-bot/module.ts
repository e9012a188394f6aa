// The Zalo Bot Platform channel (plain axios): a webhook checked by its secret header, or long polling with
// getUpdates; sendMessage out. It only translates; the core decides. On when ZALO_BOT_TOKEN is set.
//
// Durability: the webhook answers 200 only after core.handle has committed the update (dedupe on event name +
// message id, flow step and outbox rows in one transaction). Polling hands each update to the core before asking
// for the next one.
import type { AppContext, AppModule } from '../../app.js';
import { errorFields } from '../../logger.js';
import { createChatGate } from '../limits/chat-gate.js';
import { safeEqual } from '../zalo-common/safe-equal.js';
import { ZaloBotError, zaloBotApi, type ZaloBotApi } from './api.js';
import { PROTECTED, toInbound, unwrapUpdate } from './inbound.js';
import { botSender } from './outbound.js';

export const BOT_WEBHOOK_PATH = '/zalo/bot/webhook';
const POLL_TIMEOUT_S = 30;
const MAX_BACKOFF_MS = 60_000;

export interface ZaloBotOptions {
  /** Backoff before retry n (after a failed getUpdates or setWebhook); tests shorten it. */
  backoff?: (attempt: number) => number;
}

const defaultBackoff = (n: number) => Math.min(1000 * 2 ** Math.min(n - 1, 10), MAX_BACKOFF_MS);

export function zaloBotModule(ctx: AppContext, opts: ZaloBotOptions = {}): AppModule {
  const { config, core, i18n } = ctx;
  const log = ctx.log.child({ part: 'zalo-bot' });
  if (!config.ZALO_BOT_TOKEN) {
    log.info('Zalo Bot channel is off: ZALO_BOT_TOKEN is not set');
    return { name: 'zalo-bot' };
  }
  const backoff = opts.backoff ?? defaultBackoff;
  const api: ZaloBotApi = zaloBotApi({ apiRoot: config.ZALO_BOT_API_ROOT, token: config.ZALO_BOT_TOKEN });
  const lifetime = new AbortController();
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    lifetime.signal.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });
  const optional = (method: string, body: Record<string, unknown>) =>
    void api.call(method, body, { timeoutMs: 5_000, signal: lifetime.signal }).catch((e) => log.debug({ method, code: (e as ZaloBotError).code }, 'optional call failed'));
  const gate = createChatGate({ config, i18n, log });

  /** Returns false when the update could not be committed (the webhook then asks Zalo to send it again). */
  const handleUpdate = async (body: unknown): Promise<boolean> => {
    const update = unwrapUpdate(body);
    const inbound = update ? toInbound(update, new Date()) : { kind: 'ignored' as const, eventName: '' };
    if (inbound.kind === 'ignored') {
      log.debug({ event: inbound.eventName }, 'Zalo Bot update ignored');
      return true;
    }
    const { message } = inbound;
    const chatId = message.address.chatId;
    // Over the user's limit: one notice with the numbers per window, the rest acknowledged and dropped (a retry
    // would only be dropped again).
    const notify = (text: string) => api.call('sendMessage', { chat_id: chatId, text }, { timeoutMs: 5_000, signal: lifetime.signal });
    if (!(await gate.admit(message, 'vi', notify))) return true;
    if (message.content.kind === 'text' || message.content.kind === 'choice') optional('sendChatAction', { chat_id: chatId, action: 'typing' });
    try {
      const result = await core.handle(message);
      // A protected user (e.g. a child) sent something Zalo does not show us: a kind line with 111 and the hotline.
      if (!result.duplicate && message.content.kind === 'unsupported' && message.content.contentKind === PROTECTED) {
        optional('sendMessage', { chat_id: chatId, text: i18n.t('vi', 'zalo-protected-user') });
      }
      return true;
    } catch (error) {
      log.error({ err: errorFields(error) }, 'Zalo Bot update failed');
      // Never leave a person without an answer: the emergency numbers, sent directly (the database may be the failure).
      optional('sendMessage', { chat_id: chatId, text: i18n.t('vi', 'error-fallback') });
      return false;
    }
  };

  let polling: Promise<void> | undefined;
  const poll = async () => {
    let failures = 0;
    while (!lifetime.signal.aborted) {
      let update: unknown;
      try {
        update = await api.call('getUpdates', { timeout: String(POLL_TIMEOUT_S) }, { timeoutMs: (POLL_TIMEOUT_S + 10) * 1000, signal: lifetime.signal });
        failures = 0;
      } catch (error) {
        if (lifetime.signal.aborted) return;
        const code = (error as ZaloBotError).code;
        if (code === 408) { failures = 0; continue; } // nothing new
        // A conflict (a webhook is set) or an outage: logged, retried with back-off, never fatal.
        failures++;
        log.warn({ method: 'getUpdates', code, attempt: failures }, 'Zalo Bot polling failed; retrying');
        await sleep(backoff(failures));
        continue;
      }
      // One update per call (documented), tolerating an array.
      for (const u of Array.isArray(update) ? update : [update]) await handleUpdate(u);
    }
  };

  const registerWebhook = async () => {
    for (let attempt = 1; !lifetime.signal.aborted; attempt++) {
      try {
        await api.call('setWebhook', { url: config.ZALO_BOT_WEBHOOK_URL, secret_token: config.ZALO_BOT_WEBHOOK_SECRET }, { signal: lifetime.signal });
        log.info('Zalo Bot webhook registered');
        return;
      } catch (error) {
        if (lifetime.signal.aborted) return;
        log.error({ method: 'setWebhook', code: (error as ZaloBotError).code, attempt }, 'could not set the Zalo Bot webhook; retrying');
        await sleep(backoff(attempt));
      }
    }
  };

  return {
    name: 'zalo-bot',
    senders: { 'zalo-bot': botSender(api, i18n) },
    routes(http) {
      if (config.ZALO_BOT_MODE !== 'webhook') return;
      const secret = config.ZALO_BOT_WEBHOOK_SECRET!;
      http.post(BOT_WEBHOOK_PATH, async (req, reply) => {
        const header = req.headers['x-bot-api-secret-token'];
        if (!safeEqual(Array.isArray(header) ? header[0] : header, secret)) {
          log.warn('Zalo Bot webhook refused: wrong or missing secret');
          return reply.code(401).send({ error: 'unauthorized' });
        }
        const ok = await handleUpdate(req.body);
        return ok ? reply.code(200).send({ ok: true }) : reply.code(500).send({ error: 'retry' });
      });
    },
    async start() {
      if (config.ZALO_BOT_MODE === 'webhook') {
        if (config.ZALO_BOT_WEBHOOK_URL) polling = registerWebhook();
        log.info({ mode: 'webhook' }, 'Zalo Bot channel on');
      } else {
        polling = poll();
        log.info({ mode: 'polling' }, 'Zalo Bot channel on');
      }
    },
    async stop() {
      lifetime.abort();
      await polling;
    },
  };
}
