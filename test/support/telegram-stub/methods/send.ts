// Methods that post a new message: sendMessage, sendLocation, copyMessage — plus sendChatAction.
import type { Message } from 'grammy/types';
import { tg } from '../errors.js';
import { visibleText } from '../formatting.js';
import {
  MAX_CAPTION_LENGTH, checkReplyMarkup, checkText, placeMessage, readableChat, writableChat,
} from '../rules.js';
import type { Params } from '../params.js';
import type { MethodContext, MethodHandler } from './method.js';

type Content = Partial<Message>;

/** Posts `content` as the bot into `chat_id`, honouring message_thread_id, reply_parameters and reply_markup. */
export function sendFromBot({ bot, core }: MethodContext, p: Params, content: Content): Message {
  const chat = writableChat(bot, p.chatId());
  const reply = p.optObject('reply_parameters');
  if (reply?.chat_id !== undefined && Number(reply.chat_id) !== chat.id) throw tg.unsupported('replying to another chat');
  const replyTo = reply ? Number(reply.message_id) : p.optInt('reply_to_message_id');
  if (replyTo !== undefined && !Number.isInteger(replyTo)) throw tg.invalid('reply_parameters');
  const allowWithoutReply = reply?.allow_sending_without_reply === true || p.optBool('allow_sending_without_reply') === true;
  const placement = placeMessage(chat, p.optInt('message_thread_id'), replyTo, allowWithoutReply);
  const markup = checkReplyMarkup(p.optObject('reply_markup'));
  const message = {
    message_id: chat.allocateId(),
    from: bot.user,
    chat: chat.chat,
    date: core.clock.seconds(),
    ...placement,
    ...content,
    ...(markup.inline ? { reply_markup: markup.inline } : {}),
  } as Message;
  if (markup.keyboard) chat.replyKeyboard = markup.keyboard === 'remove' ? undefined : markup.keyboard;
  return chat.add({ message, sentAt: core.clock.now(), byBot: true, service: false });
}

/** The visible text of a `text`-like parameter under parse_mode, checked for Telegram's length rules. */
export function textParam(p: Params, name = 'text'): Pick<Message, 'text' | 'entities'> {
  const raw = p.optStr(name);
  if (raw === undefined) throw tg.textEmpty();
  const text = checkText(visibleText(raw, p.optStr('parse_mode')));
  const entities = p.optArray('entities') as Message['entities'] | undefined;
  return { text, ...(entities ? { entities } : {}) };
}

export const sendMessage: MethodHandler = (ctx, p) => sendFromBot(ctx, p, textParam(p));

export const sendLocation: MethodHandler = (ctx, p) => {
  const latitude = p.optNumber('latitude');
  const longitude = p.optNumber('longitude');
  if (latitude === undefined) throw tg.missing('latitude');
  if (longitude === undefined) throw tg.missing('longitude');
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw tg.wrongLocation();
  const optional = ['horizontal_accuracy', 'live_period', 'heading', 'proximity_alert_radius'] as const;
  const extras = Object.fromEntries(optional.flatMap((k) => {
    const v = p.optNumber(k);
    return v === undefined ? [] : [[k, v]];
  }));
  return sendFromBot(ctx, p, { location: { latitude, longitude, ...extras } });
};

const COPYABLE = [
  'text', 'entities', 'photo', 'sticker', 'voice', 'video', 'video_note', 'audio', 'animation', 'document',
  'contact', 'location', 'venue', 'dice', 'caption', 'caption_entities',
] as const;

/** Copies content only: no link to the original sender ("forwarded from"), new reply_markup from the call. */
export const copyMessage: MethodHandler = (ctx, p) => {
  const from = readableChat(ctx.bot, p.chatId('from_chat_id'));
  const source = from.get(p.int('message_id'));
  if (!source) throw tg.copyNotFound();
  if (source.service) throw tg.cantCopy();
  const content: Record<string, unknown> = {};
  for (const key of COPYABLE) {
    if (source.message[key] !== undefined) content[key] = source.message[key];
  }
  const caption = p.optStr('caption');
  if (caption !== undefined && content.text === undefined) {
    const visible = visibleText(caption, p.optStr('parse_mode'));
    if (visible.length > MAX_CAPTION_LENGTH) throw tg.captionTooLong();
    content.caption = visible;
    delete content.caption_entities;
  }
  const message = sendFromBot(ctx, p, content as Content);
  return { message_id: message.message_id };
};

const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

export const sendChatAction: MethodHandler = ({ bot }, p) => {
  const chat = writableChat(bot, p.chatId());
  if (!CHAT_ACTIONS.has(p.optStr('action') ?? '')) throw tg.wrongAction();
  placeMessage(chat, p.optInt('message_thread_id'), undefined);
  return true;
};
