// Cases with their timeline and their claim-deadline timers. Every change a case goes through is made here; the
// typed timeline event is written by the same repository, so callers cannot forget its shape.
import type { CaseEvent, CaseEventType, Outcome } from '../../cases/case-events.js';
import { Prisma, type Case } from '../generated/client.js';
import type { Client } from './client.js';
import { toJson } from './json.js';

export type { Case };

/** Statuses of a case that is still going on. */
export const OPEN_STATUSES = ['draft', 'open', 'claimed'] as const;

export interface NewCase { ref: string; channel: string; chatKey: string; status: string; urgency: string; at: Date }

export interface CaseChange {
  status?: string; urgency?: string; level?: string; province?: string; gbvimsType?: string | null;
  answers?: Record<string, unknown>; contactSealed?: string | null; detailsSealed?: string | null; outcome?: string; closedAt?: Date;
  deskThread?: string | null; deskMessage?: string;
}

export interface TimelineEntry { type: string; at: Date; data: unknown }
export interface DueTimer { id: bigint; caseId: string | null; data: { round?: number } }

function toUpdate(change: CaseChange): Prisma.CaseUpdateInput {
  const { answers, deskThread, deskMessage, ...rest } = change;
  return {
    ...rest,
    ...(answers !== undefined ? { answers: toJson(answers) } : {}),
    ...(deskThread !== undefined ? { threadId: deskThread } : {}),
    ...(deskMessage !== undefined ? { groupMessageId: deskMessage } : {}),
  };
}

