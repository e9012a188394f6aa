// Zalo Bot update → core inbound message. An update may come wrapped in `{ ok, result }` or bare; ids are
// strings; the dedupe key is event name + message id. Only text is read; images, stickers and voice become
// "unsupported" with nothing of their content kept; a protected user (a minor) sends no content at all.
import type { InboundMessage } from '../../core/messages.js';
import { idField, textField, timeField } from '../zalo-common/json-fields.js';
import { textContent } from '../zalo-common/text-content.js';

type Json = Record<string, any>;

export const PROTECTED = 'protected';

export type BotInbound = { kind: 'message'; message: InboundMessage } | { kind: 'ignored'; eventName: string };

// A Map, not an object: an event named "constructor" or "__proto__" must not find Object.prototype's members.
const MEDIA_EVENTS = new Map(Object.entries({
  'message.image.received': 'photo', 'message.sticker.received': 'sticker', 'message.voice.received': 'voice',
  'message.unsupported.received': PROTECTED,
}));

export function unwrapUpdate(body: unknown): Json | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Json;
  if ('result' in b && b.result && typeof b.result === 'object') return b.result as Json;
  return b;
}

const object = (v: unknown): Json => (typeof v === 'object' && v !== null ? v as Json : {});

export function toInbound(update: Json, now: Date): BotInbound {
  const name = textField(update.event_name);
  const message = object(update.message);
  const chat = object(message.chat);
  const from = object(message.from);
  const chatId = idField(chat.id);
  const messageId = idField(message.message_id);
  // Only private chats: a bot added to a group reads nothing there.
  if (!chatId || !messageId || from.is_bot === true || (chat.chat_type !== undefined && chat.chat_type !== 'PRIVATE')) return { kind: 'ignored', eventName: name };
  const base = {
    channel: 'zalo-bot' as const, userId: idField(from.id) || chatId, address: { chatId },
    updateId: `${name}:${messageId}`, at: timeField(message.date, now), messageId,
  };
  if (name === 'message.text.received' && typeof message.text === 'string') return { kind: 'message', message: { ...base, content: textContent(message.text) } };
  const media = MEDIA_EVENTS.get(name);
  if (media) return { kind: 'message', message: { ...base, content: { kind: 'unsupported', contentKind: media } } };
  return { kind: 'ignored', eventName: name };
}
