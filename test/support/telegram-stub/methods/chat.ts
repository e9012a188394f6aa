// Chat-level methods: getChat, leaveChat, and the command menu (set/get/deleteMyCommands).
import type { BotCommand } from 'grammy/types';
import { tg } from '../errors.js';
import { readableChat } from '../rules.js';
import { memberStatus } from '../factory.js';
import type { Params } from '../params.js';
import type { MethodHandler } from './method.js';

export const getChat: MethodHandler = ({ bot }, p) => {
  const chat = readableChat(bot, p.chatId());
  return {
    ...chat.chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false },
  };
};

/** The bot leaves a group; it gets a my_chat_member update about itself, as in Telegram. */
export const leaveChat: MethodHandler = ({ bot, core }, p) => {
  const chat = bot.chat(p.chatId());
  if (!chat) throw tg.chatNotFound();
  if (chat.isPrivate) throw tg.leavePrivate();
  if (!chat.flags.botIsMember) throw tg.notMember(chat.chat.type);
  const before = memberStatus(bot.user, chat.flags.botIsAdmin ? 'administrator' : 'member');
  chat.flags.botIsMember = false;
  bot.emit({
    my_chat_member: {
      chat: chat.chat, from: bot.user, date: core.clock.seconds(),
      old_chat_member: before, new_chat_member: memberStatus(bot.user, 'left'),
    },
  }, chat.id);
  return true;
};

/** Commands are kept per scope and language, as Telegram does. */
function commandsKey(p: Params): string {
  const scope = p.optObject('scope') ?? { type: 'default' };
  return [scope.type, scope.chat_id ?? '', scope.user_id ?? '', p.optStr('language_code') ?? ''].join('|');
}

export const setMyCommands: MethodHandler = ({ bot }, p) => {
  const commands = p.optArray('commands');
  if (!commands) throw tg.missing('commands');
  if (commands.length > 100) throw tg.commandInvalid();
  for (const c of commands as Partial<BotCommand>[]) {
    if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw tg.commandInvalid();
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
      throw tg.commandDescriptionInvalid();
    }
  }
  const key = commandsKey(p);
  if (commands.length === 0) bot.commands.delete(key);
  else bot.commands.set(key, (commands as BotCommand[]).map(({ command, description }) => ({ command, description })));
  return true;
};

export const deleteMyCommands: MethodHandler = ({ bot }, p) => {
  bot.commands.delete(commandsKey(p));
  return true;
};

export const getMyCommands: MethodHandler = ({ bot }, p) => bot.commands.get(commandsKey(p)) ?? [];
