// Contact details and free text of a closed case are deleted RETENTION_DAYS after closing (a daily job; it runs
// at start too, so a machine that was off still catches up). Structured, anonymised answers stay for the counts.
import type { Store } from '../db/repositories/index.js';

/** Answers that are free text typed by the person. */
export const FREE_TEXT_ANSWERS = ['commune', 'provinceTyped', 'note', 'details', 'otherKind'];

export async function purgeExpiredCaseDetails(store: Store, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  // The console's copy of the person's words (the dashboard's desk) goes at the same time as the contact details.
  await store.consoleMessages.purgeClosedBefore(cutoff);
  const due = await store.cases.withExpiredDetails(cutoff, FREE_TEXT_ANSWERS);
  for (const row of due) {
    const answers = Object.fromEntries(Object.entries(row.answers as Record<string, unknown>).filter(([k]) => !FREE_TEXT_ANSWERS.includes(k)));
    await store.transaction(async ({ cases }) => {
      await cases.update(row.id, { contactSealed: null, answers });
      await cases.addEvent(row.id, { type: 'details-purged' }, now);
    });
  }
  return due.length;
}

/** Update ids are only needed to drop a repeat delivered soon after: forget them after two weeks. */
export async function purgeOldUpdateIds(store: Store, now = new Date()): Promise<number> {
  return store.conversations.forgetUpdatesBefore(new Date(now.getTime() - 14 * 86_400_000));
}
