// Contact details and free text of a closed case are deleted RETENTION_DAYS after closing (a daily job; it runs
// at start too, so a machine that was off still catches up). Structured, anonymised answers stay for the counts.
import type { Db } from '../db/database.js';
import { Prisma } from '../db/generated/client.js';

/** Answers that are free text typed by the person. */
export const FREE_TEXT_ANSWERS = ['commune', 'provinceTyped', 'note', 'details', 'otherKind'];

export async function purgeExpiredCaseDetails(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const due = await db.case.findMany({
    where: { status: 'closed', closedAt: { lt: cutoff }, OR: [{ contactSealed: { not: null } }, ...FREE_TEXT_ANSWERS.map((k) => ({ answers: { path: [k], not: Prisma.AnyNull } }))] },
    select: { id: true, answers: true },
  });
  for (const row of due) {
    const answers = Object.fromEntries(Object.entries(row.answers as Record<string, unknown>).filter(([k]) => !FREE_TEXT_ANSWERS.includes(k)));
    await db.$transaction([
      db.case.update({ where: { id: row.id }, data: { contactSealed: null, answers: answers as Prisma.InputJsonValue } }),
      db.caseEvent.create({ data: { caseId: row.id, type: 'details-purged', at: now } }),
    ]);
  }
  return due.length;
}

/** Update ids are only needed to drop a repeat delivered soon after: forget them after two weeks. */
export async function purgeOldUpdateIds(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { processedAt: { lt: new Date(now.getTime() - 14 * 86_400_000) } } });
  return count;
}
