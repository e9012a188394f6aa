// The outbox: rows written in the transaction of the change they announce, leased while a deliverer sends them,
// erased (payload) once delivered.
import type { OutboundMessage } from '../../core/messages.js';
import { Prisma } from '../generated/client.js';
import type { Client } from './client.js';
import { chatMessageValues } from './conversation-repository.js';
import { JSON_NULL } from './json.js';

export interface OutboxRow {
  channel: string; chatKey: string; kind: string;
  /** null with `deliveredAt`: already delivered inline (the web chat's own response). */
  payload: object | null;
  deliveredAt?: Date;
}

/** A delivered row whose send's records are not yet written: `externalId` holds the message ids, comma-separated. */
export interface SentRow { id: bigint; channel: string; chatKey: string; kind: string; payload: (OutboundMessage & { sealedAddress?: string }) | null; externalId: string | null; deliveredAt: Date }

export interface LeasedRow { id: bigint; channel: string; chatKey: string; kind: string; payload: (OutboundMessage & { sealedAddress?: string }) | null; attempts: number }

/** Ends a delivered row whose records are written: its text goes and it is never replayed. Matches nothing when
 * another instance ended it first. Returns the chat the row points at now: not the person's any more when they
 * deleted their data between the send and its records (`forgetChats`). */
const endRecords = (id: bigint) => Prisma.sql`UPDATE "Outbox" SET "sendingSince" = NULL, "payload" = NULL
  WHERE "id" = ${id} AND "status" = 'delivered' AND "sendingSince" IS NOT NULL RETURNING "chatKey"`;

