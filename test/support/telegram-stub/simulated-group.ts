// A group or forum supergroup with the bot in it, and its members acting there.
import type { Message, Update } from 'grammy/types';
import { ChatActor } from './chat-actor.js';
import type { StubCore } from './core.js';
import { groupChatOf, memberStatus, userOf } from './factory.js';
import { ChatState, type BotState } from './world.js';
import type { GroupSpec, Sent, TopicInfo, UserSpec } from './types.js';

const GROUP_OWNER: UserSpec = { id: 1, firstName: 'Group Owner' };

/** A person acting in the group. Members cannot write while the bot is not in the group (it would see nothing). */
export class GroupMember extends ChatActor {
  protected override beforeSend(chat: ChatState): void {
    if (!chat.flags.botIsMember) throw new Error(`telegram stub: the bot is not in group ${chat.id}; call addBot() first`);
  }

  /** Used by addBot: the "X added the bot" service message. */
  announceBot(bot: BotState): Sent {
    return this.postService({ new_chat_members: [bot.user] });
  }
}

export class SimulatedGroup {
  readonly id: number;

  constructor(private readonly core: StubCore, private readonly bot: BotState, readonly spec: GroupSpec) {
    if (spec.id >= 0) throw new Error('telegram stub: group ids are negative');
    this.id = spec.id;
    this.chat();
  }

  member(person: UserSpec | ChatActor): GroupMember {
    const user = person instanceof ChatActor ? person.user : userOf(person);
    return new GroupMember(this.core, this.bot, user, () => this.chat());
  }

  /** Someone adds the bot: a my_chat_member update, then the new_chat_members service message. */
  addBot(by: UserSpec | ChatActor = GROUP_OWNER): { myChatMember: Update; message: Sent } {
    const chat = this.chat();
    const adder = this.member(by);
    chat.flags.botIsMember = true;
    const { update } = this.bot.emit({
      my_chat_member: {
        chat: chat.chat, from: adder.user, date: this.core.clock.seconds(),
        old_chat_member: memberStatus(this.bot.user, 'left'),
        new_chat_member: memberStatus(this.bot.user, chat.flags.botIsAdmin ? 'administrator' : 'member'),
      },
    }, chat.id);
    return { myChatMember: update, message: adder.announceBot(this.bot) };
  }

  messages(): Message[] {
    return this.chat().live();
  }

  topics(): TopicInfo[] {
    return [...this.chat().topics.values()].map(({ createdByBot: _by, ...topic }) => ({ ...topic }));
  }

  topic(threadId: number): TopicInfo | undefined {
    return this.topics().find((t) => t.threadId === threadId);
  }

  private chat(): ChatState {
    const spec = this.spec;
    return this.bot.ensureChat(spec.id, () => new ChatState(groupChatOf(spec), {
      isForum: spec.isForum === true,
      botIsAdmin: spec.botIsAdmin ?? true,
      botIsMember: spec.botIsMember ?? true,
    }));
  }
}
