// Conversations and what belongs to them: the flow snapshot, the sealed chat address, the platform message ids a
// quick exit deletes, and the update ids that answer repeats (with the sealed replies the first time produced).
import { randomUUID } from 'node:crypto';
import type { Client } from './client.js';
import { Prisma } from '../generated/client.js';

export interface ConversationRow {
  id: string; flowId: string; flowVersion: number; snapshot: unknown; lang: string;
  relayAllowed: boolean; relayPaused: boolean;
  /** Created by this very lock (a first contact). */
  inserted: boolean;
}

/** What the desk needs to know about a person's conversation. */
export interface RelayState { lang: string; relayAllowed: boolean; relayPaused: boolean }

export interface ConversationChange {
  snapshot: object; flowId: string; flowVersion: number; lang: string; relayAllowed: boolean; relayPaused: boolean;
}

/** What a processed update answered: its replies sealed, and the chat it came from (null once deleted). */
export interface AnsweredUpdate { channel: string; updateId: string; chatKey: string | null; sealedReplies: string }

/** The VALUES rows of a chat's platform message ids for the ChatMessage table (shared with the outbox's records). */
export function chatMessageValues(channel: string, chatKey: string, messageIds: string[], at: Date): Prisma.Sql {
  return Prisma.join(messageIds.map((m) => Prisma.sql`(${channel}::text, ${chatKey}::text, ${m}::text, ${at}::timestamp(3))`));
}