export function outboxRepository(client: Client) {
  return {
    /** Writes rows in order; returns their ids in the same order. */
    // Raw SQL, one statement for all rows: this runs for every message, where Prisma's per-statement cost dominates.
    async add(rows: OutboxRow[]): Promise<bigint[]> {
      if (!rows.length) return [];
      const now = new Date();
      const records = rows.map((r) => (r.payload === null
        ? { channel: r.channel, chatKey: r.chatKey, kind: r.kind, payload: null, status: 'delivered', deliveredAt: (r.deliveredAt ?? now).toISOString() }
        : { channel: r.channel, chatKey: r.chatKey, kind: r.kind, payload: r.payload, status: 'pending', deliveredAt: null }));
      const created = await client.$queryRaw<{ id: bigint }[]>`
        INSERT INTO "Outbox" ("channel","chatKey","kind","payload","status","deliveredAt","nextAttemptAt","createdAt")
        SELECT r."channel", r."chatKey", r."kind", r."payload", r."status", (r."deliveredAt" AT TIME ZONE 'UTC'), ${now}, ${now}
        FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
          AS ("channel" text, "chatKey" text, "kind" text, "payload" jsonb, "status" text, "deliveredAt" timestamptz)) WITH ORDINALITY AS r
        ORDER BY r."ordinality"
        RETURNING "id"`;
      // Ids come from one sequence in insertion order (the ORDER BY): sorted, they follow `rows`.
      return created.map((r) => r.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },

    /**
     * Leases due rows of `channels`. A row is due when no earlier row of its chat is waiting (leased elsewhere or
     * backing off); the advisory lock on the chat keeps two instances from leasing rows of one chat at once.
     */
    lease(channels: string[], at: Date, until: Date, batch: number): Promise<LeasedRow[]> {
      return client.$queryRaw<LeasedRow[]>`
        UPDATE "Outbox" o SET "leaseUntil" = ${until}, "attempts" = o."attempts" + 1
        WHERE o."id" IN (
          SELECT c."id" FROM "Outbox" c
          WHERE c."status" = 'pending' AND c."channel" IN (${Prisma.join(channels)})
            AND c."nextAttemptAt" <= ${at} AND (c."leaseUntil" IS NULL OR c."leaseUntil" < ${at})
            AND NOT EXISTS (SELECT 1 FROM "Outbox" e WHERE e."channel" = c."channel" AND e."chatKey" = c."chatKey"
              AND e."status" = 'pending' AND e."id" < c."id" AND (e."nextAttemptAt" > ${at} OR e."leaseUntil" >= ${at}))
            AND pg_try_advisory_xact_lock(hashtext(c."channel" || ':' || c."chatKey"))
          ORDER BY c."id" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
        RETURNING o."id", o."channel", o."chatKey", o."kind", o."payload", o."attempts"`;
    },

    // --- crash semantics (src/handoff/README.md, "After a crash") ---------------------------------------------
    // A send is bracketed by two single statements: `sending` right before it, `sent` right after it. A crash
    // between them leaves a pending row with `sendingSince` set: its outcome is unknown, and the next send of it
    // is told it may repeat one that arrived. A crash after `sent` leaves a delivered row with `sendingSince`
    // set: it is not sent again, only what its send produced is recorded (`unrecorded`, then `recorded`).

    /** Marks the send of a leased row as begun; answers whether an earlier send of it began and was never finished. */
    async sending(id: bigint, at: Date): Promise<{ repeat: boolean }> {
      const rows = await client.$queryRaw<{ before: Date | null }[]>`
        UPDATE "Outbox" o SET "sendingSince" = ${at}
        FROM (SELECT "id", "sendingSince" AS "before" FROM "Outbox" WHERE "id" = ${id} FOR UPDATE) p
        WHERE o."id" = p."id" RETURNING p."before"`;
      return { repeat: Boolean(rows[0]?.before) };
    },

    /** The one statement after a send: the row is delivered (never sent again); its payload stays until `recorded`. */
    async sent(id: bigint, at: Date, externalIds: string[]): Promise<void> {
      // Raw SQL: this runs once per delivered row, and a model call costs ten times its statement in CPU.
      const count = await client.$executeRaw`
        UPDATE "Outbox" SET "status" = 'delivered', "deliveredAt" = ${at}, "leaseUntil" = NULL,
          "externalId" = ${externalIds.join(',') || null}, "lastError" = NULL
        WHERE "id" = ${id}`;
      if (count !== 1) throw new Error(`outbox row ${id} vanished before it was marked sent`);
    },

    /**
     * `recorded` and the chat's message ids in one statement (no transaction round trips), for a row whose sender
     * records nothing of its own and whose delivery forgot no messages: the ids are inserted only if this call ended
     * the row, so they are recorded once, and only if the row still points at the chat, so a "delete my data" that
     * came between the send and this leaves nothing behind. Answers whether this call ended the row.
     */
    async recordedWithMessages(id: bigint, chat: { channel: string; chatKey: string; messageIds: string[]; at: Date }): Promise<boolean> {
      if (!chat.messageIds.length) return (await client.$executeRaw`${endRecords(id)}`) === 1;
      const rows = chatMessageValues(chat.channel, chat.chatKey, chat.messageIds, chat.at);
      const ended = await client.$queryRaw<{ chatKey: string }[]>`
        WITH done AS (${endRecords(id)}),
        added AS (INSERT INTO "ChatMessage" ("channel", "chatKey", "messageId", "sentAt")
          SELECT v."channel", v."chatKey", v."messageId", v."sentAt"
          FROM done JOIN (VALUES ${rows}) AS v("channel", "chatKey", "messageId", "sentAt") ON v."chatKey" = done."chatKey")
        SELECT "chatKey" FROM done`;
      return ended.length === 1;
    },

    /**
     * Ends a delivered row once what its send produced is recorded (in that transaction). Answers the chat the row
     * points at now (another than its send's when the person deleted their data since), or null if another ended it.
     */
    async recorded(id: bigint): Promise<{ chatKey: string } | null> {
      const ended = await client.$queryRaw<{ chatKey: string }[]>`${endRecords(id)}`;
      return ended[0] ?? null;
    },

    /** Delivered rows whose records a crash interrupted (delivered before `before`), oldest first. */
    unrecorded(channels: string[], before: Date, limit: number): Promise<SentRow[]> {
      return client.outbox.findMany({
        where: { sendingSince: { not: null }, status: 'delivered', channel: { in: channels }, deliveredAt: { lt: before } },
        orderBy: { id: 'asc' }, take: limit,
        select: { id: true, channel: true, chatKey: true, kind: true, payload: true, externalId: true, deliveredAt: true },
      }) as Promise<SentRow[]>;
    },

    /**
     * The send failed with a known outcome: retried later. `mayRepeat`: an earlier send of it may have arrived (this
     * one was a repeat), so the retry is one too; otherwise it is retried as a first send.
     */
    async retryAt(id: bigint, next: Date, error: string, mayRepeat = false): Promise<void> {
      await client.outbox.update({ where: { id }, data: { leaseUntil: null, nextAttemptAt: next, lastError: error, ...(mayRepeat ? {} : { sendingSince: null }) } });
    },

    async giveUp(id: bigint, error: string): Promise<void> {
      await client.outbox.update({ where: { id }, data: { status: 'failed', payload: JSON_NULL, leaseUntil: null, lastError: error, sendingSince: null } });
    },

    /** Gives leased rows back untried (they wait behind a failed row of their chat). */
    async release(ids: bigint[]): Promise<void> {
      if (ids.length) await client.outbox.updateMany({ where: { id: { in: ids } }, data: { leaseUntil: null, attempts: { decrement: 1 } } });
    },

    /** Takes and erases a chat's pending rows in one statement (a page that polls): each is returned once. */
    async takePending(channel: string, chatKey: string): Promise<OutboundMessage[]> {
      const rows = await client.$queryRaw<{ id: bigint; payload: OutboundMessage }[]>`
        WITH taken AS (SELECT "id", "payload" FROM "Outbox" WHERE "channel" = ${channel} AND "chatKey" = ${chatKey}
          AND "status" = 'pending' ORDER BY "id" FOR UPDATE SKIP LOCKED)
        UPDATE "Outbox" o SET "status" = 'delivered', "payload" = NULL, "deliveredAt" = now()
        FROM taken WHERE o."id" = taken."id" RETURNING taken."id", taken."payload"`;
      return rows.sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => r.payload);
    },

    /**
     * The people deleted their data (or their idle sessions expired): what is still waiting is cancelled, and no row
     * points at them any more (`replacement`), so the delivery counts stay.
     */
    async forgetChats(chatKeys: string[], replacement: string): Promise<void> {
      if (!chatKeys.length) return;
      await client.outbox.updateMany({ where: { chatKey: { in: chatKeys }, status: 'pending' }, data: { payload: JSON_NULL, status: 'cancelled' } });
      await client.outbox.updateMany({ where: { chatKey: { in: chatKeys } }, data: { chatKey: replacement } });
    },

  };
}

export type OutboxRepository = ReturnType<typeof outboxRepository>;
