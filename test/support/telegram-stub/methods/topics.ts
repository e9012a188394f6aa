// Forum topics: create, close, reopen, edit, delete. A topic's id is the id of its creation service message.
import type { Message } from 'grammy/types';
import { tg } from '../errors.js';
import { writableChat } from '../rules.js';
import type { Params } from '../params.js';
import type { ChatState, Topic } from '../world.js';
import type { MethodContext, MethodHandler } from './method.js';

const DEFAULT_ICON_COLOR = 7322096;

function forumChat({ bot }: MethodContext, p: Params): ChatState {
  const chat = writableChat(bot, p.chatId());
  if (!chat.flags.isForum) throw tg.notAForum();
  return chat;
}

/** Close/reopen/edit need can_manage_topics, or the bot must have created the topic. */
function managedTopic(ctx: MethodContext, p: Params): { chat: ChatState; topic: Topic } {
  const chat = forumChat(ctx, p);
  const topic = chat.topics.get(p.int('message_thread_id'));
  if (!topic) throw tg.threadNotFound();
  if (!chat.flags.botIsAdmin && !topic.createdByBot) throw tg.noRightsToManageTopic();
  return { chat, topic };
}

function serviceMessage({ bot, core }: MethodContext, chat: ChatState, threadId: number, fields: Partial<Message>, id = chat.allocateId()): Message {
  const message = {
    message_id: id, message_thread_id: threadId, is_topic_message: true, from: bot.user, chat: chat.chat,
    date: core.clock.seconds(), ...fields,
  } as Message;
  return chat.add({ message, sentAt: core.clock.now(), byBot: true, service: true });
}

export const createForumTopic: MethodHandler = (ctx, p) => {
  const chat = forumChat(ctx, p);
  if (!chat.flags.botIsAdmin) throw tg.noRightsToCreateTopic();
  const name = p.optStr('name') ?? '';
  if (name.trim() === '' || [...name].length > 128) throw tg.topicNameInvalid();
  const iconColor = p.optInt('icon_color') ?? DEFAULT_ICON_COLOR;
  const emoji = p.optStr('icon_custom_emoji_id');
  const id = chat.allocateId();
  const created = { name, icon_color: iconColor, ...(emoji !== undefined ? { icon_custom_emoji_id: emoji } : {}) };
  serviceMessage(ctx, chat, id, { forum_topic_created: created }, id);
  chat.topics.set(id, {
    threadId: id, name, iconColor, closed: false, createdByBot: true,
    ...(emoji !== undefined ? { iconCustomEmojiId: emoji } : {}),
  });
  return { message_thread_id: id, ...created };
};

export const closeForumTopic: MethodHandler = (ctx, p) => {
  const { chat, topic } = managedTopic(ctx, p);
  if (topic.closed) throw tg.topicNotModified();
  topic.closed = true;
  serviceMessage(ctx, chat, topic.threadId, { forum_topic_closed: {} });
  return true;
};

export const reopenForumTopic: MethodHandler = (ctx, p) => {
  const { chat, topic } = managedTopic(ctx, p);
  if (!topic.closed) throw tg.topicNotModified();
  topic.closed = false;
  serviceMessage(ctx, chat, topic.threadId, { forum_topic_reopened: {} });
  return true;
};

export const editForumTopic: MethodHandler = (ctx, p) => {
  const { chat, topic } = managedTopic(ctx, p);
  const name = p.optStr('name');
  const emoji = p.optStr('icon_custom_emoji_id');
  if (name !== undefined && (name.trim() === '' || [...name].length > 128)) throw tg.topicNameInvalid();
  const nameChanges = name !== undefined && name !== topic.name;
  const emojiChanges = emoji !== undefined && emoji !== topic.iconCustomEmojiId;
  if (!nameChanges && !emojiChanges) throw tg.topicNotModified();
  if (nameChanges) topic.name = name;
  if (emojiChanges) topic.iconCustomEmojiId = emoji;
  serviceMessage(ctx, chat, topic.threadId, {
    forum_topic_edited: { ...(nameChanges ? { name } : {}), ...(emojiChanges ? { icon_custom_emoji_id: emoji } : {}) },
  });
  return true;
};

/** Deletes the topic with all its messages (needs can_delete_messages). */
export const deleteForumTopic: MethodHandler = (ctx, p) => {
  const chat = forumChat(ctx, p);
  const threadId = p.int('message_thread_id');
  if (!chat.topics.has(threadId)) throw tg.threadNotFound();
  if (!chat.flags.botIsAdmin) throw tg.noRightsToManageTopic();
  for (const message of chat.live()) {
    if (message.message_thread_id === threadId) chat.remove(message.message_id);
  }
  chat.topics.delete(threadId);
  return true;
};
