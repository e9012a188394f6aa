// Telegram's rules for what a bot may send, where, and what it may delete. Limits are Bot API documented values.
import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup } from 'grammy/types';
import { tg } from './errors.js';
import type { BotState, ChatState, StoredMessage } from './world.js';

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;
export const MAX_CALLBACK_DATA_BYTES = 64;
export const DELETE_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Text after parse_mode, 1..4096 characters (UTF-16 units, as Telegram counts), not only whitespace. */
export function checkText(text: string | undefined): string {
  if (text === undefined || text.trim() === '') throw tg.textEmpty();
  if (text.length > MAX_TEXT_LENGTH) throw tg.textTooLong();
  return text;
}

/** The chat a bot call addresses, if the bot may write there. */
export function writableChat(bot: BotState, chatId: number): ChatState {
  const chat = bot.chat(chatId);
  if (!chat) throw tg.chatNotFound();
  if (chat.isPrivate) {
    if (chat.blocked) throw tg.botBlocked();
    if (!chat.started) throw tg.cantInitiate();
  } else if (!chat.flags.botIsMember) {
    throw tg.notMember(chat.chat.type);
  }
  return chat;
}

/** A chat the bot can read (getChat, copy source). */
export function readableChat(bot: BotState, chatId: number): ChatState {
  const chat = bot.chat(chatId);
  if (!chat) throw tg.chatNotFound();
  if (!chat.isPrivate && !chat.flags.botIsMember) throw tg.notMember(chat.chat.type);
  return chat;
}

export interface CheckedMarkup {
  /** Kept on the message, as Telegram returns only inline keyboards in Message objects. */
  inline?: InlineKeyboardMarkup;
  /** Changes what the user sees under the input field (private chats). */
  keyboard?: ReplyKeyboardMarkup | 'remove';
}

export function checkReplyMarkup(raw: Record<string, unknown> | undefined): CheckedMarkup {
  if (raw === undefined) return {};
  if (Array.isArray(raw.inline_keyboard)) return { inline: checkInlineKeyboard(raw.inline_keyboard) };
  if (Array.isArray(raw.keyboard)) {
    for (const row of raw.keyboard) {
      if (!Array.isArray(row)) throw tg.markupInvalid();
      for (const button of row as unknown[]) {
        const text = typeof button === 'string' ? button : (button as { text?: unknown } | null)?.text;
        if (typeof text !== 'string' || text === '') throw tg.buttonTextEmpty();
      }
    }
    return { keyboard: raw as unknown as ReplyKeyboardMarkup };
  }
  if (raw.remove_keyboard === true) return { keyboard: 'remove' };
  if (raw.force_reply === true) return {};
  throw tg.markupInvalid();
}

const INLINE_ACTIONS = [
  'callback_data', 'url', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
] as const;

function checkInlineKeyboard(rows: unknown[]): InlineKeyboardMarkup {
  for (const row of rows) {
    if (!Array.isArray(row)) throw tg.markupInvalid();
    for (const raw of row as unknown[]) {
      const button = (raw ?? {}) as Record<string, unknown>;
      if (typeof button.text !== 'string' || button.text === '') throw tg.buttonTextEmpty();
      if (!INLINE_ACTIONS.some((key) => key in button)) throw tg.textButtonsInInline();
      if ('callback_data' in button) {
        const data = button.callback_data;
        const bytes = typeof data === 'string' ? Buffer.byteLength(data) : 0;
        if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw tg.buttonDataInvalid();
      }
      if ('url' in button && !isButtonUrl(button.url)) throw tg.buttonUrlInvalid();
    }
  }
  return { inline_keyboard: rows as InlineKeyboardMarkup['inline_keyboard'] };
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return ['http:', 'https:', 'tg:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface Placement {
  message_thread_id?: number;
  is_topic_message?: true;
  reply_to_message?: Message;
}

/**
 * Where a new message goes: the topic (which must exist and be open) and the message it replies to.
 * A reply without a thread id lands in the replied-to message's topic. Like Telegram, a topic message that
 * is not an explicit reply carries reply_to_message = the topic's creation message.
 */
export function placeMessage(chat: ChatState, threadId: number | undefined, replyToId: number | undefined, allowWithoutReply = false): Placement {
  const replied = replyToId === undefined ? undefined : chat.get(replyToId);
  if (replyToId !== undefined && !replied && !allowWithoutReply) throw tg.replyNotFound();
  const thread = threadId ?? (chat.flags.isForum ? replied?.message.message_thread_id : undefined);
  if (thread !== undefined) {
    const topic = chat.flags.isForum ? chat.topics.get(thread) : undefined;
    if (!topic) throw tg.threadNotFound();
    if (topic.closed) throw tg.topicClosed();
  }
  const replyTarget = replied ?? (thread !== undefined ? chat.get(thread) : undefined);
  return {
    ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true as const } : {}),
    ...(replyTarget ? { reply_to_message: withoutReply(replyTarget.message) } : {}),
  };
}

/** Telegram never nests reply_to_message. */
export function withoutReply(message: Message): Message {
  const { reply_to_message: _nested, ...rest } = message;
  return rest as Message;
}

/** Bots delete their own messages, and any in private chats or (as admins) in groups; within 48 hours. */
export function canDelete(chat: ChatState, stored: StoredMessage, now: number): boolean {
  if (stored.service && stored.message.forum_topic_created) return false;
  if (now - stored.sentAt >= DELETE_WINDOW_MS) return false;
  return chat.isPrivate || stored.byBot || chat.flags.botIsAdmin;
}
