// Boots the real app (production modules, fresh database) with its Telegram channel pointed at the in-repo Bot API
// stub, in polling or webhook mode, and drives people through it: each action waits until the bot has fully
// answered (the update is committed and every reply of that chat is delivered), then returns what the bot sent.
import { loadConfig, textGlobals } from '../../../../src/config.js';
import { createServer, type AddressInfo } from 'node:net';
import { vi } from 'vitest';
import type { App } from '../../../../src/app.js';
import type { People } from '../../../../flows/contract.js';
import { WEBHOOK_PATH } from '../../../../src/channels/telegram/module.js';
import { loadTranslator, type Translator } from '../../../../src/core/i18n.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../../support/test-app.js';
import {
  startTelegramStub, type Message, type Sent, type SimulatedUser, type StubCall, type TelegramStub, type UserSpec,
} from '../../../support/telegram-stub/index.js';

export const WEBHOOK_SECRET = 'stub_webhook_secret_0123456789';

export interface TelegramTestAppOptions {
  mode?: 'polling' | 'webhook';
  /** More environment (e.g. COUNSELLOR_CHAT_ID). */
  env?: Record<string, string>;
  /** Who exists, instead of what the configuration says (see test/support/test-app.ts). */
  people?: People;
  /** Which line the welcome shows (test/support/test-app.ts; default none; not carried over a restart). */
  campaign?: TestAppOptions['campaign'];
  /** Reuse a running stub (default: start one, closed with the app). */
  stub?: TelegramStub;
}

/** What the bot sent in answer to one action of a person. */
export interface Answer {
  /** Bot messages sent to the person's chat, in order. */
  messages: Message[];
  /** Their texts joined by blank lines. */
  text: string;
  /** The last message carrying an inline keyboard (the current question), if any. */
  prompt: Message | undefined;
  /** Callback data of that keyboard, in order. */
  choices: string[];
  /** Every Bot API call made while answering (sendChatAction, answerCallbackQuery, deleteMessages, …). */
  calls: StubCall[];
}

export class TelegramTestApp {
  readonly i18n: Translator = loadTranslator(textGlobals(loadConfig({})));

  constructor(
    readonly stub: TelegramStub,
    private test: TestApp,
    private readonly env: Record<string, string>,
    private readonly ownsStub: boolean,
    private readonly people?: People,
  ) {}

  get app(): App {
    return this.test.app;
  }

  get url(): string {
    return this.test.url;
  }

  /** The app's environment for its database, including its keys (to open what it sealed). */
  get dbEnv(): Record<string, string> {
    return this.test.target.env;
  }

  /** A person in a private chat with the bot (chat id = user id). */
  person(spec: Partial<UserSpec> & { id: number }): Person {
    return new Person(this, this.stub.user({ firstName: `Người ${spec.id}`, ...spec }));
  }

  /** The pseudonymous key the core files this Telegram user under. */
  chatKeyOf(userId: number): string {
    return this.app.core.chatKeyOf('telegram', String(userId));
  }

  /**
   * Stops the app and boots a new one on the same database and the same stub (a deploy or a crash-restart).
   * `whileStopped` runs in between (e.g. Telegram recovering while no instance runs).
   */
  async restart(whileStopped?: () => unknown): Promise<void> {
    await this.test.app.stop();
    await whileStopped?.();
    this.test = await startTestApp({ env: this.env, target: this.test.target, ownsTarget: true, people: this.people });
  }

  async close(): Promise<void> {
    await this.test.close();
    if (this.ownsStub) await this.stub.close();
  }

  /**
   * Resolves once `sent` is committed and no reply to `userId` is left in the outbox. `since` (an index into
   * `stub.calls`) lets it first wait, without polling, for the bot's first message to that chat after it.
   */
  waitAnswered(sent: Pick<Sent, 'update'>, userId: number, opts: { timeout?: number; since?: number } = {}): Promise<void> {
    return waitUntilAnswered(this, sent, userId, opts);
  }
}

/** What a simulated person needs of the test app: the stub, the app, and a way to wait for a whole answer. */
export interface AnsweringApp {
  readonly stub: TelegramStub;
  readonly app: App;
  waitAnswered(sent: Pick<Sent, 'update'>, userId: number, opts?: { timeout?: number; since?: number }): Promise<void>;
}

