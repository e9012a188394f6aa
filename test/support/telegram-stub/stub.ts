// The stub as tests see it: a running server plus the controls and observations tests need.
import type { FastifyInstance } from 'fastify';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { DEFAULT_TOKEN, StubCore } from './core.js';
import { startServer } from './server.js';
import { SimulatedGroup } from './simulated-group.js';
import { SimulatedUser } from './simulated-user.js';
import { postUpdate } from './webhook.js';
import type { CallPredicate, Fault, GroupSpec, StubCall, TelegramStubOptions, UserSpec, WebhookDeliveryOptions } from './types.js';

const WEBHOOK_DEFAULTS: WebhookDeliveryOptions = { maxAttempts: 3, retryDelayMs: 50, timeoutMs: 10_000 };

export class TelegramStub {
  private constructor(
    private readonly core: StubCore,
    private readonly app: FastifyInstance,
    /** Pass as grammY's `client.apiRoot`. */
    readonly apiRoot: string,
    readonly port: number,
  ) {}

  static async start(opts: TelegramStubOptions = {}): Promise<TelegramStub> {
    const core = new StubCore(opts.token ?? DEFAULT_TOKEN, { ...WEBHOOK_DEFAULTS, ...opts.webhook }, opts.clock);
    core.registerBot(core.defaultToken, opts.botUsername, opts.botFirstName);
    for (const token of opts.extraTokens ?? []) core.registerBot(token);
    const { app, port } = await startServer(core);
    return new TelegramStub(core, app, `http://127.0.0.1:${port}`, port);
  }

  /** The default bot's token. */
  get token(): string {
    return this.core.defaultToken;
  }

  /** What getMe answers for the default bot. */
  get botInfo(): UserFromGetMe {
    return this.core.bot().info;
  }

  /** Accepts one more token (a separate bot); returns its identity. */
  registerToken(token: string, names: { username?: string; firstName?: string } = {}): UserFromGetMe {
    return this.core.registerBot(token, names.username, names.firstName).info;
  }

  // --- observations ---

  get calls(): readonly StubCall[] {
    return this.core.recorder.calls;
  }

  callsTo(method: string): StubCall[] {
    return this.core.recorder.callsTo(method);
  }

  /** Resolves with the first call matching (a method name or predicate), from index `since` of `calls` on. */
  waitFor(predicate: CallPredicate | string, timeoutMs = 2000, opts: { since?: number } = {}): Promise<StubCall> {
    return this.core.recorder.waitFor(predicate, timeoutMs, opts.since ?? 0);
  }

  /** Current (not deleted) messages of a chat, both sides, in id order. */
  messagesIn(chatId: number, token?: string): Message[] {
    return this.core.bot(token).chat(chatId)?.live() ?? [];
  }

  /** Ids of messages deleted in a chat, in deletion order. */
  deleted(chatId: number, token?: string): number[] {
    return [...(this.core.bot(token).chat(chatId)?.deletedIds ?? [])];
  }

  /** True while a getUpdates long poll of the bot is waiting for an update. */
  isPolling(token?: string): boolean {
    return this.core.bot(token).poller !== undefined;
  }

  /** Updates Telegram still holds for the bot (not yet confirmed or delivered). */
  pendingUpdates(token?: string): Update[] {
    return this.core.bot(token).updates.peek(Infinity);
  }

  // --- simulated people ---

  user(spec: UserSpec, opts: { token?: string } = {}): SimulatedUser {
    return new SimulatedUser(this.core, this.core.bot(opts.token), spec);
  }

  group(spec: GroupSpec, opts: { token?: string } = {}): SimulatedGroup {
    return new SimulatedGroup(this.core, this.core.bot(opts.token), spec);
  }

  /**
   * POSTs `update` as is to the webhook URL (or `opts.url`). `secret`: undefined = the one set with setWebhook,
   * null = no header, a string = that header. Answers the HTTP status and body; nothing is queued or retried.
   */
  async postUpdateRaw(update: Update, opts: { secret?: string | null; url?: string; token?: string } = {}): Promise<{ status: number; body: string }> {
    const webhook = this.core.bot(opts.token).webhook;
    const url = opts.url ?? webhook?.url;
    if (!url) throw new Error('telegram stub: no webhook set and no url given');
    const secret = opts.secret === undefined ? webhook?.secret : opts.secret ?? undefined;
    const { status, body } = await postUpdate(url, update, secret, AbortSignal.timeout(this.core.webhook.timeoutMs));
    return { status, body };
  }

  // --- controls ---

  now(): number {
    return this.core.clock.now();
  }

  setClock(fn: () => number): void {
    this.core.clock.set(fn);
  }

  /** Moves the stub clock forward (e.g. 49 h to make messages undeletable). */
  advanceClock(ms: number): void {
    this.core.clock.advance(ms);
  }

  failNext(method: string, fault: Fault, times = 1): void {
    this.core.faults.failNext(method, fault, times);
  }

  failAlways(method: string, fault: Fault): void {
    this.core.faults.failAlways(method, fault);
  }

  clearFaults(): void {
    this.core.faults.clear();
  }

  /** Forgets calls, chats, messages, updates, webhooks, commands, faults and clock changes; tokens stay. */
  reset(): void {
    this.core.reset();
  }

  async close(): Promise<void> {
    for (const bot of this.core.bots.values()) {
      bot.poller?.end('wake');
      bot.delivery.stop();
    }
    await new Promise((resolve) => setImmediate(resolve)); // let woken long polls answer first
    for (const bot of this.core.bots.values()) bot.updates.dropAll();
    await this.app.close();
  }
}
