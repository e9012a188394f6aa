// What counsellors do to a case — claim, answer, note, end the relay, close — whatever desk they use. Each is one
// `core.dispatch`: the case change, its timeline event, the desk's notice and what the person's flow shows them
// commit together. The desk adapters only translate their platform into these calls.
import type { Core } from '../core/engine.js';
import type { Channel } from '../core/messages.js';
import type { Case, TimelineEntry } from '../db/repositories/index.js';
import type { Store } from '../db/repositories/index.js';
import type { Sealer } from '../privacy/sealer.js';
import { OUTCOMES, type Outcome } from '../cases/case-events.js';
import { deskRow } from './desk-rows.js';
import { levelRank } from './levels.js';
import { mayWrite } from './may-write.js';

export { OUTCOMES, type Outcome };

export interface CounsellorActionDeps {
  store: Store;
  core: Core;
  sealer: Sealer;
  now: () => Date;
  /** The desk's id: its notices are outbox rows on this channel (null: no desk, the dashboard alone). */
  desk: string | null;
}

export type ClaimResult = { ok: true; row: Case; canWrite: boolean } | { ok: false; reason: 'unknown' | 'taken' | 'closed'; alias?: string };
export type AnswerResult = 'sent' | 'not-claimer' | 'not-allowed';

/** Where a case's person is, for the core; null when the person deleted their data. */
const personOf = (row: Case) => (row.chatKey ? { channel: row.channel as Channel, chatKey: row.chatKey } : null);

export function counsellorActions(deps: CounsellorActionDeps) {
  const { store, core } = deps;

  return {
    findByRef: (ref: string) => store.cases.byRef(ref),
    findById: (id: string) => store.cases.byId(id),
    timeline: (caseId: string): Promise<TimelineEntry[]> => store.cases.timeline(caseId),
    aliasOf: (counsellorKey: string) => store.counsellors.alias(counsellorKey),
    setAlias: (counsellorKey: string, alias: string) => store.counsellors.setAlias(counsellorKey, alias),

    /**
     * The case a desk message belongs to: its thread (a forum topic), its card, or a message the desk posted for
     * it (a reply to any of them). `quotedRef` is the reference named in the bot's own message being replied to:
     * the desk records a message only after it is sent, so a reply that comes within moments finds the case by it.
     */
    async caseInThread(where: { thread?: string; replyTo?: string; quotedRef?: string }): Promise<Case | null> {
      if (where.thread) {
        const byThread = await store.cases.byDeskThread(where.thread);
        if (byThread) return byThread;
      }
      const posted = where.replyTo && deps.desk ? await store.cases.byDeskMessage(deps.desk, where.replyTo) : null;
      return posted ?? (where.replyTo && where.quotedRef ? store.cases.byRef(where.quotedRef) : null);
    },

    async claim(ref: string, counsellorKey: string, alias: string): Promise<ClaimResult> {
      const at = deps.now();
      const found = await store.cases.byRef(ref);
      if (!found) return { ok: false, reason: 'unknown' };
      const won = await core.dispatch(personOf(found),
        (r: { row: Case; canWrite: boolean } | null) => (r?.canWrite ? { type: 'counsellor.joined', alias, at: at.getTime() } : null),
        {
          async within({ repos, conversation }) {
            // One conditional UPDATE decides the race: exactly one claimant sees a row change.
            const row = await repos.cases.claim(ref, counsellorKey, alias);
            if (!row) return null;
            await repos.cases.addEvent(row.id, { type: 'claimed', data: { by: counsellorKey } }, at);
            await repos.cases.stopTimers(row.id, at);
            return { row, canWrite: mayWrite(conversation) };
          },
        });
      if (won) return { ok: true, ...won };
      const row = await store.cases.byRef(ref);
      if (!row) return { ok: false, reason: 'unknown' };
      return { ok: false, reason: row.status === 'closed' ? 'closed' : 'taken', alias: row.claimedAlias ?? undefined };
    },

    /** Relays a counsellor's message to the person: the person's flow shows it, as a new, silent message. */
    async answer(row: Case, counsellorKey: string, text: string): Promise<AnswerResult> {
      if (row.claimedBy !== counsellorKey || row.status !== 'claimed') return 'not-claimer';
      const at = deps.now();
      return core.dispatch<AnswerResult>(personOf(row),
        (result) => (result === 'sent' ? { type: 'counsellor.text', text, alias: row.claimedAlias ?? undefined, at: at.getTime() } : null),
        {
          async within({ repos, conversation }) {
            if (!mayWrite(conversation)) return 'not-allowed';
            if (!(await repos.cases.hasEvent(row.id, 'first-answer'))) await repos.cases.addEvent(row.id, { type: 'first-answer' }, at);
            await repos.cases.addEvent(row.id, { type: 'counsellor-message' }, at);
            return 'sent';
          },
        });
    },

    /** An internal note: the person sees nothing; sealed, since notes may name people. */
    async note(row: Case, counsellorKey: string, text: string): Promise<void> {
      const at = deps.now();
      await core.dispatch(null, null, {
        within: ({ repos }) => repos.cases.addEvent(row.id, { type: 'note', data: { by: counsellorKey, sealed: deps.sealer.seal(text, `case-note:${row.id}`) } }, at),
      });
    },

    /** The counsellor leaves the conversation (the case stays open). */
    async endRelay(row: Case, counsellorKey: string): Promise<void> {
      const at = deps.now();
      await core.dispatch(personOf(row), { type: 'counsellor.ended', at: at.getTime() }, {
        within: ({ repos }) => repos.cases.addEvent(row.id, { type: 'relay-ended', data: { by: counsellorKey } }, at),
      });
    },

    async close(ref: string, counsellorKey: string, outcome: Outcome): Promise<Case | null> {
      const at = deps.now();
      const found = await store.cases.byRef(ref);
      if (!found) return null;
      return core.dispatch(personOf(found),
        (r: { row: Case; tell: boolean } | null) => (r?.tell ? { type: 'counsellor.ended', at: at.getTime() } : null),
        {
          async within({ repos, conversation, send }) {
            const closed = await repos.cases.close(ref, outcome, at);
            if (!closed) return null;
            await repos.cases.addEvent(closed.id, { type: 'closed', data: { by: counsellorKey, outcome } }, at);
            await repos.cases.stopTimers(closed.id, at);
            if (deps.desk) send(deskRow(deps.desk, closed.id, 'notice', { noticeKey: 'staff-closed', outcome }));
            // The person is told only when a counsellor was talking with them.
            return { row: closed, tell: Boolean(closed.claimedBy && mayWrite(conversation)) };
          },
        }).then((r) => r?.row ?? null);
    },

    /** Open and claimed escalated cases, most urgent first, then oldest first. */
    async queue(now: Date) {
      const rows = await store.cases.queue();
      return rows.sort((a, b) => levelRank(a.level ?? 'talk') - levelRank(b.level ?? 'talk') || a.createdAt.getTime() - b.createdAt.getTime())
        .map((r) => ({ ref: r.ref, level: r.level ?? 'talk', status: r.status, alias: r.claimedAlias, minutes: Math.round((now.getTime() - r.createdAt.getTime()) / 60_000) }));
    },
  };
}

export type CounsellorActions = ReturnType<typeof counsellorActions>;
