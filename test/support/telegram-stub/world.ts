// What one bot can see: its chats with their messages and topics, its commands, its pending updates and
// webhook. Each token is its own bot with its own world, as message ids are per chat per bot in Telegram.
import type { BotCommand, Chat, Message, ReplyKeyboardMarkup, User, UserFromGetMe } from 'grammy/types';
import type { Clock } from './clock.js';
import { UpdateQueue, type NewUpdate } from './update-queue.js';
import { WebhookDelivery, type WebhookConfig } from './webhook.js';
import type { Sent, TopicInfo, WebhookDeliveryOptions } from './types.js';

export interface StoredMessage {
  message: Message;
  /** Stub clock (ms) when sent; the 48 h delete rule is measured from here. */
  sentAt: number;
  byBot: boolean;
  /** Service messages (topic created, member joined…) cannot be edited, copied or deleted. */
  service: boolean;
}

export interface Topic extends TopicInfo {
  createdByBot: boolean;
}

export interface ChatFlags {
  isForum: boolean;
  botIsAdmin: boolean;
  botIsMember: boolean;
}

export class ChatState {
  readonly messages = new Map<number, StoredMessage>();
  readonly deletedIds: number[] = [];
  readonly topics = new Map<number, Topic>();
  private nextMessageId = 1;
  /** Private chats: the user has written to the bot (else the bot may not start the conversation). */
  started = false;
  /** Private chats: the user blocked the bot. */
  blocked = false;
  /** Private chats: the reply keyboard the user currently sees. */
  replyKeyboard: ReplyKeyboardMarkup | undefined;

  constructor(readonly chat: Chat, readonly flags: ChatFlags) {}

  get id(): number {
    return this.chat.id;
  }

  get isPrivate(): boolean {
    return this.chat.type === 'private';
  }

  allocateId(): number {
    return this.nextMessageId++;
  }

  add(stored: StoredMessage): Message {
    this.messages.set(stored.message.message_id, stored);
    return stored.message;
  }

  get(messageId: number): StoredMessage | undefined {
    return this.messages.get(messageId);
  }

  remove(messageId: number): void {
    if (this.messages.delete(messageId)) this.deletedIds.push(messageId);
  }

  live(): Message[] {
    return [...this.messages.values()].map((s) => s.message).sort((a, b) => a.message_id - b.message_id);
  }
}

export class BotState {
  readonly chats = new Map<number, ChatState>();
  readonly commands = new Map<string, BotCommand[]>();
  readonly callbackQueries = new Map<string, { answered: boolean }>();
  readonly updates = new UpdateQueue();
  readonly delivery: WebhookDelivery;
  webhook: WebhookConfig | undefined;
  /** The getUpdates request currently long-polling, if any. */
  poller: { end(outcome: 'wake' | 'terminate'): void } | undefined;
  private callbackCounter = 0;

  constructor(readonly token: string, readonly info: UserFromGetMe, clock: Clock, webhook: WebhookDeliveryOptions) {
    this.delivery = new WebhookDelivery(this.updates, () => this.webhook, webhook, clock);
  }

  /** The bot as `from` of its messages. */
  get user(): User {
    return { id: this.info.id, is_bot: true, first_name: this.info.first_name, username: this.info.username };
  }

  chat(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  ensureChat(chatId: number, create: () => ChatState): ChatState {
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = create();
      this.chats.set(chatId, chat);
    }
    return chat;
  }

  nextCallbackQueryId(): string {
    return `${this.info.id}${String(++this.callbackCounter).padStart(6, '0')}`;
  }

  /** Queues an update for getUpdates, or hands it to the webhook when one is set. */
  emit(partial: NewUpdate, chatKey: number): Omit<Sent, 'messageId'> {
    const sent = this.updates.push(partial, chatKey);
    this.delivery.pump();
    return sent;
  }

  /** Back to the state right after start (same token and identity). */
  reset(): void {
    this.poller?.end('wake');
    this.delivery.stop();
    this.updates.dropAll();
    this.chats.clear();
    this.commands.clear();
    this.callbackQueries.clear();
    this.webhook = undefined;
  }
}

/** The bot's identity from its token: "<id>:<secret>". */
export function botIdentity(token: string, username?: string, firstName?: string): UserFromGetMe {
  const id = Number(/^(\d+):/.exec(token)?.[1] ?? '0');
  return {
    id,
    is_bot: true,
    first_name: firstName ?? 'Stub Bot',
    username: username ?? `stub_${id}_bot`,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
