// End-to-end harness for the counsellor hand-off: the real app (production modules, real database, real HTTP on
// loopback) with its Telegram channel pointed at the in-repo Bot API stub, a citizen in a private chat and the
// counsellors' supergroup (a forum with topics, or a plain supergroup) with COUNSELLOR_CHAT_ID / COUNSELLOR_IDS.
// The hand-off's clock is controllable (`advance`), and its timers and the outbox can be run explicitly.
import { vi } from 'vitest';
import type { Message } from 'grammy/types';
import { createApp, type App, type AppModule, type ModuleAssembly } from '../../../src/app.js';
import { loadConfig, textGlobals } from '../../../src/config.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import type { Case } from '../../../src/db/generated/client.js';
import { loadTranslator, type Translator } from '../../../src/core/i18n.js';
import { productionModules } from '../../../src/modules.js';
import { LIFTED_RATE_LIMITS } from '../../support/test-app.js';
import { freshDatabase, type TestDbTarget } from '../../support/test-db.js';
import {
  startTelegramStub, type GroupMember, type SimulatedGroup, type SimulatedUser, type StubCall, type TelegramStub, type UserSpec,
} from '../../support/telegram-stub/index.js';
import { answerFrom, callbackData as buttonData, Person, waitUntilAnswered, type Answer } from '../../channels/telegram/support/telegram-test-app.js';
import type { Sent } from '../../support/telegram-stub/types.js';

export { answerFrom, buttonData, type Answer };

export const GROUP_ID = -100_777_000_111;
/** Allow-listed counsellors (COUNSELLOR_IDS) and one group member who is not. */
export const LAN = { id: 910_001, firstName: 'Lan (tư vấn)', username: 'lan_tv' } satisfies UserSpec;
export const MINH = { id: 910_002, firstName: 'Minh (tư vấn)', username: 'minh_tv' } satisfies UserSpec;
export const STRANGER = { id: 910_099, firstName: 'Khách', username: 'khach_nhom' } satisfies UserSpec;

/** Words of immediate danger the risk detector knows. */
export const DANGER_TEXT = 'cứu tôi, chồng tôi cầm dao';

