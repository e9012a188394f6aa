// The one path every message takes, whatever its channel:
//   dedupe (channel, update id) + lock the conversation row → restore the flow → step → effects →
//   save snapshot, case changes, outbox rows and the sealed replies (for a repeat) in one transaction →
//   hand the new outbox rows to delivery. A repeated update gets the recorded replies and changes nothing.
// Events from the counsellors' desk take the same path (`dispatch`): the caller's case change runs inside the
// transaction that steps the person's flow, so case + timeline + what the person sees commit together.
// Messages of one chat are handled strictly in order: an in-process queue keeps arrival order, and the row lock
// keeps it across instances sharing one PostgreSQL.
import type { FlowEvent } from '../../flows/contract.js';
import type { FlowRegistry } from '../../flows/registry.js';
import type { Repositories, Store } from '../db/repositories/index.js';
import type { ConversationRow, RelayState } from '../db/repositories/conversation-repository.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sealer } from '../privacy/sealer.js';
import { conversationEffects } from './conversation-effects.js';
import { runEffect, type EffectContext, type EffectHandlers, type ExtraOutboxRow } from './effects.js';
import { langOf, type Translator } from './i18n.js';
import { interpret } from './interpret.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Channel, ChatAddress, InboundMessage, OutboundMessage } from './messages.js';
import { promptOf, stepFlow } from './flow-host.js';
import { openReplies, sealReplies } from './recorded-replies.js';
import { renderPrompt } from './render.js';
import { addressContext, DELETED_CHAT, snapshotContext } from './sealing-contexts.js';

export { addressContext, DELETED_CHAT, snapshotContext };

export interface CoreDeps {
  store: Store;
  flows: FlowRegistry;
  defaultFlowId: string;
  i18n: Translator;
  pseudonymise: Pseudonymise;
  sealer: Sealer;
  effects?: EffectHandlers;
  /** What the flows are told about the world at a moment (which people exist): flows/contract.ts FlowInput. */
  flowInput?: (at: Date) => Record<string, unknown>;
  /** Called after commit with the ids of new outbox rows, so delivery starts at once. */
  onOutbox?: (ids: bigint[]) => void;
}

export interface Reply { outboxId: bigint; message: OutboundMessage }
interface Saved { replies: Reply[]; outboxIds: bigint[] }
export interface HandleResult { duplicate: boolean; chatKey: string; replies: Reply[] }

/** Whose conversation an event from the desk is for. */
export interface ChatTarget { channel: Channel; chatKey: string }

/** What a desk action's case change runs with, inside the transaction that steps the person's flow. */
export interface DispatchScope {
  repos: Repositories;
  /** The person's conversation, locked for this change; null when there is none (the person deleted their data). */
  conversation: RelayState | null;
  /** An outbox row for another recipient (the counsellors' desk), committed with the change. */
  send(row: ExtraOutboxRow): void;
}

export interface DispatchOptions<T> {
  /** The case change (and its timeline event) committed with the flow's step. */
  within?: (scope: DispatchScope) => Promise<T>;
}