export function conversationRepository(client: Client) {
  return {
    /**
     * Locks the conversation row (order per chat, across instances). With an update id, one statement records
     * it (a repeat inserts nothing and so returns nothing: see `recordedReplies`) and creates or locks the row;
     * without, only an existing row is locked.
     */
    async lock(channel: string, chatKey: string, updateId: string | null, fresh: { flowId: string; flowVersion: number }): Promise<ConversationRow | undefined> {
      const rows = updateId === null
        ? await client.$queryRaw<ConversationRow[]>`
            SELECT "id","flowId","flowVersion","snapshot","lang","relayAllowed","relayPaused", false AS inserted
            FROM "Conversation" WHERE "channel" = ${channel} AND "chatKey" = ${chatKey} FOR UPDATE`
        : await client.$queryRaw<ConversationRow[]>`
            WITH fresh AS (
              INSERT INTO "ProcessedUpdate" ("channel","updateId","chatKey") VALUES (${channel}, ${updateId}, ${chatKey})
              ON CONFLICT DO NOTHING RETURNING 1)
            INSERT INTO "Conversation" ("id","channel","chatKey","flowId","flowVersion","snapshot","updatedAt")
            SELECT ${randomUUID()}, ${channel}, ${chatKey}, ${fresh.flowId}, ${fresh.flowVersion}, 'null'::jsonb, now() FROM fresh
            ON CONFLICT ("channel","chatKey") DO UPDATE SET "updatedAt" = "Conversation"."updatedAt"
            RETURNING "id","flowId","flowVersion","snapshot","lang","relayAllowed","relayPaused",(xmax = 0) AS inserted`;
      return rows[0];
    },

    /**
     * Saves the step of a conversation and, for a message, what it answered (see `recordReplies`). Raw SQL, one
     * statement: this runs for every message, where Prisma's per-statement cost is most of the CPU (bench/).
     */
    async save(id: string, change: ConversationChange, answered?: AnsweredUpdate): Promise<void> {
      const at = new Date();
      if (!answered) {
        await client.$executeRaw`
          UPDATE "Conversation" SET "snapshot" = ${JSON.stringify(change.snapshot)}::jsonb, "flowId" = ${change.flowId},
            "flowVersion" = ${change.flowVersion}, "lang" = ${change.lang}, "relayAllowed" = ${change.relayAllowed},
            "relayPaused" = ${change.relayPaused}, "updatedAt" = ${at}
          WHERE "id" = ${id}`;
        return;
      }
      await client.$executeRaw`
        WITH answered AS (
          UPDATE "ProcessedUpdate" SET "chatKey" = ${answered.chatKey}, "replies" = ${answered.sealedReplies}
          WHERE "channel" = ${answered.channel} AND "updateId" = ${answered.updateId})
        UPDATE "Conversation" SET "snapshot" = ${JSON.stringify(change.snapshot)}::jsonb, "flowId" = ${change.flowId},
          "flowVersion" = ${change.flowVersion}, "lang" = ${change.lang}, "relayAllowed" = ${change.relayAllowed},
          "relayPaused" = ${change.relayPaused}, "updatedAt" = ${at}
        WHERE "id" = ${id}`;
    },

    async delete(id: string): Promise<void> {
      await client.conversation.delete({ where: { id } });
    },

    relayState(channel: string, chatKey: string): Promise<RelayState | null> {
      return client.conversation.findFirst({ where: { channel, chatKey }, select: { lang: true, relayAllowed: true, relayPaused: true } });
    },

    async saveAddress(channel: string, chatKey: string, sealed: string): Promise<void> {
      await client.chatAddress.upsert({ where: { chatKey }, create: { chatKey, channel, sealed }, update: { sealed } });
    },

    async sealedAddress(chatKey: string): Promise<string | null> {
      // Raw SQL on the delivery path: a model call costs ten times its statement in CPU.
      const rows = await client.$queryRaw<{ sealed: string }[]>`SELECT "sealed" FROM "ChatAddress" WHERE "chatKey" = ${chatKey}`;
      return rows[0]?.sealed ?? null;
    },

    async deleteAddress(chatKey: string): Promise<void> {
      await client.chatAddress.deleteMany({ where: { chatKey } });
    },

    async recordMessages(channel: string, chatKey: string, messageIds: string[]): Promise<void> {
      if (!messageIds.length) return;
      // Raw SQL on the message path (each person's message is recorded): a model call costs ten times its statement.
      await client.$executeRaw`INSERT INTO "ChatMessage" ("channel", "chatKey", "messageId", "sentAt") VALUES ${chatMessageValues(channel, chatKey, messageIds, new Date())}`;
    },

    recordedMessages(channel: string, chatKey: string): Promise<{ id: bigint; messageId: string }[]> {
      return client.chatMessage.findMany({ where: { channel, chatKey }, select: { id: true, messageId: true } });
    },

    async forgetMessages(ids: bigint[]): Promise<void> {
      if (ids.length) await client.chatMessage.deleteMany({ where: { id: { in: ids } } });
    },

    async forgetAllMessages(channel: string, chatKey: string): Promise<void> {
      await client.chatMessage.deleteMany({ where: { channel, chatKey } });
    },

    /** Keeps what an update answered (sealed), in the transaction that processed it. */
    async recordReplies(answered: AnsweredUpdate): Promise<void> {
      await client.$executeRaw`
        UPDATE "ProcessedUpdate" SET "chatKey" = ${answered.chatKey}, "replies" = ${answered.sealedReplies}
        WHERE "channel" = ${answered.channel} AND "updateId" = ${answered.updateId}`;
    },

    /**
     * What an already processed update answered: undefined when it was never processed, null when nothing was
     * kept (processed before replies were recorded, or the person deleted their data since). A separate statement
     * from `lock`, so it sees a concurrent first processing that committed while `lock` waited for it.
     */
    async recordedReplies(channel: string, updateId: string): Promise<string | null | undefined> {
      const row = await client.processedUpdate.findUnique({ where: { channel_updateId: { channel, updateId } }, select: { replies: true } });
      return row ? row.replies : undefined;
    },

    /** The person deleted their data: the update ids stay (repeats are still dropped), nothing points at them. */
    async forgetRepliesOf(chatKey: string): Promise<void> {
      await client.processedUpdate.updateMany({ where: { chatKey }, data: { chatKey: null, replies: null } });
    },

    /** Update ids (and the replies kept with them) are only needed to answer a repeat delivered soon after. */
    async forgetUpdatesBefore(before: Date): Promise<number> {
      return (await client.processedUpdate.deleteMany({ where: { processedAt: { lt: before } } })).count;
    },
  };
}

export type ConversationRepository = ReturnType<typeof conversationRepository>;
