// Delivers outbox rows through channel senders. A row is leased (not held in a transaction) while it is sent,
// so a slow platform API never blocks the database; rows of one chat go out in order; a failed row is retried with
// backoff and its chat waits behind it. The text of a delivered row is erased: only the delivery record stays.
// Crash semantics (src/handoff/README.md): at least once. Each send sits between two single statements (`sending`,
// `sent`); only a row whose send began and was not marked sent can go out twice, and its sender is told so.
import { errorFields } from '../logger.js';
import type { LeasedRow, Repositories, SentRow, Store } from '../db/repositories/index.js';
import { AppError, isAppError } from './errors.js';
import type { Sealer } from '../privacy/sealer.js';
import { addressContext } from './sealing-contexts.js';
import type { ChatAddress, OutboundMessage } from './messages.js';

export interface SendResult { messageIds: string[] }
export interface SendMeta {
  kind: string; chatKey: string; outboxId: bigint;
  /** An earlier send of this row began and its outcome was never recorded (the process died): it may have arrived. */
  repeat: boolean;
}
/** What a delivered row's send produced, as the outbox keeps it until it is recorded. */
export interface SentMessage { id: bigint; channel: string; chatKey: string; kind: string; payload: OutboundMessage | null; messageIds: string[]; sentAt: Date }

export interface OutboxSender {
  /** `address` is null for recipients that have no per-person address (the counsellors' group). */
  send(address: ChatAddress | null, message: OutboundMessage, meta: SendMeta): Promise<SendResult>;
  /**
   * Records what the send produced (message ids, timeline), in the transaction that finishes the row — after the
   * row is marked sent, so never before a crash could repeat the send. Replayed from the row alone after a crash
   * between the two: it may read only `sent` and the database.
   */
  record?(repos: Repositories, sent: SentMessage): Promise<void>;
}

/**
 * Throw from a sender when retrying cannot help (the person blocked the bot, the chat is gone): an AppError with
 * code `delivery_refused`, carrying the platform's own error code.
 */
export class PermanentDeliveryError extends AppError {
  constructor(message: string, readonly platformCode?: number) {
    super('delivery_refused', message, { details: { platformCode } });
    this.name = 'PermanentDeliveryError';
  }
}

export interface DeliveryLog { warn(obj: object, msg: string): void; error(obj: object, msg: string): void }

export interface DeliveryOptions {
  store: Store;
  sealer: Sealer;
  senders: Record<string, OutboxSender>;
  log: DeliveryLog;
  pollMs?: number;
  leaseSeconds?: number;
  batch?: number;
  /** Backoff before retry n (1-based), in ms. */
  backoff?: (attempt: number) => number;
  now?: () => Date;
}

type Claimed = LeasedRow;

const sentOf = (row: SentRow): SentMessage => ({
  id: row.id, channel: row.channel, chatKey: row.chatKey, kind: row.kind, payload: row.payload,
  messageIds: row.externalId ? row.externalId.split(',') : [], sentAt: row.deliveredAt,
});

const MAX_REPLY_ATTEMPTS = 25;
const defaultBackoff = (n: number) => Math.min(2 ** Math.min(n, 12) * 500, 15 * 60_000);

export interface Delivery {
  start(): void;
  /** Deliver now (after a commit) instead of waiting for the next poll. */
  kick(): void;
  /** One full pass: claims and sends until nothing is due. Returns how many rows it delivered. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export function createDelivery(opts: DeliveryOptions): Delivery {
  const channels = Object.keys(opts.senders);
  // Longer than the longest send, so a lease never lapses mid-send; short enough that the rows a crashed instance
  // held are sent by another soon after.
  const lease = opts.leaseSeconds ?? 120;
  const backoff = opts.backoff ?? defaultBackoff;
  const now = opts.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const claim = async (): Promise<Claimed[]> => {
    if (!channels.length) return [];
    const at = now();
    const until = new Date(at.getTime() + lease * 1000);
    return opts.store.outbox.lease(channels, at, until, opts.batch ?? 50);
  };

  /** `chatAddress`: the chat's stored address, read once for all the rows of one chat that a pass sends together. */
  const addressOf = async (row: Claimed, chatAddress: () => Promise<string | null>): Promise<ChatAddress | null> => {
    const sealed = row.payload?.sealedAddress ?? (await chatAddress());
    return sealed ? (JSON.parse(opts.sealer.open(sealed, addressContext(row.chatKey))) as ChatAddress) : null;
  };

