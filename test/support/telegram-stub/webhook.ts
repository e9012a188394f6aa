// Webhook delivery as Telegram does it: POST each pending update to the URL (with the secret header if one
// was set), one at a time per chat, retrying a non-2xx answer a few times before giving up on that update.
import type { Update } from 'grammy/types';
import type { Clock } from './clock.js';
import type { PendingUpdate, UpdateQueue } from './update-queue.js';
import type { WebhookDeliveryOptions } from './types.js';

export const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

export interface WebhookConfig {
  url: string;
  secret?: string;
  maxConnections?: number;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface PostResult {
  status: number;
  body: string;
  /** Telegram's wording for getWebhookInfo.last_error_message when the post failed. */
  error?: string;
}

/** One POST of an update; never throws (a network error is status 0). */
export async function postUpdate(url: string, update: Update, secret: string | undefined, signal: AbortSignal): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret !== undefined ? { [SECRET_HEADER]: secret } : {}) },
      body: JSON.stringify(update),
      signal,
    });
    const body = await res.text();
    const ok = res.status >= 200 && res.status < 300;
    return { status: res.status, body, ...(ok ? {} : { error: `Wrong response from the webhook: ${res.status} ${res.statusText}` }) };
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    return { status: 0, body: '', error: timedOut ? 'Read timeout expired' : `Connection failed: ${(err as Error).message}` };
  }
}

export class WebhookDelivery {
  private readonly busyChats = new Set<number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopper = new AbortController();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly config: () => WebhookConfig | undefined,
    private readonly options: WebhookDeliveryOptions,
    private readonly clock: Clock,
  ) {}

  /** Starts delivering the oldest pending update of every chat that has nothing in flight. */
  pump(): void {
    if (!this.config()) return;
    const seen = new Set<number>();
    for (const item of this.queue.all()) {
      if (seen.has(item.chatKey)) continue;
      seen.add(item.chatKey);
      if (this.busyChats.has(item.chatKey)) continue;
      this.busyChats.add(item.chatKey);
      void this.deliver(item, 1);
    }
  }

  /** Aborts posts in flight and pending retries (reset, close). */
  stop(): void {
    this.stopper.abort();
    this.stopper = new AbortController();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.busyChats.clear();
  }

  private async deliver(item: PendingUpdate, attempt: number): Promise<void> {
    const stopper = this.stopper;
    const config = this.config();
    if (!config || !this.queue.all().includes(item)) return this.release(item.chatKey, stopper);
    const signal = AbortSignal.any([stopper.signal, AbortSignal.timeout(this.options.timeoutMs)]);
    const result = await postUpdate(config.url, item.update, config.secret, signal);
    if (stopper.signal.aborted) return;
    if (result.error === undefined) {
      this.queue.remove(item, true);
      return this.release(item.chatKey, stopper);
    }
    config.lastErrorDate = this.clock.seconds();
    config.lastErrorMessage = result.error;
    if (attempt >= this.options.maxAttempts) {
      this.queue.remove(item, false);
      return this.release(item.chatKey, stopper);
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.deliver(item, attempt + 1);
    }, this.options.retryDelayMs);
    this.timers.add(timer);
  }

  private release(chatKey: number, stopper: AbortController): void {
    if (stopper !== this.stopper) return;
    this.busyChats.delete(chatKey);
    this.pump();
  }
}
