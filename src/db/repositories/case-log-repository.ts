// Read models of the case log for the dashboard: the filtered, paged list and the rows a report aggregates.
// Cases carry no channel identity; contact details stay sealed here (the dashboard opens them only when allowed).
import type { Case, Prisma } from '../generated/client.js';
import type { Client } from './client.js';

export interface CaseLogFilter {
  from?: Date; to?: Date; status?: string; urgency?: string; kind?: string; province?: string; channel?: string;
  claimedBy?: string; victimAge?: string; victimSex?: string;
}

/** What a report needs of a case (no contact details, no chat key). */
export interface ReportRow {
  id: string; channel: string; status: string; urgency: string; level: string | null; province: string | null;
  answers: unknown; outcome: string | null; createdAt: Date; closedAt: Date | null;
  escalatedAt: Date | null; claimedAt: Date | null; firstAnswerAt: Date | null;
}

function where(f: CaseLogFilter): Prisma.CaseWhereInput {
  const json: Prisma.CaseWhereInput[] = [];
  if (f.kind) json.push({ answers: { path: ['kinds'], array_contains: [f.kind] } });
  if (f.victimAge) json.push({ answers: { path: ['victimAge'], equals: f.victimAge } });
  if (f.victimSex) json.push({ answers: { path: ['victimSex'], equals: f.victimSex } });
  return {
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.urgency ? { urgency: f.urgency } : {}),
    ...(f.province ? { province: f.province } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.claimedBy ? { claimedBy: f.claimedBy } : {}),
    ...(json.length ? { AND: json } : {}),
  };
}

export function caseLogRepository(client: Client) {
  return {
    async list(f: CaseLogFilter, page: number, pageSize: number): Promise<{ rows: Case[]; total: number }> {
      const w = where(f);
      const [rows, total] = await Promise.all([
        client.case.findMany({ where: w, orderBy: { createdAt: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
        client.case.count({ where: w }),
      ]);
      return { rows, total };
    },

    /** Who has claimed cases: claimant key → alias (the list's "claimed by" filter). */
    async claimants(): Promise<{ key: string; alias: string }[]> {
      const rows = await client.case.findMany({ where: { claimedBy: { not: null } }, distinct: ['claimedBy'], select: { claimedBy: true, claimedAlias: true } });
      return rows.map((r) => ({ key: r.claimedBy!, alias: r.claimedAlias ?? '?' }));
    },

    /** Cases created in [from, to) with the times of their first escalation, claim and answer. */
    async reportRows(from: Date, to: Date): Promise<ReportRow[]> {
      const rows = await client.case.findMany({
        where: { createdAt: { gte: from, lt: to }, status: { not: 'draft' } },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, channel: true, status: true, urgency: true, level: true, province: true, answers: true, outcome: true, createdAt: true, closedAt: true,
          events: { where: { type: { in: ['escalated', 'claimed', 'first-answer'] } }, orderBy: { at: 'asc' }, select: { type: true, at: true } },
        },
      });
      return rows.map(({ events, ...r }) => ({
        ...r,
        escalatedAt: events.find((e) => e.type === 'escalated')?.at ?? null,
        claimedAt: events.find((e) => e.type === 'claimed')?.at ?? null,
        firstAnswerAt: events.find((e) => e.type === 'first-answer')?.at ?? null,
      }));
    },

    /** Open cases not touched since `before` (stale: an admin may close them with an outcome). */
    staleOpen(before: Date): Promise<Case[]> {
      return client.case.findMany({ where: { status: { in: ['draft', 'open', 'claimed'] }, updatedAt: { lt: before } }, orderBy: { updatedAt: 'asc' }, take: 200 });
    },
  };
}

export type CaseLogRepository = ReturnType<typeof caseLogRepository>;