  /**
   * Finishes a delivered row: what its send produced is recorded, once (`recorded` is false when another instance
   * replaying it got there first). `forget`: the person's recorded messages a quick exit just deleted.
   */
  const finish = async (sent: SentMessage, forget: bigint[] = []): Promise<void> => {
    // The common case (a reply to a person, nothing forgotten, no sender hook) is one statement, not a transaction.
    // A reply's message ids are kept for a later quick exit; the quick exit's own message deleted the chat.
    const messageIds = sent.kind === 'reply' && !sent.payload?.clearChat ? sent.messageIds : [];
    if (!forget.length && !opts.senders[sent.channel]?.record) {
      await opts.store.outbox.recordedWithMessages(sent.id, { channel: sent.channel, chatKey: sent.chatKey, messageIds, at: sent.sentAt });
      return;
    }
    await opts.store.transaction(async (repos) => {
      const ended = await repos.outbox.recorded(sent.id);
      if (!ended) return;
      await repos.conversations.forgetMessages(forget);
      // The person deleted their data since the send: their chat keeps no record of it.
      if (ended.chatKey === sent.chatKey) await repos.conversations.recordMessages(sent.channel, sent.chatKey, messageIds);
      await opts.senders[sent.channel]?.record?.(repos, sent);
    });
  };

  const deliverOne = async (row: Claimed, chatAddress: () => Promise<string | null>): Promise<boolean> => {
    let repeat = false;
    try {
      if (!row.payload) throw new AppError('delivery_refused', 'outbox row has no payload');
      const { sealedAddress: _omit, ...message } = row.payload;
      // A quick exit deletes every message of the chat recorded by the time it is delivered — also replies that
      // were still on their way when the person left (the chat's earlier rows are all delivered before this one).
      const recorded = message.clearChat ? await opts.store.conversations.recordedMessages(row.channel, row.chatKey) : [];
      if (recorded.length) message.deleteMessageIds = recorded.map((m) => m.messageId);
      const address = await addressOf(row, chatAddress);
      // The crash window is the send itself plus one statement on each side of it (see outbox-repository.ts).
      ({ repeat } = await opts.store.outbox.sending(row.id, now()));
      const result = await opts.senders[row.channel]!.send(address, message, { kind: row.kind, chatKey: row.chatKey, outboxId: row.id, repeat });
      const sentAt = now();
      await opts.store.outbox.sent(row.id, sentAt, result.messageIds);
      // Sent, whatever happens next: a failure to record is left to `recover`, never turned into a retry.
      await finish({ id: row.id, channel: row.channel, chatKey: row.chatKey, kind: row.kind, payload: row.payload, messageIds: result.messageIds, sentAt }, recorded.map((m) => m.id))
        .catch((error) => opts.log.error({ err: errorFields(error), outboxId: String(row.id) }, 'outbox records failed; recovery will write them'));
      return true;
    } catch (error) {
      const permanent = isAppError(error, 'delivery_refused');
      // An escalation or anything for counsellors is never given up; a reply to a person who blocked the bot is.
      const giveUp = row.kind === 'reply' && (permanent || row.attempts >= MAX_REPLY_ATTEMPTS);
      const code = isAppError(error) ? (error.details?.platformCode ?? error.code) : (error as { error_code?: unknown }).error_code ?? (error as { code?: unknown }).code;
      opts.log.warn({ outboxId: String(row.id), channel: row.channel, kind: row.kind, attempts: row.attempts, code, giveUp }, 'outbox delivery failed');
      const reason = String(code ?? 'error');
      if (giveUp) await opts.store.outbox.giveUp(row.id, reason);
      else await opts.store.outbox.retryAt(row.id, new Date(now().getTime() + backoff(row.attempts)), reason, repeat);
      return false;
    }
  };

