// Telegram update → core inbound message. Only text, commands, button presses and locations are read; any other
// content becomes "unsupported" with its kind and nothing of it is kept.
import type { Context } from 'grammy';
import { typedContent } from '../../core/commands.js';
import type { InboundContent, InboundMessage } from '../../core/messages.js';

const MEDIA_KINDS = ['photo', 'sticker', 'voice', 'video', 'video_note', 'audio', 'document', 'animation', 'contact',
  'poll', 'dice', 'venue', 'game', 'story', 'paid_media', 'invoice'] as const;

export function contentOf(ctx: Context): InboundContent | null {
  if (ctx.callbackQuery) return typeof ctx.callbackQuery.data === 'string' ? { kind: 'choice', id: ctx.callbackQuery.data } : null;
  if (ctx.editedMessage) return { kind: 'unsupported', contentKind: 'edited' };
  const message = ctx.message;
  if (!message) return null;
  if (message.location && !message.venue) return { kind: 'location', latitude: message.location.latitude, longitude: message.location.longitude };
  if (typeof message.text === 'string') return typedContent(message.text);
  const kind = MEDIA_KINDS.find((k) => (message as unknown as Record<string, unknown>)[k] !== undefined);
  return { kind: 'unsupported', contentKind: kind ?? 'other' };
}

/** Null for updates that are not a person's message in a private chat with the bot. */
export function toInbound(ctx: Context, botId: number): InboundMessage | null {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from || chat.type !== 'private' || from.is_bot) return null;
  const content = contentOf(ctx);
  if (!content) return null;
  const messageId = ctx.message?.message_id;
  return {
    channel: 'telegram',
    userId: String(from.id),
    address: { chatId: String(chat.id) },
    // Keyed by bot: update ids restart for a new bot token.
    updateId: `${botId}:${ctx.update.update_id}`,
    at: new Date(((ctx.message ?? ctx.editedMessage)?.date ?? Math.floor(Date.now() / 1000)) * 1000),
    content,
    messageId: messageId === undefined ? undefined : String(messageId),
  };
}
