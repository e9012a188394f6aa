// The retention job's queries, which cross aggregates: cases whose details expired, anonymous conversations left
// idle, and outbox rows whose text nobody will fetch. Every method is safe to run again and on several instances.
import { Prisma } from '../generated/client.js';
import type { Client } from './client.js';
import { OPEN_STATUSES } from './case-repository.js';
import type { CaseEventType } from '../../cases/case-events.js';

export interface ExpiredCase { id: string; answers: unknown }
export interface IdleChat { channel: string; chatKey: string }

export function retentionRepository(client: Client) {
  return {
    /**
     * Cases whose private details expired and that still hold some: closed before `cutoff`, or still open (draft,
     * open, claimed) with neither a change nor a timeline event since `cutoff`. "Some" is contact details, sealed free
     * text, free text left in clear in `answers` (`freeTextKeys`), a note's text or the console's copy of the thread.
     */
    expiredCases(cutoff: Date, freeTextKeys: readonly string[], limit = 500): Promise<ExpiredCase[]> {
      const clearText = freeTextKeys.length
        ? Prisma.sql`OR ${Prisma.join(freeTextKeys.map((k) => Prisma.sql`c."answers" ->> ${k} IS NOT NULL`), ' OR ')}`
        : Prisma.empty;
      return client.$queryRaw<ExpiredCase[]>`
        SELECT c."id", c."answers" FROM "Case" c
        WHERE ((c."status" = 'closed' AND c."closedAt" < ${cutoff})
            OR (c."status" IN (${Prisma.join([...OPEN_STATUSES])}) AND c."updatedAt" < ${cutoff}
                AND NOT EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c."id" AND e."at" >= ${cutoff})))
          AND (c."contactSealed" IS NOT NULL OR c."detailsSealed" IS NOT NULL ${clearText}
            OR EXISTS (SELECT 1 FROM "CaseEvent" n WHERE n."caseId" = c."id" AND n."type" = 'note' AND n."data" ->> 'sealed' IS NOT NULL)
            OR EXISTS (SELECT 1 FROM "ConsoleMessage" m WHERE m."caseId" = c."id"))
        ORDER BY c."id" LIMIT ${limit}`;
    },

    /** The cases' contact details and sealed free text go, each with its `details-purged` timeline event. */
    async markDetailsPurged(caseIds: string[], at: Date): Promise<void> {
      if (!caseIds.length) return;
      await client.case.updateMany({ where: { id: { in: caseIds } }, data: { contactSealed: null, detailsSealed: null } });
      const purged: CaseEventType = 'details-purged';
      await client.caseEvent.createMany({ data: caseIds.map((caseId) => ({ caseId, type: purged, at })) });
    },

    /**
     * Locks (SKIP LOCKED: a conversation being answered right now is left alone) conversations untouched since
     * `cutoff` whose person has no case at all. Call inside a transaction, then `forgetChats`.
     */
    idleChatsWithoutCase(cutoff: Date, limit = 500): Promise<IdleChat[]> {
      return client.$queryRaw<IdleChat[]>`
        SELECT v."channel", v."chatKey" FROM "Conversation" v
        WHERE v."updatedAt" < ${cutoff} AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."chatKey" = v."chatKey")
        ORDER BY v."updatedAt" LIMIT ${limit} FOR UPDATE OF v SKIP LOCKED`;
    },

    /**
     * Deletes the chats' conversations, sealed addresses and recorded message ids (their outbox rows are the outbox
     * repository's `forgetChats`, as for a "delete my data").
     */
    async forgetChats(chats: IdleChat[]): Promise<void> {
      if (!chats.length) return;
      const keys = chats.map((c) => c.chatKey);
      await client.conversation.deleteMany({ where: { OR: chats.map((c) => ({ channel: c.channel, chatKey: c.chatKey })) } });
      await client.chatAddress.deleteMany({ where: { chatKey: { in: keys } } });
      await client.chatMessage.deleteMany({ where: { OR: chats.map((c) => ({ channel: c.channel, chatKey: c.chatKey })) } });
    },

    /** Sealed chat addresses older than `cutoff` that neither a conversation nor a case needs any more. */
    async forgetOrphanAddresses(cutoff: Date): Promise<number> {
      return client.$executeRaw`
        DELETE FROM "ChatAddress" a WHERE a."updatedAt" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "Conversation" v WHERE v."chatKey" = a."chatKey")
          AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."chatKey" = a."chatKey")`;
    },

    /**
     * Message ids recorded before `cutoff` for a chat that has no conversation any more: nobody can quick-exit
     * them, and they still carry the chat's pseudonym. None should exist (a deletion removes them, and a send's
     * late records skip a forgotten chat); this catches any path that did not.
     */
    async forgetOrphanMessages(cutoff: Date): Promise<number> {
      return client.$executeRaw`
        DELETE FROM "ChatMessage" m WHERE m."sentAt" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "Conversation" v WHERE v."channel" = m."channel" AND v."chatKey" = m."chatKey")`;
    },

    /**
     * Web chat messages written before `before` and never fetched: the page that would poll for them is gone (its
     * session id lived in a closed tab), and they may hold a counsellor's words in clear. Deleted.
     */
    async dropUnpolledWeb(before: Date): Promise<number> {
      return (await client.outbox.deleteMany({ where: { channel: 'web', status: 'pending', createdAt: { lt: before } } })).count;
    },

    /** Rows that are no longer pending keep no text (delivery erases it; this catches any path that did not).
     * A delivered row whose records are not written yet (`sendingSince` set: a crash between the send and its
     * records) keeps its payload until delivery replays them from it. */
    async dropSpentPayloads(): Promise<number> {
      return client.$executeRaw`UPDATE "Outbox" SET "payload" = NULL WHERE "status" <> 'pending' AND "payload" IS NOT NULL AND "sendingSince" IS NULL`;
    },
  };
}

export type RetentionRepository = ReturnType<typeof retentionRepository>;
