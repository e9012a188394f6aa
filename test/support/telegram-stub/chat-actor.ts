// A simulated person acting in one chat: what they can do in a Telegram client, turned into updates for the bot.
// Mistakes in a test (pressing a button that is not there, writing in a closed topic) throw at once.
import type { Message, User } from 'grammy/types';
import type { StubCore } from './core.js';
import { commandEntities, media } from './factory.js';
import { checkText, placeMessage } from './rules.js';
import type { NewUpdate } from './update-queue.js';
import type { BotState, ChatState } from './world.js';
import type { MediaOptions, PressedButton, SendOptions, Sent } from './types.js';

export class ChatActor {
  constructor(
    protected readonly core: StubCore,
    protected readonly bot: BotState,
    readonly user: User,
    private readonly chatRef: () => ChatState,
  ) {}

  protected chat(): ChatState {
    return this.chatRef();
  }

  /** Hook run before the person posts a message. */
  protected beforeSend(_chat: ChatState): void {}

  sendText(text: string, opts: SendOptions = {}): Sent {
    return this.post({ text: checkText(text) }, opts);
  }

  /** "/start args" with its bot_command entity. */
  sendCommand(command: string, opts: SendOptions = {}): Sent {
    return this.post({ text: checkText(command), entities: commandEntities(command) }, opts);
  }

  sendLocation(latitude: number, longitude: number, opts: SendOptions = {}): Sent {
    return this.post({ location: { latitude, longitude } }, opts);
  }

  sendSticker(opts: SendOptions = {}): Sent {
    return this.post(media.sticker(), opts);
  }

  sendPhoto(opts: MediaOptions = {}): Sent {
    return this.post({ ...media.photo(), ...caption(opts) }, opts);
  }

  sendVoice(opts: MediaOptions = {}): Sent {
    return this.post({ ...media.voice(), ...caption(opts) }, opts);
  }

  sendDocument(opts: MediaOptions = {}): Sent {
    return this.post({ ...media.document(), ...caption(opts) }, opts);
  }

  /** Shares the person's own phone contact. */
  sendContact(opts: SendOptions = {}): Sent {
    return this.post(media.contact(this.user), opts);
  }

  /** Edits the person's latest text message in this chat: the bot gets an edited_message update. */
  editLastText(newText: string): Sent {
    const chat = this.chat();
    const last = chat.live().filter((m) => m.from?.id === this.user.id && m.text !== undefined).at(-1);
    if (!last) throw new Error(`telegram stub: ${this.user.first_name} has no text message to edit in chat ${chat.id}`);
    const stored = chat.get(last.message_id);
    if (!stored) throw new Error('telegram stub: message vanished');
    const entities = commandEntities(newText);
    const { entities: _old, ...rest } = last;
    const edited = { ...rest, text: checkText(newText), ...(entities.length ? { entities } : {}), edit_date: this.core.clock.seconds() } as Message;
    stored.message = edited;
    return { ...this.bot.emit({ edited_message: edited } as NewUpdate, chat.id), messageId: edited.message_id };
  }

  /**
   * Presses the inline button with `data` on message `messageId`: a callback_query update carrying that message.
   * Only buttons that exist can be pressed unless `{ unchecked: true }` (a forged or stale press).
   */
  pressButton(messageId: number, data: string, opts: { unchecked?: boolean } = {}): PressedButton {
    const chat = this.chat();
    const stored = chat.get(messageId);
    if (!stored) throw new Error(`telegram stub: message ${messageId} does not exist in chat ${chat.id}`);
    const buttons = (stored.message.reply_markup?.inline_keyboard ?? []).flat()
      .flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
    if (!opts.unchecked && !buttons.includes(data)) {
      throw new Error(`telegram stub: message ${messageId} has no button "${data}" (buttons: ${JSON.stringify(buttons)})`);
    }
    const id = this.bot.nextCallbackQueryId();
    this.bot.callbackQueries.set(id, { answered: false });
    const sent = this.bot.emit({
      callback_query: { id, from: this.user, message: stored.message, chat_instance: chatInstance(chat.id), data },
    }, chat.id);
    return { ...sent, messageId, callbackQueryId: id };
  }

  protected post(content: Partial<Message>, opts: SendOptions): Sent {
    const chat = this.chat();
    this.beforeSend(chat);
    const placement = placeMessage(chat, opts.threadId, opts.replyTo);
    const message = {
      message_id: chat.allocateId(),
      from: this.user,
      chat: chat.chat,
      date: this.core.clock.seconds(),
      ...placement,
      ...content,
      ...opts.extra,
    } as Message;
    chat.add({ message, sentAt: this.core.clock.now(), byBot: false, service: false });
    if (chat.replyKeyboard?.one_time_keyboard) chat.replyKeyboard = undefined;
    return { ...this.bot.emit({ message } as NewUpdate, chat.id), messageId: message.message_id };
  }

  /** Posts a service message (member joined, …) on the person's behalf. */
  protected postService(fields: Partial<Message>): Sent {
    const chat = this.chat();
    const message = {
      message_id: chat.allocateId(), from: this.user, chat: chat.chat, date: this.core.clock.seconds(), ...fields,
    } as Message;
    chat.add({ message, sentAt: this.core.clock.now(), byBot: false, service: true });
    return { ...this.bot.emit({ message } as NewUpdate, chat.id), messageId: message.message_id };
  }
}

function caption(opts: MediaOptions): Partial<Message> {
  return opts.caption !== undefined ? { caption: opts.caption } : {};
}

/** A stable opaque id per chat, as Telegram's chat_instance. */
function chatInstance(chatId: number): string {
  return String(BigInt.asUintN(63, BigInt(chatId) * 2654435761n));
}