export interface Core {
  /**
   * `inline`: the channel returns the replies in its own response (web chat), so they are recorded delivered.
   * A repeat of an update already processed (same channel + update id) changes nothing and sends nothing: it
   * resolves `duplicate` with the replies the first processing produced (none if the person deleted their data).
   */
  handle(message: InboundMessage, options?: { inline?: boolean }): Promise<HandleResult>;
  /**
   * An event from the counsellors' desk (joined, wrote, reminder, ended) for a person's conversation. Locks the
   * conversation, runs `within` (the case change) in the same transaction, steps the flow with `event` (or with
   * what `event(result)` returns; null sends nothing), and writes the snapshot and the outbox rows. One commit
   * holds case + timeline + what the person sees. After a quick exit nothing from the desk reaches the person
   * until they write again. Resolves with `within`'s result.
   */
  dispatch<T = void>(to: ChatTarget | null, event: FlowEvent | null | ((result: T) => FlowEvent | null), options?: DispatchOptions<T>): Promise<T>;
  chatKeyOf(channel: Channel, userId: string): string;
  /** Resolves when every message taken so far is finished. */
  drain(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const queue = new KeyedQueue();
  // Looked up per effect, so modules built after the core can still contribute handlers.
  const handlers = new Proxy({} as EffectHandlers, { get: (_t, type: string) => (deps.effects as Record<string, unknown> | undefined)?.[type] ?? (conversationEffects as Record<string, unknown>)[type] });
  const defaultFlow = () => {
    const def = deps.flows.get(deps.defaultFlowId)!;
    return { flowId: def.id, flowVersion: def.version };
  };

  const process = async (repos: Repositories, channel: Channel, chatKey: string, conv: ConversationRow, at: Date, fromPerson: boolean,
    toEvent: (prompt: ReturnType<typeof promptOf>) => ReturnType<typeof interpret>): Promise<{ ctx: EffectContext; flowId: string; version: number; persisted: unknown }> => {
    const ctx: EffectContext = {
      repos, i18n: deps.i18n, channel, chatKey, conversationId: conv.id, at,
      lang: langOf(conv.lang), out: [], extraOutbox: [],
      // The person writing again lifts the pause a quick exit put on messages from counsellors.
      conversation: { relayAllowed: conv.relayAllowed, relayPaused: fromPerson ? false : conv.relayPaused, delete: false },
    };
    const sealed = conv.snapshot as { sealed?: string } | null;
    const snapshot: unknown = sealed?.sealed ? JSON.parse(deps.sealer.open(sealed.sealed, snapshotContext(conv.id))) : null;
    const current = deps.flows.get(conv.flowId);
    const fresh = snapshot === null || !current || current.version !== conv.flowVersion;
    const def = fresh ? deps.flows.get(deps.defaultFlowId)! : current;
    const input = deps.flowInput?.(at);
    let lead: string | undefined;
    let step;
    if (fresh) {
      step = stepFlow(def.machine, null, null, input);
      // A snapshot from a flow version that no longer exists: say so kindly and start again at the menu.
      if (!conv.inserted && snapshot !== null) ctx.out.push({ text: deps.i18n.t(ctx.lang, 'flow-restarted') });
      const first = toEvent(step.prompt);
      // A first contact goes on to the new machine; after a version restart only what matters at once does
      // (danger words, commands), since the message was meant for a screen that no longer exists.
      if (first.kind === 'event' && (conv.inserted || first.event.type === 'user.risk' || first.event.type === 'user.command')) {
        const next = stepFlow(def.machine, step.persisted, first.event, input);
        step = { ...next, effects: [...step.effects, ...next.effects] };
      }
    } else {
      const prompt = promptOf(def.machine, snapshot);
      const interpretation = toEvent(prompt);
      if (interpretation.kind === 'event') {
        step = stepFlow(def.machine, snapshot, interpretation.event, input);
        if (step.unchanged && interpretation.event.type === 'user.text') lead = deps.i18n.t(ctx.lang, 'reprompt-unknown');
      } else {
        step = { persisted: snapshot, effects: [], prompt, unchanged: true, sameState: true };
        lead = deps.i18n.t(ctx.lang, interpretation.kind === 'expired' ? 'menu-expired' : 'reprompt-unknown');
      }
    }
    for (const effect of step.effects) await runEffect(handlers, ctx, effect);
    const cleared = ctx.out.some((m) => m.clearChat);
    // A quiet prompt (a live chat) is shown on entering its state, not after every message that stays in it; an
    // event the person did not send (a counsellor's answer, a reminder) never repeats the screen they are on.
    const quietHere = step.sameState && !lead && (step.prompt?.quiet || !fromPerson);
    if (step.prompt && !ctx.conversation.delete && !quietHere) {
      const rendered = renderPrompt(deps.i18n, ctx.lang, step.prompt, lead);
      if (cleared) {
        // After a quick exit: one neutral line on the cleared message, no menu on screen.
        ctx.out.find((m) => m.clearChat)!.text = rendered.text;
      } else {
        ctx.out.push(rendered);
      }
    }
    // Messages the person did not just ask for (a counsellor's answer, a timer) go silently.
    if (!fromPerson) for (const m of ctx.out) m.silent = true;
    return { ctx, flowId: def.id, version: def.version, persisted: step.persisted };
  };

  /** `updateId`: the update being answered; its replies are recorded (sealed) for a repeat of it. */
  const save = async (repos: Repositories, address: ChatAddress | undefined, conv: ConversationRow, result: Awaited<ReturnType<typeof process>>, inline = false, updateId?: string): Promise<Saved> => {
    const { ctx } = result;
    const deleting = ctx.conversation.delete;
    let sealedAddress: string | undefined;
    if (deleting) {
      // The person asked to delete their data: the last reply carries its own sealed address, erased on delivery.
      // It is sealed again under the row's neutral key: nothing written from here on carries the pseudonym.
      const sealed = await repos.conversations.sealedAddress(ctx.chatKey);
      if (sealed) sealedAddress = deps.sealer.seal(deps.sealer.open(sealed, addressContext(ctx.chatKey)), addressContext(DELETED_CHAT));
      await repos.conversations.deleteAddress(ctx.chatKey);
      await repos.conversations.delete(conv.id);
    } else if (conv.inserted && address) {
      await repos.conversations.saveAddress(ctx.channel, ctx.chatKey, deps.sealer.seal(JSON.stringify(address), addressContext(ctx.chatKey)));
    }
    const chatKey = deleting ? DELETED_CHAT : ctx.chatKey;
    const replyRows = ctx.out.map((m) => (inline
      ? { channel: ctx.channel, chatKey, kind: 'reply', payload: null, deliveredAt: ctx.at }
      : { channel: ctx.channel, chatKey, kind: 'reply', payload: sealedAddress ? { ...m, sealedAddress } : m }));
    const created = await repos.outbox.add([...replyRows, ...ctx.extraOutbox]);
    const replies = ctx.out.map((message, i) => ({ outboxId: created[i]!, message }));
    // After a deletion the record no longer names the chat (the deletion's own answer is all it keeps).
    const answered = updateId === undefined ? undefined
      : { channel: ctx.channel, updateId, chatKey: deleting ? null : ctx.chatKey, sealedReplies: sealReplies(deps.sealer, ctx.channel, updateId, replies) };
    if (deleting) {
      if (answered) await repos.conversations.recordReplies(answered);
    } else {
      // The snapshot and the record of the answer go in one statement (the path of every message).
      await repos.conversations.save(conv.id, {
        snapshot: { sealed: deps.sealer.seal(JSON.stringify(result.persisted), snapshotContext(conv.id)) }, flowId: result.flowId, flowVersion: result.version,
        lang: ctx.lang, relayAllowed: ctx.conversation.relayAllowed, relayPaused: ctx.conversation.relayPaused,
      }, answered);
    }
    return { replies, outboxIds: created.slice(inline ? replyRows.length : 0) };
  };

  const afterCommit = (ids: bigint[]) => {
    if (ids.length) deps.onOutbox?.(ids);
  };

  return {
    chatKeyOf: (channel, userId) => deps.pseudonymise(channel, userId),

    handle(message, options) {
      const chatKey = deps.pseudonymise(message.channel, message.userId);
      return queue.run(`${message.channel}:${chatKey}`, async () => {
        let outboxIds: bigint[] = [];
        const result = await deps.store.transaction(async (repos) => {
          const conv = await repos.conversations.lock(message.channel, chatKey, message.updateId, defaultFlow());
          if (!conv) {
            // A repeat: answered with what the first processing answered, and nothing else happens.
            const recorded = await repos.conversations.recordedReplies(message.channel, message.updateId);
            return { duplicate: true, chatKey, replies: openReplies(deps.sealer, message.channel, message.updateId, recorded ?? null) };
          }
          if (message.messageId) await repos.conversations.recordMessages(message.channel, chatKey, [message.messageId]);
          const at = message.at.getTime();
          const processed = await process(repos, message.channel, chatKey, conv, message.at, true,
            (prompt) => interpret(message.content, prompt, deps.i18n, at));
          const saved = await save(repos, message.address, conv, processed, options?.inline, message.updateId);
          outboxIds = saved.outboxIds;
          return { duplicate: false, chatKey, replies: saved.replies };
        });
        afterCommit(outboxIds);
        return result;
      });
    },

    dispatch<T>(to: ChatTarget | null, event: FlowEvent | null | ((result: T) => FlowEvent | null), options: DispatchOptions<T> = {}): Promise<T> {
      const run = async (): Promise<T> => {
        let outboxIds: bigint[] = [];
        const result = await deps.store.transaction(async (repos) => {
          const conv = to ? await repos.conversations.lock(to.channel, to.chatKey, null, defaultFlow()) : undefined;
          const extra: ExtraOutboxRow[] = [];
          const value = options.within
            ? await options.within({ repos, conversation: conv ? { lang: conv.lang, relayAllowed: conv.relayAllowed, relayPaused: conv.relayPaused } : null, send: (row) => extra.push(row) })
            : (undefined as T);
          const flowEvent = typeof event === 'function' ? event(value) : event;
          if (to && conv && flowEvent && !conv.relayPaused) {
            const processed = await process(repos, to.channel, to.chatKey, conv, new Date(flowEvent.at), false, () => ({ kind: 'event', event: flowEvent }));
            processed.ctx.extraOutbox.push(...extra);
            outboxIds = (await save(repos, undefined, conv, processed)).outboxIds;
          } else {
            outboxIds = await repos.outbox.add(extra);
          }
          return value;
        });
        afterCommit(outboxIds);
        return result;
      };
      return to ? queue.run(`${to.channel}:${to.chatKey}`, run) : run();
    },

    drain: () => queue.drain(),
  };
}
