// The Bot API methods the stub implements, by Telegram's name. Anything else answers 404 like Telegram.
import type { MethodHandler } from './method.js';
import { deleteMyCommands, getChat, getMyCommands, leaveChat, setMyCommands } from './chat.js';
import { deleteMessage, deleteMessages } from './delete.js';
import { answerCallbackQuery, editMessageReplyMarkup, editMessageText } from './edit.js';
import { copyMessage, sendChatAction, sendLocation, sendMessage } from './send.js';
import { closeForumTopic, createForumTopic, deleteForumTopic, editForumTopic, reopenForumTopic } from './topics.js';
import { deleteWebhook, getMe, getUpdates, getWebhookInfo, setWebhook } from './updates.js';

export type { MethodContext, MethodHandler } from './method.js';

export const methods: Readonly<Record<string, MethodHandler>> = {
  getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo,
  sendMessage, sendLocation, copyMessage, sendChatAction,
  editMessageText, editMessageReplyMarkup, answerCallbackQuery,
  deleteMessage, deleteMessages,
  getChat, leaveChat, setMyCommands, deleteMyCommands, getMyCommands,
  createForumTopic, closeForumTopic, reopenForumTopic, editForumTopic, deleteForumTopic,
};

const byLowerName = new Map(Object.entries(methods).map(([name, handler]) => [name.toLowerCase(), { name, handler }]));

/** Telegram matches method names case-insensitively. */
export function findMethod(name: string): { name: string; handler: MethodHandler } | undefined {
  return byLowerName.get(name.toLowerCase());
}
