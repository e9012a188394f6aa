// Public types of the Telegram stub. Telegram objects themselves come from grammY's type package.
import type { Message, ResponseParameters, Update } from 'grammy/types';

export type { Message, Update } from 'grammy/types';

export interface TelegramStubOptions {
  /** Token of the default bot; its numeric prefix becomes the bot's user id. */
  token?: string;
  botUsername?: string;
  botFirstName?: string;
  /** More tokens to accept; each is a separate bot with its own chats, updates and webhook. */
  extraTokens?: string[];
  /** Milliseconds since the epoch; defaults to Date.now. Drives message dates and the 48 h delete rule. */
  clock?: () => number;
  webhook?: Partial<WebhookDeliveryOptions>;
}

export interface WebhookDeliveryOptions {
  /** Attempts per update before Telegram gives up on it (default 3). */
  maxAttempts: number;
  /** Pause between attempts (default 50 ms; Telegram waits longer). */
  retryDelayMs: number;
  /** How long one POST may take before it counts as failed (default 10 000 ms). */
  timeoutMs: number;
}

/** A Telegram-shaped error to return instead of running a method. */
export type Fault =
  | { code: 429; retryAfter: number; description?: string }
  | { code: 500 | 502; description?: string }
  | { code: 400 | 401 | 403 | 404 | 409; description: string };

export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

/** One HTTP call the bot made, recorded once answered. `at` is the stub clock (ms) when it arrived. */
export interface StubCall {
  method: string;
  token: string;
  body: Record<string, unknown>;
  at: number;
  response: ApiResponse;
}

export type CallPredicate = (call: StubCall) => boolean;

export interface UserSpec {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

export interface GroupSpec {
  /** Negative, like Telegram's (-100… for supergroups). */
  id: number;
  title: string;
  /** A forum supergroup: topics can be created. Implies type 'supergroup'. */
  isForum?: boolean;
  type?: 'group' | 'supergroup';
  /** Default true: the bot may delete others' messages and manage topics. */
  botIsAdmin?: boolean;
  /** Default true: the bot is already in the group (false until `addBot()` otherwise). */
  botIsMember?: boolean;
}

export interface SendOptions {
  threadId?: number;
  replyTo?: number;
  /** Extra fields merged into the message as given (e.g. `{ forward_origin: … }`). */
  extra?: Record<string, unknown>;
}

export interface MediaOptions extends SendOptions {
  caption?: string;
}

/** What a simulated user did: the update queued for the bot and the id of the message concerned. */
export interface Sent {
  update: Update;
  messageId: number;
  /** Resolves true once Telegram would consider the update delivered (confirmed by getUpdates offset or a 2xx
   * webhook answer), false if it was dropped (retries exhausted, drop_pending_updates, reset, close). */
  confirmed: Promise<boolean>;
}

export interface PressedButton extends Sent {
  callbackQueryId: string;
}

export interface TopicInfo {
  threadId: number;
  name: string;
  iconColor: number;
  iconCustomEmojiId?: string;
  closed: boolean;
}
