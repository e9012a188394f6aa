// getMe and the two ways to receive updates: getUpdates (long polling) and webhooks.
import { tg } from '../errors.js';
import type { BotState } from '../world.js';
import type { MethodContext, MethodHandler } from './method.js';
import type { Params } from '../params.js';

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export const getMe: MethodHandler = ({ bot }) => bot.info;

/**
 * Long polling as Telegram does it: `offset` confirms (forgets) earlier updates, a negative offset keeps only the
 * last N; with `timeout` > 0 and nothing pending, the request waits until an update arrives or the timeout ends.
 * A newer getUpdates ends a waiting one with 409, like a second bot instance would.
 */
export const getUpdates: MethodHandler = async ({ bot, signal }: MethodContext, p: Params) => {
  if (bot.webhook) throw tg.webhookActive();
  const offset = p.optInt('offset');
  const limit = Math.min(100, Math.max(1, p.optInt('limit') ?? 100));
  const timeoutSeconds = Math.max(0, p.optInt('timeout') ?? 0);
  if (offset !== undefined && offset > 0) bot.updates.confirmBelow(offset);
  if (offset !== undefined && offset < 0) bot.updates.keepLast(-offset);
  bot.poller?.end('terminate');
  if (bot.updates.size === 0 && timeoutSeconds > 0) {
    const outcome = await waitForUpdate(bot, timeoutSeconds * 1000, signal);
    if (outcome === 'terminate') throw tg.terminatedByOther();
  }
  return bot.webhook ? [] : bot.updates.peek(limit);
};

type WaitOutcome = 'update' | 'timeout' | 'wake' | 'terminate' | 'aborted';

function waitForUpdate(bot: BotState, ms: number, signal: AbortSignal): Promise<WaitOutcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: WaitOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      if (bot.poller === poller) bot.poller = undefined;
      resolve(outcome);
    };
    const poller = { end: finish };
    const onAbort = () => finish('aborted');
    const timer = setTimeout(() => finish('timeout'), ms);
    const unsubscribe = bot.updates.onPush(() => finish('update'));
    signal.addEventListener('abort', onAbort);
    bot.poller = poller;
  });
}

/** Any http(s) URL is accepted (Telegram demands HTTPS on ports 443/80/88/8443; tests run plain HTTP). */
export const setWebhook: MethodHandler = ({ bot }, p) => {
  const url = p.optStr('url') ?? '';
  if (url === '') {
    bot.webhook = undefined;
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw tg.badWebhook('invalid webhook URL specified');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw tg.badWebhook('An HTTPS URL must be provided for webhook');
  const secret = p.optStr('secret_token');
  if (secret !== undefined && !SECRET_TOKEN.test(secret)) throw tg.secretInvalid();
  if (p.optBool('drop_pending_updates')) bot.updates.dropAll();
  const maxConnections = p.optInt('max_connections');
  bot.webhook = { url, ...(secret !== undefined ? { secret } : {}), ...(maxConnections !== undefined ? { maxConnections } : {}) };
  bot.poller?.end('wake');
  bot.delivery.pump();
  return true;
};

export const deleteWebhook: MethodHandler = ({ bot }, p) => {
  if (p.optBool('drop_pending_updates')) bot.updates.dropAll();
  bot.webhook = undefined;
  return true;
};

export const getWebhookInfo: MethodHandler = ({ bot }) => {
  const webhook = bot.webhook;
  return {
    url: webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: bot.updates.size,
    ...(webhook?.lastErrorDate !== undefined
      ? { last_error_date: webhook.lastErrorDate, last_error_message: webhook.lastErrorMessage }
      : {}),
    ...(webhook?.maxConnections !== undefined ? { max_connections: webhook.maxConnections } : {}),
  };
};