export function caseRepository(client: Client) {
  const addEvent = async (caseId: string, event: CaseEvent, at: Date): Promise<void> => {
    await client.caseEvent.create({ data: { caseId, type: event.type, at, data: toJson('data' in event ? event.data : {}) } });
  };

  /** The sealed text of the cases' notes goes; the note events stay (who wrote one, when) for the timeline. */
  const dropNoteText = async (caseIds: string[]): Promise<number> => {
    if (!caseIds.length) return 0;
    return client.$executeRaw`UPDATE "CaseEvent" SET "data" = "data" - 'sealed'
      WHERE "type" = 'note' AND "caseId" IN (${Prisma.join(caseIds)}) AND "data" ->> 'sealed' IS NOT NULL`;
  };

  return {
    addEvent,

    async hasEvent(caseId: string, type: CaseEventType): Promise<boolean> {
      return (await client.caseEvent.count({ where: { caseId, type } })) > 0;
    },

    /** Whether the case has had an event of this type after `since` (a notice sent at most once a day). */
    async hasEventSince(caseId: string, type: CaseEventType, since: Date): Promise<boolean> {
      return (await client.caseEvent.count({ where: { caseId, type, at: { gt: since } } })) > 0;
    },

    timeline(caseId: string): Promise<TimelineEntry[]> {
      return client.caseEvent.findMany({ where: { caseId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { type: true, at: true, data: true } });
    },

    byId: (id: string): Promise<Case | null> => client.case.findUnique({ where: { id } }),
    byRef: (ref: string): Promise<Case | null> => client.case.findUnique({ where: { ref } }),
    /** The case whose desk thread (a forum topic) this is. */
    byDeskThread: (thread: string): Promise<Case | null> => client.case.findFirst({ where: { threadId: thread } }),
    /** The case a desk message was posted for (its card, a relayed message, a notice). */
    async byDeskMessage(desk: string, messageId: string): Promise<Case | null> {
      const posted = await client.deskMessage.findUnique({ where: { desk_messageId: { desk, messageId } }, select: { case: true } });
      // Cards posted before desk messages were recorded are found by the case's root message.
      return posted?.case ?? client.case.findFirst({ where: { groupMessageId: messageId } });
    },

    /** Records what a desk posted for a case, so a reply to any of it finds the case. */
    async recordDeskMessages(desk: string, caseId: string, messageIds: string[]): Promise<void> {
      if (messageIds.length) await client.deskMessage.createMany({ data: messageIds.map((messageId) => ({ desk, messageId, caseId })), skipDuplicates: true });
    },

    /** The person's newest case that is still going on. */
    findOpen(chatKey: string): Promise<Case | null> {
      return client.case.findFirst({ where: { chatKey, status: { in: [...OPEN_STATUSES] } }, orderBy: { createdAt: 'desc' } });
    },

    /** Creates a case with its `created` event; null when the reference is taken (the caller draws another). */
    async create(data: NewCase): Promise<Case | null> {
      try {
        const created = await client.case.create({ data: { channel: data.channel, chatKey: data.chatKey, status: data.status, urgency: data.urgency, ref: data.ref, createdAt: data.at, answers: {} } });
        await addEvent(created.id, { type: 'created', data: { status: data.status, urgency: data.urgency } }, data.at);
        return created;
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
        throw error;
      }
    },

    update: (id: string, change: CaseChange): Promise<Case> => client.case.update({ where: { id }, data: toUpdate(change) }),

    async remove(id: string): Promise<void> {
      await client.case.delete({ where: { id } });
    },

    /** One conditional UPDATE decides a race: the case is claimed only if it is open and unclaimed. */
    async claim(ref: string, by: string, alias: string): Promise<Case | null> {
      const changed = await client.case.updateMany({ where: { ref, status: 'open', claimedBy: null }, data: { status: 'claimed', claimedBy: by, claimedAlias: alias } });
      return changed.count === 1 ? client.case.findUniqueOrThrow({ where: { ref } }) : null;
    },

    async close(ref: string, outcome: Outcome, at: Date): Promise<Case | null> {
      const changed = await client.case.updateMany({ where: { ref, status: { in: [...OPEN_STATUSES] } }, data: { status: 'closed', outcome, closedAt: at } });
      return changed.count === 1 ? client.case.findUniqueOrThrow({ where: { ref } }) : null;
    },

    /** A desk thread that is gone is forgotten (only if it is still the case's thread). */
    async forgetDeskThread(id: string, thread: string): Promise<void> {
      await client.case.updateMany({ where: { id, threadId: thread }, data: { threadId: null } });
    },

    /**
     * The person deleted their data: their cases stay for the counts, without a link, contact details, typed free
     * text or the text of counsellors' notes (which may name them).
     */
    async unlinkPerson(chatKey: string): Promise<void> {
      const ids = (await client.case.findMany({ where: { chatKey }, select: { id: true } })).map((c) => c.id);
      await dropNoteText(ids);
      await client.case.updateMany({ where: { chatKey }, data: { chatKey: null, contactSealed: null, detailsSealed: null } });
    },

    dropNoteText,

    /** Escalated cases still waiting or being handled, oldest first. */
    queue(): Promise<Case[]> {
      return client.case.findMany({ where: { status: { in: ['open', 'claimed'] }, level: { not: null } }, orderBy: { createdAt: 'asc' } });
    },

    /** Cases still holding one of `freeTextKeys` in clear in `answers` (written before free text was sealed). */
    withClearFreeText(freeTextKeys: readonly string[]): Promise<{ id: string }[]> {
      return client.case.findMany({ where: { OR: freeTextKeys.map((k) => ({ answers: { path: [k], not: Prisma.AnyNull } })) }, select: { id: true } });
    },

    // ---- claim-deadline timers ----
    async startTimer(caseId: string, dueAt: Date, round: number): Promise<void> {
      await client.timer.create({ data: { kind: 'claim-sla', caseId, dueAt, data: { round } } });
    },

    /** Stops the case's pending timers (claimed, closed, abandoned). */
    async stopTimers(caseId: string, at: Date): Promise<void> {
      await client.timer.updateMany({ where: { caseId, firedAt: null }, data: { firedAt: at } });
    },

    /** A more urgent level brings the pending deadline forward (never back). */
    async tightenTimer(caseId: string, due: Date): Promise<void> {
      await client.timer.updateMany({ where: { caseId, kind: 'claim-sla', firedAt: null, dueAt: { gt: due } }, data: { dueAt: due } });
    },

    /** Leases due timers (SKIP LOCKED: several instances share the work). */
    leaseDueTimers(at: Date, until: Date, limit = 50): Promise<DueTimer[]> {
      return client.$queryRaw<DueTimer[]>`
        UPDATE "Timer" t SET "leaseUntil" = ${until}
        WHERE t."id" IN (SELECT "id" FROM "Timer" WHERE "firedAt" IS NULL AND "dueAt" <= ${at}
          AND ("leaseUntil" IS NULL OR "leaseUntil" < ${at}) ORDER BY "dueAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING t."id", t."caseId", t."data"`;
    },

    /** Marks a timer fired; false when another instance fired it first. */
    async fireTimer(id: bigint, at: Date): Promise<boolean> {
      return (await client.timer.updateMany({ where: { id, firedAt: null }, data: { firedAt: at, leaseUntil: null } })).count === 1;
    },
  };
}

export type CaseRepository = ReturnType<typeof caseRepository>;
