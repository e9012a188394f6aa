// deleteMessage and deleteMessages under Telegram's rules (see rules.ts canDelete: 48 h, own or admin).
import { tg } from '../errors.js';
import { canDelete, readableChat } from '../rules.js';
import type { MethodHandler } from './method.js';

export const deleteMessage: MethodHandler = ({ bot, core }, p) => {
  const chat = readableChat(bot, p.chatId());
  const id = p.int('message_id');
  const stored = chat.get(id);
  if (!stored) throw tg.deleteNotFound();
  if (!canDelete(chat, stored, core.clock.now())) throw tg.cantDelete();
  chat.remove(id);
  return true;
};

/** 1..100 ids; ids that are missing or may not be deleted are skipped, and the answer is still `true`. */
export const deleteMessages: MethodHandler = ({ bot, core }, p) => {
  const chat = readableChat(bot, p.chatId());
  const ids = p.optArray('message_ids');
  if (!ids || ids.length === 0) throw tg.messageIdsEmpty();
  if (ids.length > 100) throw tg.tooManyMessageIds();
  if (!ids.every((id) => Number.isInteger(id))) throw tg.invalid('message_ids');
  const now = core.clock.now();
  for (const id of ids as number[]) {
    const stored = chat.get(id);
    if (stored && canDelete(chat, stored, now)) chat.remove(id);
  }
  return true;
};
