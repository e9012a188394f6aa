// A person in their private chat with the bot (chat id = user id).
import type { Message, ReplyKeyboardMarkup } from 'grammy/types';
import { ChatActor } from './chat-actor.js';
import type { StubCore } from './core.js';
import { memberStatus, privateChatOf, userOf } from './factory.js';
import { ChatState, type BotState } from './world.js';
import type { Sent, UserSpec } from './types.js';

export class SimulatedUser extends ChatActor {
  readonly chatId: number;

  constructor(core: StubCore, bot: BotState, readonly spec: UserSpec) {
    super(core, bot, userOf(spec), () => bot.ensureChat(spec.id, () => new ChatState(privateChatOf(spec), {
      isForum: false, botIsAdmin: false, botIsMember: true,
    })));
    this.chatId = spec.id;
    this.chat();
  }

  /** Writing to a bot you blocked unblocks it first (the client's "Restart" button). */
  protected override beforeSend(chat: ChatState): void {
    if (chat.blocked) this.unblock();
    chat.started = true;
  }

  /** The person blocks the bot: sends to them now fail with 403, and the bot gets a my_chat_member update. */
  block(): Omit<Sent, 'messageId'> {
    const chat = this.chat();
    chat.blocked = true;
    return this.memberUpdate('member', 'kicked');
  }

  unblock(): Omit<Sent, 'messageId'> {
    const chat = this.chat();
    chat.blocked = false;
    return this.memberUpdate('kicked', 'member');
  }

  /** The private chat as the person sees it now (both sides, deleted messages gone). */
  messages(): Message[] {
    return this.chat().live();
  }

  lastBotMessage(): Message | undefined {
    return this.messages().filter((m) => m.from?.id === this.bot.info.id).at(-1);
  }

  /** The reply keyboard shown under the input field, if any (e.g. a request_location button). */
  replyKeyboard(): ReplyKeyboardMarkup | undefined {
    return this.chat().replyKeyboard;
  }

  private memberUpdate(from: 'member' | 'kicked', to: 'member' | 'kicked'): Omit<Sent, 'messageId'> {
    const chat = this.chat();
    return this.bot.emit({
      my_chat_member: {
        chat: chat.chat, from: this.user, date: this.core.clock.seconds(),
        old_chat_member: memberStatus(this.bot.user, from), new_chat_member: memberStatus(this.bot.user, to),
      },
    }, chat.id);
  }
}