  /**
   * Records what the sends of rows delivered before `before` produced, where a crash came between a row's `sent`
   * and its records. At start every such row is taken (this instance has none of its own in flight); on each poll
   * only those older than a lease, so a live instance's own rows are left to it.
   */
  const recover = async (before: Date): Promise<void> => {
    if (!channels.length) return;
    for (;;) {
      const rows = await opts.store.outbox.unrecorded(channels, before, 50);
      for (const row of rows) await finish(sentOf(row));
      if (rows.length < 50) return;
    }
  };
  let recovering: Promise<void> | undefined;
  const recoverQuietly = (before: Date): Promise<void> => {
    recovering ??= recover(before).catch((error) => opts.log.error({ err: errorFields(error) }, 'outbox recovery failed'))
      .finally(() => { recovering = undefined; });
    return recovering;
  };

  // Each chat's rows are sent by their own task, so a chat that waits out a 429 holds up no other chat; a claim
  // pass only leases rows and starts those tasks. Leased rows are not claimed again, and rows behind a leased one
  // wait, so a chat's order holds across passes and instances.
  const inflight = new Set<Promise<void>>();
  let delivered = 0;

  const deliverChat = async (chatRows: Claimed[]): Promise<void> => {
    let stored: Promise<string | null> | undefined;
    const chatAddress = () => (stored ??= opts.store.conversations.sealedAddress(chatRows[0]!.chatKey));
    for (const [i, row] of chatRows.entries()) {
      if (await deliverOne(row, chatAddress)) { delivered++; continue; }
      // Keep the chat's order: release the rows behind a failed one for a later pass.
      const rest = chatRows.slice(i + 1).map((r) => r.id);
      await opts.store.outbox.release(rest);
      return;
    }
  };

  const pass = async (): Promise<void> => {
    for (;;) {
      // RETURNING gives no order: a chat's rows must go out by id.
      const rows = (await claim()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      if (!rows.length) return;
      const byChat = new Map<string, Claimed[]>();
      for (const r of rows) byChat.set(`${r.channel}:${r.chatKey}`, [...(byChat.get(`${r.channel}:${r.chatKey}`) ?? []), r]);
      for (const chatRows of byChat.values()) {
        const task: Promise<void> = deliverChat(chatRows)
          .catch((error) => opts.log.error({ err: errorFields(error) }, 'outbox chat delivery failed'))
          .finally(() => { inflight.delete(task); if (!stopped) kickPass(); });
        inflight.add(task);
      }
      if (stopped) return;
    }
  };

  const kickPass = (): Promise<void> => {
    if (running) { again = true; return running; }
    running = pass().catch((error) => opts.log.error({ err: errorFields(error) }, 'outbox pass failed'))
      .finally(() => {
        running = undefined;
        if (again && !stopped) { again = false; void kickPass(); }
      });
    return running;
  };

  /** Claims and sends until nothing is due, and waits for every send. */
  const runOnce = async (): Promise<number> => {
    const before = delivered;
    do {
      await kickPass();
      while (running) await running;
      await Promise.all([...inflight]);
    } while (running || inflight.size);
    return delivered - before;
  };

  return {
    start() {
      if (timer || !channels.length) return;
      timer = setInterval(() => {
        if (!stopped) void recoverQuietly(new Date(now().getTime() - lease * 1000));
        void kickPass();
      }, opts.pollMs ?? 1000);
      void recoverQuietly(now()).then(() => kickPass());
    },
    kick() { if (!stopped) void kickPass(); },
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
      await Promise.all([...inflight]);
      await recovering;
    },
  };
}
