// Builders for the Telegram objects simulated users produce: users, chats, command entities, media.
import type { Chat, ChatMember, Message, MessageEntity, User } from 'grammy/types';
import type { GroupSpec, UserSpec } from './types.js';

export function userOf(spec: UserSpec): User {
  return {
    id: spec.id,
    is_bot: false,
    first_name: spec.firstName,
    ...(spec.lastName !== undefined ? { last_name: spec.lastName } : {}),
    ...(spec.username !== undefined ? { username: spec.username } : {}),
    ...(spec.languageCode !== undefined ? { language_code: spec.languageCode } : {}),
  };
}

export function privateChatOf(spec: UserSpec): Chat {
  return {
    id: spec.id,
    type: 'private',
    first_name: spec.firstName,
    ...(spec.lastName !== undefined ? { last_name: spec.lastName } : {}),
    ...(spec.username !== undefined ? { username: spec.username } : {}),
  };
}

export function groupChatOf(spec: GroupSpec): Chat {
  if (spec.isForum) return { id: spec.id, type: 'supergroup', title: spec.title, is_forum: true };
  return spec.type === 'group'
    ? { id: spec.id, type: 'group', title: spec.title }
    : { id: spec.id, type: 'supergroup', title: spec.title };
}

/** A bot_command entity for a text starting with "/command" or "/command@bot". */
export function commandEntities(text: string): MessageEntity[] {
  const command = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return command ? [{ type: 'bot_command', offset: 0, length: command.length }] : [];
}

export function memberStatus(user: User, status: 'member' | 'administrator' | 'left' | 'kicked'): ChatMember {
  switch (status) {
    case 'administrator':
      return {
        status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
        can_manage_video_chats: false, can_restrict_members: false, can_promote_members: false, can_change_info: false,
        can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
        can_pin_messages: true, can_manage_topics: true, can_send_welcome_messages: false,
      };
    case 'kicked':
      return { status, user, until_date: 0 };
    default:
      return { status, user };
  }
}

let fileCounter = 0;
function file(kind: string): { file_id: string; file_unique_id: string } {
  fileCounter += 1;
  return { file_id: `stub-${kind}-${fileCounter}`, file_unique_id: `u${kind}${fileCounter}` };
}

/** Media content a user can send; the bot never downloads it (getFile is not modelled). */
export const media = {
  sticker: (): Partial<Message> => ({
    sticker: { ...file('sticker'), type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '🙂' },
  }),
  photo: (): Partial<Message> => {
    const base = file('photo');
    return {
      photo: [90, 320, 1280].map((w, i) => ({
        file_id: `${base.file_id}-${i}`, file_unique_id: `${base.file_unique_id}${i}`, width: w, height: Math.round(w * 0.75),
      })),
    };
  },
  voice: (): Partial<Message> => ({ voice: { ...file('voice'), duration: 3, mime_type: 'audio/ogg' } }),
  document: (): Partial<Message> => ({
    document: { ...file('document'), file_name: 'document.pdf', mime_type: 'application/pdf', file_size: 1024 },
  }),
  contact: (user: User): Partial<Message> => ({
    contact: { phone_number: '+84900000000', first_name: user.first_name, user_id: user.id },
  }),
};
