// The one path every message takes, whatever its channel:
//   dedupe (channel, update id) + lock the conversation row → restore the flow → step → effects →
//   save snapshot, case changes and outbox rows in one transaction → hand the new outbox rows to delivery.
// Messages of one chat are handled strictly in order: an in-process queue keeps arrival order, and the row lock
// keeps it across instances sharing one PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { FlowEvent, Lang } from '../../flows/contract.js';
import type { FlowRegistry } from '../../flows/registry.js';
import type { Db, Tx } from '../db/database.js';
import { Prisma } from '../db/generated/client.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sealer } from '../privacy/sealer.js';
import { conversationEffects } from './conversation-effects.js';
import { runEffect, type EffectContext, type EffectHandlers } from './effects.js';
import type { Translator } from './i18n.js';
import { interpret } from './interpret.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Channel, ChatAddress, InboundMessage, OutboundMessage } from './messages.js';
import { promptOf, stepFlow } from './flow-host.js';
import { renderPrompt } from './render.js';
import { addressContext, DELETED_CHAT, snapshotContext } from './sealing-contexts.js';

export { addressContext, DELETED_CHAT, snapshotContext };

export interface CoreDeps {
  db: Db;
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

interface ConversationRow { id: string; flowId: string; flowVersion: number; snapshot: unknown; lang: string; relayAllowed: boolean; relayPaused: boolean; inserted: boolean }

export interface Core {
  /** `inline`: the channel returns the replies in its own response (web chat), so they are recorded delivered. */
  handle(message: InboundMessage, options?: { inline?: boolean }): Promise<HandleResult>;
  /** Sends an internal event (a counsellor joined, wrote, ended) to a person's conversation. */
  notify(channel: Channel, chatKey: string, event: FlowEvent): Promise<Reply[]>;
  chatKeyOf(channel: Channel, userId: string): string;
  /** Resolves when every message taken so far is finished. */
  drain(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const queue = new KeyedQueue();
  // Looked up per effect, so modules built after the core can still contribute handlers.
  const handlers = new Proxy({} as EffectHandlers, { get: (_t, type: string) => (deps.effects as Record<string, unknown> | undefined)?.[type] ?? (conversationEffects as Record<string, unknown>)[type] });

  const lockConversation = async (tx: Tx, channel: Channel, chatKey: string, updateId: string | null): Promise<ConversationRow | undefined> => {
    const def = deps.flows.get(deps.defaultFlowId)!;
    // One statement: record the update id (a repeat inserts nothing and so returns no row) and create or lock the
    // conversation row. ON CONFLICT DO UPDATE takes the row lock that orders one chat across instances.
    const rows = updateId === null
      ? await tx.$queryRaw<ConversationRow[]>`
          SELECT "id","flowId","flowVersion","snapshot","lang","relayAllowed","relayPaused", false AS inserted
          FROM "Conversation" WHERE "channel" = ${channel} AND "chatKey" = ${chatKey} FOR UPDATE`
      : await tx.$queryRaw<ConversationRow[]>`
          WITH fresh AS (
            INSERT INTO "ProcessedUpdate" ("channel","updateId") VALUES (${channel}, ${updateId})
            ON CONFLICT DO NOTHING RETURNING 1)
          INSERT INTO "Conversation" ("id","channel","chatKey","flowId","flowVersion","snapshot","updatedAt")
          SELECT ${randomUUID()}, ${channel}, ${chatKey}, ${def.id}, ${def.version}, 'null'::jsonb, now() FROM fresh
          ON CONFLICT ("channel","chatKey") DO UPDATE SET "updatedAt" = "Conversation"."updatedAt"
          RETURNING "id","flowId","flowVersion","snapshot","lang","relayAllowed","relayPaused",(xmax = 0) AS inserted`;
    return rows[0];
  };

  const process = async (tx: Tx, channel: Channel, chatKey: string, conv: ConversationRow, at: Date, fromPerson: boolean,
    toEvent: (prompt: ReturnType<typeof promptOf>) => ReturnType<typeof interpret>): Promise<{ ctx: EffectContext; flowId: string; version: number; persisted: unknown }> => {
    const ctx: EffectContext = {
      tx, i18n: deps.i18n, channel, chatKey, conversationId: conv.id, at,
      lang: (conv.lang === 'en' ? 'en' : 'vi') as Lang, out: [], extraOutbox: [],
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
    // A quiet prompt (a live chat) is shown on entering its state, not after every message that stays in it.
    const quietHere = step.prompt?.quiet && step.sameState && !lead;
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

  const save = async (tx: Tx, address: ChatAddress | undefined, conv: ConversationRow, result: Awaited<ReturnType<typeof process>>, inline = false): Promise<Saved> => {
    const { ctx } = result;
    let sealedAddress: string | undefined;
    if (ctx.conversation.delete) {
      // The person asked to delete their data: the last reply carries its own sealed address, erased on delivery.
      // It is sealed again under the row's neutral key: nothing written from here on carries the pseudonym.
      const row = await tx.chatAddress.findUnique({ where: { chatKey: ctx.chatKey } });
      if (row) sealedAddress = deps.sealer.seal(deps.sealer.open(row.sealed, addressContext(ctx.chatKey)), addressContext(DELETED_CHAT));
      await tx.chatAddress.deleteMany({ where: { chatKey: ctx.chatKey } });
      await tx.conversation.delete({ where: { id: conv.id } });
    } else {
      if (conv.inserted && address) {
        await tx.chatAddress.upsert({
          where: { chatKey: ctx.chatKey },
          create: { chatKey: ctx.chatKey, channel: ctx.channel, sealed: deps.sealer.seal(JSON.stringify(address), addressContext(ctx.chatKey)) },
          update: { sealed: deps.sealer.seal(JSON.stringify(address), addressContext(ctx.chatKey)) },
        });
      }
      await tx.conversation.update({
        where: { id: conv.id },
        data: { snapshot: { sealed: deps.sealer.seal(JSON.stringify(result.persisted), snapshotContext(conv.id)) }, flowId: result.flowId, flowVersion: result.version, lang: ctx.lang, relayAllowed: ctx.conversation.relayAllowed, relayPaused: ctx.conversation.relayPaused },
      });
    }
    const chatKey = ctx.conversation.delete ? DELETED_CHAT : ctx.chatKey;
    const replyRows = ctx.out.map((m) => (inline
      ? { channel: ctx.channel, chatKey, kind: 'reply', payload: Prisma.DbNull, status: 'delivered', deliveredAt: ctx.at }
      : { channel: ctx.channel, chatKey, kind: 'reply', payload: (sealedAddress ? { ...m, sealedAddress } : m) as unknown as Prisma.InputJsonValue }));
    const rows = [...replyRows, ...ctx.extraOutbox.map((r) => ({ ...r, payload: r.payload as unknown as Prisma.InputJsonValue }))];
    if (!rows.length) return { replies: [], outboxIds: [] };
    const created = await tx.outbox.createManyAndReturn({ data: rows, select: { id: true } });
    return {
      replies: ctx.out.map((message, i) => ({ outboxId: created[i]!.id, message })),
      outboxIds: created.slice(inline ? replyRows.length : 0).map((r) => r.id),
    };
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
        const result = await deps.db.$transaction(async (tx) => {
          const conv = await lockConversation(tx, message.channel, chatKey, message.updateId);
          if (!conv) return { duplicate: true, chatKey, replies: [] as Reply[] };
          if (message.messageId) {
            await tx.chatMessage.create({ data: { channel: message.channel, chatKey, messageId: message.messageId } });
          }
          const at = message.at.getTime();
          const processed = await process(tx, message.channel, chatKey, conv, message.at, true,
            (prompt) => interpret(message.content, prompt, deps.i18n, at));
          const saved = await save(tx, message.address, conv, processed, options?.inline);
          outboxIds = saved.outboxIds;
          return { duplicate: false, chatKey, replies: saved.replies };
        });
        afterCommit(outboxIds);
        return result;
      });
    },

    notify(channel, chatKey, event) {
      return queue.run(`${channel}:${chatKey}`, async () => {
        let outboxIds: bigint[] = [];
        const replies = await deps.db.$transaction(async (tx) => {
          const conv = await lockConversation(tx, channel, chatKey, null);
          if (!conv) return [] as Reply[];
          const processed = await process(tx, channel, chatKey, conv, new Date(event.at), false, () => ({ kind: 'event', event }));
          const saved = await save(tx, undefined, conv, processed);
          outboxIds = saved.outboxIds;
          return saved.replies;
        });
        afterCommit(outboxIds);
        return replies;
      });
    },

    drain: () => queue.drain(),
  };
}
