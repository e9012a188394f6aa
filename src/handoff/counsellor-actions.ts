// What counsellors do to a case — claim, answer, note, end the relay, close — as plain functions over the
// database and the core, so the Telegram group handlers stay thin and tests can reason about them.
import type { Core } from '../core/engine.js';
import { langOf, type Translator } from '../core/i18n.js';
import type { Db } from '../db/database.js';
import type { Case } from '../db/generated/client.js';
import type { Sealer } from '../privacy/sealer.js';
import { addEvent } from '../cases/case-store.js';
import { staffRow } from './escalation-effects.js';
import { Prisma } from '../db/generated/client.js';

export const OUTCOMES = ['counselled', 'referred-police', 'referred-health', 'referred-legal', 'referred-shelter', 'unreachable', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CounsellorActionDeps {
  db: Db;
  core: Core;
  i18n: Translator;
  sealer: Sealer;
  now: () => Date;
  kick: () => void;
}

export type ClaimResult = { ok: true; row: Case } | { ok: false; reason: 'unknown' | 'taken' | 'closed'; alias?: string };


export function counsellorActions(deps: CounsellorActionDeps) {
  const { db, core, i18n } = deps;

  /** Whether a counsellor may write to the person now: they agreed, and did not leave by quick exit since. */
  const canWrite = async (row: Case) => {
    if (!row.chatKey) return false;
    const conv = await db.conversation.findFirst({ where: { channel: row.channel, chatKey: row.chatKey }, select: { relayAllowed: true, relayPaused: true } });
    return Boolean(conv?.relayAllowed && !conv.relayPaused);
  };

  return {
    canWrite,

    async findByRef(ref: string) {
      return db.case.findUnique({ where: { ref } });
    },

    async claim(ref: string, counsellorKey: string, alias: string): Promise<ClaimResult> {
      const at = deps.now();
      // One conditional UPDATE decides the race: exactly one claimant sees a row change.
      const won = await db.$transaction(async (tx) => {
        const changed = await tx.case.updateMany({ where: { ref, status: 'open', claimedBy: null }, data: { status: 'claimed', claimedBy: counsellorKey, claimedAlias: alias } });
        if (changed.count !== 1) return null;
        const row = await tx.case.findUniqueOrThrow({ where: { ref } });
        await addEvent(tx, row.id, 'claimed', at, { by: counsellorKey });
        await tx.timer.updateMany({ where: { caseId: row.id, firedAt: null }, data: { firedAt: at } });
        return row;
      });
      if (!won) {
        const row = await db.case.findUnique({ where: { ref } });
        if (!row) return { ok: false, reason: 'unknown' };
        return { ok: false, reason: row.status === 'closed' ? 'closed' : 'taken', alias: row.claimedAlias ?? undefined };
      }
      if (await canWrite(won)) await core.notify(won.channel as never, won.chatKey!, { type: 'counsellor.joined', alias, at: at.getTime() });
      return { ok: true, row: won };
    },

    /** Relays a counsellor's message to the person through the bot, as a new, silent message. */
    async answer(row: Case, counsellorKey: string, text: string): Promise<'sent' | 'not-claimer' | 'not-allowed'> {
      if (row.claimedBy !== counsellorKey || row.status !== 'claimed') return 'not-claimer';
      if (!(await canWrite(row))) return 'not-allowed';
      const at = deps.now();
      const conv = await db.conversation.findFirstOrThrow({ where: { channel: row.channel, chatKey: row.chatKey! }, select: { lang: true } });
      const lang = langOf(conv.lang);
      await db.$transaction(async (tx) => {
        const first = (await tx.caseEvent.count({ where: { caseId: row.id, type: 'first-answer' } })) === 0;
        if (first) await addEvent(tx, row.id, 'first-answer', at);
        await addEvent(tx, row.id, 'counsellor-message', at);
        await tx.outbox.create({ data: { channel: row.channel, chatKey: row.chatKey!, kind: 'reply',
          payload: { text: i18n.t(lang, 'relay-from-counsellor', { alias: row.claimedAlias ?? '', text }), silent: true } } });
      });
      deps.kick();
      return 'sent';
    },

    async note(row: Case, counsellorKey: string, text: string) {
      // Internal notes may name people: sealed like contact details.
      await addEvent(db, row.id, 'note', deps.now(), { by: counsellorKey, sealed: deps.sealer.seal(text, `case-note:${row.id}`) });
    },

    async endRelay(row: Case, counsellorKey: string) {
      await addEvent(db, row.id, 'relay-ended', deps.now(), { by: counsellorKey });
      if (row.chatKey) await core.notify(row.channel as never, row.chatKey, { type: 'counsellor.ended', at: deps.now().getTime() });
    },

    async close(ref: string, counsellorKey: string, outcome: Outcome): Promise<Case | null> {
      const at = deps.now();
      const row = await db.$transaction(async (tx) => {
        const changed = await tx.case.updateMany({ where: { ref, status: { in: ['open', 'claimed', 'draft'] } }, data: { status: 'closed', outcome, closedAt: at } });
        if (changed.count !== 1) return null;
        const closed = await tx.case.findUniqueOrThrow({ where: { ref } });
        await addEvent(tx, closed.id, 'closed', at, { by: counsellorKey, outcome });
        await tx.timer.updateMany({ where: { caseId: closed.id, firedAt: null }, data: { firedAt: at } });
        const notice = staffRow(closed.id, 'notice', i18n.t('vi', 'staff-closed', { ref, outcome: i18n.t('vi', `staff-outcome-${outcome}`) }));
        await tx.outbox.create({ data: { ...notice, payload: notice.payload as unknown as Prisma.InputJsonValue } });
        return closed;
      });
      if (!row) return null;
      deps.kick();
      if (row.chatKey && row.claimedBy && (await canWrite(row))) {
        await core.notify(row.channel as never, row.chatKey, { type: 'counsellor.ended', at: at.getTime() });
      }
      return row;
    },

    async queue(now: Date) {
      const rows = await db.case.findMany({ where: { status: { in: ['open', 'claimed'] }, level: { not: null } }, orderBy: { createdAt: 'asc' } });
      const rank = (l: string | null) => ['danger', 'selfharm', 'ongoing', 'talk'].indexOf(l ?? 'talk');
      return rows.sort((a, b) => rank(a.level) - rank(b.level) || a.createdAt.getTime() - b.createdAt.getTime())
        .map((r) => ({ ref: r.ref, level: r.level ?? 'talk', status: r.status, alias: r.claimedAlias, minutes: Math.round((now.getTime() - r.createdAt.getTime()) / 60_000) }));
    },
  };
}

export type CounsellorActions = ReturnType<typeof counsellorActions>;
