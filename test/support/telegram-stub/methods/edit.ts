// Changing what the bot already sent (editMessageText, editMessageReplyMarkup) and answering button presses.
import { isDeepStrictEqual } from 'node:util';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import { tg } from '../errors.js';
import { checkReplyMarkup, readableChat } from '../rules.js';
import type { Params } from '../params.js';
import type { StoredMessage } from '../world.js';
import type { MethodContext, MethodHandler } from './method.js';
import { textParam } from './send.js';

function editable({ bot }: MethodContext, p: Params): StoredMessage {
  if (p.optStr('inline_message_id') !== undefined) throw tg.unsupported('inline_message_id');
  const chat = readableChat(bot, p.chatId());
  const stored = chat.get(p.int('message_id'));
  if (!stored) throw tg.editNotFound();
  if (!stored.byBot || stored.service) throw tg.cantEdit();
  return stored;
}

/** Edits carry only an inline keyboard; leaving reply_markup out removes the keyboard (as in Telegram). */
function inlineMarkup(p: Params): InlineKeyboardMarkup | undefined {
  const markup = checkReplyMarkup(p.optObject('reply_markup'));
  if (markup.keyboard) throw tg.markupInvalid();
  return markup.inline;
}

/** `base` with `changes` and `markup` becomes the message; an edit that changes nothing is refused. */
function replace(stored: StoredMessage, base: Message, changes: Partial<Message>, markup: InlineKeyboardMarkup | undefined, editDate: number): Message {
  const { reply_markup: _old, edit_date: _date, ...rest } = base;
  const next = { ...rest, ...changes, ...(markup ? { reply_markup: markup } : {}) } as Message;
  const { edit_date: _ignored, ...before } = stored.message;
  if (isDeepStrictEqual(before, next)) throw tg.notModified();
  stored.message = { ...next, edit_date: editDate };
  return stored.message;
}

export const editMessageText: MethodHandler = (ctx, p) => {
  const stored = editable(ctx, p);
  if (stored.message.text === undefined) throw tg.noTextToEdit();
  const { text, entities } = textParam(p);
  const { entities: _old, ...base } = stored.message;
  return replace(stored, base as Message, { text, ...(entities ? { entities } : {}) }, inlineMarkup(p), ctx.core.clock.seconds());
};

export const editMessageReplyMarkup: MethodHandler = (ctx, p) => {
  const stored = editable(ctx, p);
  return replace(stored, stored.message, {}, inlineMarkup(p), ctx.core.clock.seconds());
};

export const answerCallbackQuery: MethodHandler = ({ bot }, p) => {
  const query = bot.callbackQueries.get(p.optStr('callback_query_id') ?? '');
  if (!query || query.answered) throw tg.queryInvalid();
  if ((p.optStr('text') ?? '').length > 200) throw tg.answerTooLong();
  query.answered = true;
  return true;
};