/** Resolves once `sent` is processed and no reply to `userId` is left in the outbox. */
export async function waitUntilAnswered(t: Pick<AnsweringApp, 'stub' | 'app'>, sent: Pick<Sent, 'update'>, userId: number, opts: { timeout?: number; since?: number } = {}): Promise<void> {
  const deadline = Date.now() + (opts.timeout ?? 8000);
  const updateId = `${t.stub.botInfo.id}:${sent.update.update_id}`;
  const chatKey = t.app.core.chatKeyOf('telegram', String(userId));
  if (opts.since !== undefined) {
    await t.stub.waitFor((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(userId), deadline - Date.now(), { since: opts.since })
      .catch(() => {}); // the check below says what is missing
  }
  await vi.waitFor(async () => {
    const db = t.app.database.db;
    if (!(await db.processedUpdate.count({ where: { channel: 'telegram', updateId } }))) {
      throw new Error(`update ${updateId} is not processed (still running, or it failed: the bot's errors are logged only)`);
    }
    const pending = await db.outbox.count({ where: { channel: 'telegram', chatKey, status: 'pending' } });
    if (pending) throw new Error(`${pending} replies to ${userId} are not delivered yet`);
  }, { timeout: Math.max(100, deadline - Date.now()), interval: 20 });
}

export async function startTelegramTestApp(opts: TelegramTestAppOptions = {}): Promise<TelegramTestApp> {
  const stub = opts.stub ?? (await startTelegramStub());
  // Delivery is kicked on every commit; the poll only picks up retries, so it need not spin (PGlite shares our thread).
  const env: Record<string, string> = { TELEGRAM_BOT_TOKEN: stub.token, TELEGRAM_API_ROOT: stub.apiRoot, OUTBOX_POLL_MS: '500', ...opts.env };
  if (opts.mode === 'webhook') {
    // The webhook URL must be known before the app listens, so the port is chosen first (and kept on restart).
    const port = await freePort();
    Object.assign(env, {
      PORT: String(port), TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${WEBHOOK_PATH}`, ...opts.env,
    });
  }
  try {
    return new TelegramTestApp(stub, await startTestApp({ env, people: opts.people, campaign: opts.campaign }), env, !opts.stub, opts.people);
  } catch (error) {
    if (!opts.stub) await stub.close();
    throw error;
  }
}

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A simulated person whose every action waits for the bot's whole answer. */
export class Person {
  constructor(protected readonly t: AnsweringApp, readonly sim: SimulatedUser) {}

  get id(): number {
    return this.sim.chatId;
  }

  says(text: string): Promise<Answer> {
    return this.act(() => this.sim.sendText(text));
  }

  command(command: string): Promise<Answer> {
    return this.act(() => this.sim.sendCommand(command));
  }

  /** Presses the button `data` on the newest bot message that has it (or on message `on`, checked or not). */
  presses(data: string, opts: { on?: number; unchecked?: boolean } = {}): Promise<Answer> {
    const on = opts.on ?? this.messageWithButton(data)?.message_id;
    if (on === undefined) throw new Error(`no bot message in chat ${this.id} has a button "${data}"; buttons: ${JSON.stringify(this.buttons())}`);
    return this.act(() => this.sim.pressButton(on, data, { unchecked: opts.unchecked }));
  }

  /** Any other action of the simulated user (a sticker, a photo, an edit, a location…). */
  does(action: (sim: SimulatedUser) => Pick<Sent, 'update'>): Promise<Answer> {
    return this.act(() => action(this.sim));
  }

  /** Callback data of the newest inline keyboard in the chat. */
  buttons(): string[] {
    return callbackData(this.lastPrompt());
  }

  lastPrompt(): Message | undefined {
    return this.sim.messages().filter((m) => m.from?.is_bot && m.reply_markup?.inline_keyboard).at(-1);
  }

  /** The chat as the person sees it now. */
  messages(): Message[] {
    return this.sim.messages();
  }

  private messageWithButton(data: string): Message | undefined {
    return this.sim.messages().filter((m) => m.from?.is_bot && callbackData(m).includes(data)).at(-1);
  }

  private async act(action: () => Pick<Sent, 'update'>): Promise<Answer> {
    const since = this.t.stub.calls.length;
    const sent = action();
    await this.t.waitAnswered(sent, this.id, { since });
    return answerFrom(this.t.stub.calls.slice(since), this.id);
  }
}

export function callbackData(message: Message | undefined): string[] {
  return (message?.reply_markup?.inline_keyboard ?? []).flat().flatMap((b) => ('callback_data' in b ? [b.callback_data] : []));
}

/** The bot's successful sendMessage results to `chatId` among `calls`, as an Answer. */
export function answerFrom(calls: StubCall[], chatId: number): Answer {
  const messages = calls
    .filter((c) => c.method === 'sendMessage' && c.response.ok && String(c.body.chat_id) === String(chatId))
    .map((c) => (c.response as { result: Message }).result);
  const prompt = messages.filter((m) => m.reply_markup?.inline_keyboard).at(-1);
  return { messages, text: messages.map((m) => m.text ?? '').join('\n\n'), prompt, choices: callbackData(prompt), calls };
}
