// What is kept, and for how long (a daily job; it runs at start too, so a machine that was off still catches up):
// - Cases: RETENTION_DAYS after closing — or after the last change or timeline event of a case still open — its
//   contact details, typed free text, the text of its notes and the console's copy of its thread are deleted. The
//   case itself, its structured answers and its timeline stay for the counts. An open case is NOT closed by this:
//   an invented outcome would distort the reports; the dashboard shows it to an admin, who closes it with a real one.
// - Anonymous conversations: idle for SESSION_IDLE_DAYS with no case → deleted with their sealed address and the
//   message ids recorded for a quick exit; their outbox records lose the pseudonym (as with "delete my data").
//   Message ids older than that whose conversation is gone are deleted too, whatever path left them.
// - Web outbox: a message not fetched within SESSION_IDLE_DAYS is deleted (the tab that would poll for it is gone);
//   rows no longer pending keep no text.
// - Update ids: two weeks (they only drop a repeat delivered soon after).
import { DELETED_CHAT } from '../core/sealing-contexts.js';
import type { Store } from '../db/repositories/index.js';
import { FREE_TEXT_ANSWERS, splitFreeText } from './case-details.js';

export { FREE_TEXT_ANSWERS } from './case-details.js';

const DAY_MS = 86_400_000;
const BATCH = 500;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export interface RetentionSettings { retentionDays: number; sessionIdleDays: number }

export interface RetentionRun { cases: number; sessions: number; webRows: number; updates: number }

/** Deletes the private details of cases closed, or left untouched, for `retentionDays`. Returns how many cases. */
export async function purgeExpiredCaseDetails(store: Store, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = daysBefore(now, retentionDays);
  const done = new Set<string>();
  for (;;) {
    const due = (await store.retention.expiredCases(cutoff, FREE_TEXT_ANSWERS, BATCH)).filter((c) => !done.has(c.id));
    if (!due.length) return done.size;
    const ids = due.map((c) => c.id);
    for (const id of ids) done.add(id);
    await store.transaction(async ({ cases, consoleMessages, retention }) => {
      await cases.dropNoteText(ids);
      await consoleMessages.forgetCases(ids);
      // Free text an older version left in clear in the answers (the start-up backfill seals it; this is the rest).
      for (const row of due) {
        const { plain, text } = splitFreeText(row.answers as Record<string, unknown>);
        if (Object.keys(text).length) await cases.update(row.id, { answers: plain });
      }
      await retention.markDetailsPurged(ids, now);
    });
    // A batch shorter than asked was the last one (rows that resist a purge are not retried in this run).
    if (due.length < BATCH) return done.size;
  }
}

/** Deletes conversations idle for `idleDays` whose person has no case, with what belongs to them. */
export async function purgeIdleSessions(store: Store, idleDays: number, now = new Date()): Promise<number> {
  const cutoff = daysBefore(now, idleDays);
  let total = 0;
  for (;;) {
    const gone = await store.transaction(async ({ retention, outbox }) => {
      const chats = await retention.idleChatsWithoutCase(cutoff, BATCH);
      // The outbox first, as for "delete my data" (conversation-effects.ts): a send's late records find no one.
      await outbox.forgetChats(chats.map((c) => c.chatKey), DELETED_CHAT);
      await retention.forgetChats(chats);
      return chats.length;
    });
    total += gone;
    if (gone < BATCH) break;
  }
  await store.retention.forgetOrphanAddresses(cutoff);
  await store.retention.forgetOrphanMessages(cutoff);
  return total;
}

/** Deletes web chat messages nobody fetched within `idleDays`, and the text left in rows no longer pending. */
export async function purgeUnpolledWebMessages(store: Store, idleDays: number, now = new Date()): Promise<number> {
  const dropped = await store.retention.dropUnpolledWeb(daysBefore(now, idleDays));
  await store.retention.dropSpentPayloads();
  return dropped;
}

/** Update ids are only needed to drop a repeat delivered soon after: forget them after two weeks. */
export async function purgeOldUpdateIds(store: Store, now = new Date()): Promise<number> {
  return store.conversations.forgetUpdatesBefore(daysBefore(now, 14));
}

/** The whole daily job, in order. */
export async function runRetention(store: Store, settings: RetentionSettings, now = new Date()): Promise<RetentionRun> {
  return {
    cases: await purgeExpiredCaseDetails(store, settings.retentionDays, now),
    webRows: await purgeUnpolledWebMessages(store, settings.sessionIdleDays, now),
    sessions: await purgeIdleSessions(store, settings.sessionIdleDays, now),
    updates: await purgeOldUpdateIds(store, now),
  };
}