const VN_OFFSET_MIN = 7 * 60;
const hhmm = (minute: number) => {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** An ON_DUTY_HOURS window (Vietnam time) that holds `at` (inside) or starts two hours after it (outside). */
export function dutyHours(at: Date, inside: boolean): string {
  const vn = at.getUTCHours() * 60 + at.getUTCMinutes() + VN_OFFSET_MIN;
  return inside ? `${hhmm(vn - 180)}-${hhmm(vn + 180)}` : `${hhmm(vn + 120)}-${hhmm(vn + 240)}`;
}

export interface HarnessOptions {
  /** Forum supergroup (one topic per case) or a plain supergroup (the case message is the thread root). Default forum. */
  forum?: boolean;
  /** Extra environment; `null` removes a default (e.g. COUNSELLOR_CHAT_ID: null). */
  env?: Record<string, string | null>;
  /** Reuse a running stub (default: start one, closed with the harness). */
  stub?: TelegramStub;
  /** Reuse a database (a second instance); it is not disposed on close. */
  target?: TestDbTarget;
  /** Start the app at once (default true). */
  start?: boolean;
  /** Where the app logs (default: silent, or HANDOFF_TEST_LOG's level); a test that reads the logs passes its own. */
  log?: Logger;
}

type Timers = { runOnce(): Promise<number> };

export class HandoffHarness {
  readonly i18n: Translator = loadTranslator(textGlobals(loadConfig({})));
  /** Milliseconds the hand-off and stub clocks run ahead of real time. */
  private offset = 0;
  private running: App | undefined;
  /** HANDOFF_TEST_LOG=debug shows the app's logs (silent by default). */
  readonly log: Logger;
  private handoff: (AppModule & { timers?: Timers }) | undefined;
  readonly group: SimulatedGroup;
  readonly lan: GroupMember;
  readonly minh: GroupMember;
  readonly stranger: GroupMember;

  constructor(readonly stub: TelegramStub, readonly target: TestDbTarget, private readonly opts: HarnessOptions, private readonly owns: { stub: boolean; target: boolean }) {
    this.log = opts.log ?? createLogger(process.env.HANDOFF_TEST_LOG ?? 'silent');
    this.group = stub.group({ id: GROUP_ID, title: 'Nhóm tư vấn viên', isForum: opts.forum ?? true });
    this.lan = this.group.member(LAN);
    this.minh = this.group.member(MINH);
    this.stranger = this.group.member(STRANGER);
  }

  /** The hand-off's clock. */
  now = (): Date => new Date(Date.now() + this.offset);

  /**
   * Moves the hand-off clock and the stub's clock (message dates) forward. A button press carries no date in
   * Telegram, so the app stamps it with the real time: create cases before moving the clock, or by text.
   */
  advance(ms: number): void {
    this.offset += ms;
    this.stub.advanceClock(ms);
  }

  get app(): App {
    if (!this.running) throw new Error('the app is not running');
    return this.running;
  }

  get db() {
    return this.app.database.db;
  }

  get timers(): Timers {
    const timers = this.handoff?.timers;
    if (!timers) throw new Error('the hand-off module has no timers (no counsellors\' group configured?)');
    return timers;
  }

  env(): Record<string, string> {
    const env: Record<string, string | null> = {
      TELEGRAM_BOT_TOKEN: this.stub.token,
      TELEGRAM_API_ROOT: this.stub.apiRoot,
      COUNSELLOR_CHAT_ID: String(GROUP_ID),
      COUNSELLOR_IDS: `${LAN.id},${MINH.id}`,
      CALLBACK_SERVICE: 'true',
      ON_DUTY_HOURS: dutyHours(new Date(), true),
      ...this.opts.env,
    };
    return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== null));
  }

  async start(): Promise<this> {
    if (this.running) throw new Error('already running');
    this.running = await bootApp(this.env(), this.target, this.now, this.log, (m) => { this.handoff = m; });
    return this;
  }

  /** Stops the app (the process is gone; what it did not deliver stays in the database). */
  async stop(): Promise<void> {
    const app = this.running;
    this.running = undefined;
    this.handoff = undefined;
    await app?.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async close(): Promise<void> {
    await this.stop();
    if (this.owns.target) await this.target.dispose();
    if (this.owns.stub) await this.stub.close();
  }

  /** Resolves once `sent` is processed and every reply to `userId` is delivered. */
  waitAnswered(sent: Pick<Sent, 'update'>, userId: number, opts: { timeout?: number; since?: number } = {}): Promise<void> {
    return waitUntilAnswered(this, sent, userId, opts);
  }

  person(spec: Partial<UserSpec> & { id: number }): Citizen {
    return new Citizen(this, this.stub.user({ firstName: `Người ${spec.id}`, ...spec }));
  }

  chatKeyOf(userId: number): string {
    return this.app.core.chatKeyOf('telegram', String(userId));
  }

  /** The person's latest case. */
  async caseOf(userId: number): Promise<Case> {
    const row = await this.db.case.findFirst({ where: { chatKey: this.chatKeyOf(userId) }, orderBy: { createdAt: 'desc' } });
    if (!row) throw new Error(`no case for ${userId}`);
    return row;
  }

  async caseByRef(ref: string): Promise<Case> {
    return this.db.case.findUniqueOrThrow({ where: { ref } });
  }

  async timeline(caseId: string): Promise<{ type: string; at: Date; data: unknown }[]> {
    return this.db.caseEvent.findMany({ where: { caseId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { type: true, at: true, data: true } });
  }

  /** Successful sendMessage calls into the counsellors' group. */
  groupSends(since = 0): { call: StubCall; message: Message }[] {
    return this.stub.calls.slice(since)
      .filter((c) => c.method === 'sendMessage' && c.response.ok && String(c.body.chat_id) === String(GROUP_ID))
      .map((call) => ({ call, message: (call.response as { result: Message }).result }));
  }

  /** Case cards (messages with the claim button) posted for `ref`. */
  cards(ref: string): Message[] {
    return this.groupSends().map((s) => s.message).filter((m) => m.text?.includes(ref) && buttonData(m).includes(`h:claim:${ref}`) && !isAnnouncement(m));
  }

  /** Waits for a successful sendMessage into the group matching `match`. */
  async waitGroupMessage(match: (m: Message, call: StubCall) => boolean, timeout = 8000, since = 0): Promise<Message> {
    const call = await this.stub.waitFor((c) => c.method === 'sendMessage' && c.response.ok && String(c.body.chat_id) === String(GROUP_ID)
      && match((c.response as { result: Message }).result, c), timeout, { since });
    return (call.response as { result: Message }).result;
  }

  /**
   * Waits for the case card of the person's open case, and for the desk's record of it (written after the send: the
   * case's root message, a reply to the card finds the case); returns the case and the card.
   */
  async waitCard(userId: number, timeout = 8000): Promise<{ row: Case; card: Message }> {
    const row = await this.caseOf(userId);
    const card = await this.waitGroupMessage((m) => m.text?.includes(row.ref) === true && buttonData(m).includes(`h:claim:${row.ref}`) && !isAnnouncement(m), timeout);
    await vi.waitFor(async () => {
      if (!(await this.db.deskMessage.count({ where: { caseId: row.id, messageId: String(card.message_id) } }))) throw new Error('the card is not recorded yet');
    }, { timeout, interval: 20 });
    return { row: await this.caseByRef(row.ref), card };
  }

  /**
   * Waits until no outbox row is pending and every delivered one is recorded: everything the app queued has been
   * delivered, and a reply to any message it posted finds its case (a send's message ids are recorded after it).
   */
  async settled(timeout = 8000): Promise<void> {
    await vi.waitFor(async () => {
      const pending = await this.db.outbox.count({ where: { status: 'pending' } });
      if (pending) {
        await this.app.delivery.runOnce();
        throw new Error(`${pending} outbox rows still pending`);
      }
      const unrecorded = await this.db.outbox.count({ where: { status: 'delivered', sendingSince: { not: null } } });
      if (unrecorded) throw new Error(`${unrecorded} delivered outbox rows not yet recorded`);
    }, { timeout, interval: 20 });
  }

  /** A counsellor presses a button in the group and the bot answers the callback query. */
  async press(member: GroupMember, message: Message, data: string): Promise<StubCall> {
    const pressed = member.pressButton(message.message_id, data);
    return this.stub.waitFor((c) => c.method === 'answerCallbackQuery' && c.body.callback_query_id === pressed.callbackQueryId, 8000);
  }
}

/**
 * Boots the real app like test/support/test-app.ts does (same config defaults), with the production modules, the
 * hand-off clock `now`, and a hook that receives the hand-off module (its `timers`).
 */
export async function bootApp(env: Record<string, string>, target: TestDbTarget, now: () => Date, log: Logger,
  onHandoff: (m: AppModule & { timers?: Timers }) => void = () => {}): Promise<App> {
  const production = productionModules({ handoffNow: now });
  const capture: ModuleAssembly = async (ctx) => {
    const modules = await production(ctx);
    const handoff = modules.find((m) => m.name === 'handoff');
    if (handoff) onHandoff(handoff);
    return modules;
  };
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '50', ...LIFTED_RATE_LIMITS, ...target.env, ...env });
  const app = await createApp(config, { log, modules: capture });
  try {
    await app.start();
  } catch (error) {
    await app.stop().catch(() => {});
    throw error;
  }
  return app;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<HandoffHarness> {
  const stub = opts.stub ?? (await startTelegramStub());
  const target = opts.target ?? (await freshDatabase());
  const harness = new HandoffHarness(stub, target, opts, { stub: !opts.stub, target: !opts.target });
  try {
    if (opts.start !== false) await harness.start();
    return harness;
  } catch (error) {
    await harness.close().catch(() => {});
    throw error;
  }
}


export function isAnnouncement(m: Message): boolean {
  return m.text?.startsWith('⏰') === true;
}

/** What the bot sent the person in answer to one action. */
/** A person in a private chat with the bot; each action waits until the bot has fully answered. */
export class Citizen extends Person {
  /** Bot messages in the chat as the person sees it now. */
  botMessages(): Message[] {
    return this.sim.messages().filter((m) => m.from?.is_bot);
  }

  /** Waits for a bot message to this person matching `match` (e.g. one a counsellor's action caused). */
  async waitMessage(match: (m: Message, call: StubCall) => boolean, timeout = 8000, since = 0): Promise<Message> {
    const call = await this.t.stub.waitFor((c) => c.method === 'sendMessage' && c.response.ok && String(c.body.chat_id) === String(this.id)
      && match((c.response as { result: Message }).result, c), timeout, { since });
    return (call.response as { result: Message }).result;
  }
}
