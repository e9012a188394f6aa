// People writing to a bot through the Bot API stub, for the webhook bench: a person sends a text and the answer
// counts as arrived when the bot's sendMessage calls for it have reached the stub (not when the webhook answered).
import type { SimulatedUser, StubCall, TelegramStub } from '../../test/support/telegram-stub/index.js';

/** How long a person waits for an answer before writing the next message anyway (counted as failed). */
export const ANSWER_WAIT_MS = 10_000;
const QUIET_MS = 400;

export class TelegramChats {
  private readonly users = new Map<number, SimulatedUser>();
  /** Per script step: how many messages the bot sends in answer (measured once by `calibrate`). */
  private repliesPerStep: number[] = [];

  constructor(private readonly stub: TelegramStub, private readonly token: string, private readonly firstUserId: number) {}

  private user(chat: number): SimulatedUser {
    let user = this.users.get(chat);
    if (!user) this.users.set(chat, user = this.stub.user({ id: this.firstUserId + chat, firstName: 'Bench' }, { token: this.token }));
    return user;
  }

  /** Points the stub's webhook for this bot at `url` (what the app would do with TELEGRAM_WEBHOOK_URL). */
  async setWebhook(url: string, secret: string): Promise<void> {
    const res = await fetch(`${this.stub.apiRoot}/bot${this.token}/setWebhook`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url, secret_token: secret }),
    });
    if (!res.ok) throw new Error(`setWebhook: ${res.status} ${await res.text()}`);
  }

  private isReplyTo(chatId: number) {
    return (c: StubCall) => c.method === 'sendMessage' && c.token === this.token && c.response.ok && Number(c.body.chat_id) === chatId;
  }

  /** Sends `text` as chat `chat`; resolves once `replies` answers have reached the stub. */
  async send(chat: number, text: string, replies: number): Promise<void> {
    const since = this.stub.calls.length;
    const user = this.user(chat);
    let seen = 0;
    const matches = this.isReplyTo(user.chatId);
    const done = this.stub.waitFor((c) => matches(c) && ++seen >= replies, ANSWER_WAIT_MS, { since });
    user.sendText(text);
    await done;
  }

  /** Runs the script steps `steps` once in a chat of its own, counting the bot's messages per step: it waits for
   * the first answer, then until nothing more comes for QUIET_MS. */
  async calibrate(steps: string[], chat: number): Promise<void> {
    const user = this.user(chat);
    const matches = this.isReplyTo(user.chatId);
    this.repliesPerStep = [];
    for (const text of steps) {
      const since = this.stub.calls.length;
      await this.send(chat, text, 1);
      await new Promise((r) => setTimeout(r, QUIET_MS));
      this.repliesPerStep.push(this.stub.calls.slice(since).filter(matches).length);
    }
  }

  /** Answers expected for message `i` of a chat: step i of the calibration, the later loops repeating the second. */
  expected(i: number, scriptLength: number): number {
    const n = this.repliesPerStep;
    return n[i < n.length ? i : scriptLength + (i % scriptLength)] ?? 1;
  }

  /** sendMessage calls of this bot that reached the stub after `since` (stub clock, ms). */
  sentAfter(since: number): number {
    return this.stub.calls.filter((c) => c.method === 'sendMessage' && c.token === this.token && c.at > since).length;
  }

  /** Stub clock (ms) of this bot's latest sendMessage. */
  lastSentAt(): number {
    return this.stub.calls.findLast((c) => c.method === 'sendMessage' && c.token === this.token)?.at ?? 0;
  }
}
