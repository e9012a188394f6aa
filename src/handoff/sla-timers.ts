// Claim deadlines live in the Timer table, so they fire after a restart. An unclaimed case is announced again
// after its deadline, then again with a mention of the counsellors on duty, and so on until someone claims it.
// When nobody claims in time the person is told honestly and given the hotlines.
import type { Config } from '../config.js';
import { langOf, type Translator } from '../core/i18n.js';
import type { Db } from '../db/database.js';
import { Prisma } from '../db/generated/client.js';
import { type Logger, errorFields } from '../logger.js';
import { addEvent } from '../cases/case-store.js';
import { staffRow } from './escalation-effects.js';
import { claimDeadlineMinutes } from './levels.js';
import { nextOnDuty, type Schedule } from './on-duty.js';
import type { EscalationLevel } from '../../flows/contract.js';

export interface SlaDeps { db: Db; config: Config; schedule: Schedule; i18n: Translator; log: Logger; now: () => Date; kick: () => void }

interface DueTimer { id: bigint; caseId: string | null; data: { round?: number } }

export function slaTimers(deps: SlaDeps) {
  const { db } = deps;

  const fire = async (timer: DueTimer): Promise<void> => {
    const at = deps.now();
    await db.$transaction(async (tx) => {
      const done = await tx.timer.updateMany({ where: { id: timer.id, firedAt: null }, data: { firedAt: at, leaseUntil: null } });
      if (done.count !== 1 || !timer.caseId) return;
      const row = await tx.case.findUnique({ where: { id: timer.caseId } });
      if (!row || row.status !== 'open') return;
      const round = timer.data.round ?? 1;
      const add = async (r: ReturnType<typeof staffRow> | { channel: string; chatKey: string; kind: string; payload: object }) =>
        tx.outbox.create({ data: { ...r, payload: r.payload as Prisma.InputJsonValue } });
      await add(staffRow(row.id, 'announce', '', { round }));
      await addEvent(tx, row.id, 'announced', at, { round });
      const minutes = claimDeadlineMinutes(deps.config, (row.level ?? 'talk') as EscalationLevel);
      // Off duty, the next reminder waits for the start of the next shift instead of ringing all night.
      const next = nextOnDuty(deps.schedule, new Date(at.getTime() + minutes * 60_000));
      await tx.timer.create({ data: { kind: 'claim-sla', caseId: row.id, dueAt: next, data: { round: round + 1 } } });
      if (round === 1 && row.chatKey) {
        // Only to a person who agreed to be written to here, and not after a quick exit.
        const conv = await tx.conversation.findFirst({ where: { channel: row.channel, chatKey: row.chatKey }, select: { lang: true, relayAllowed: true, relayPaused: true } });
        if (conv?.relayAllowed && !conv.relayPaused) {
          const lang = langOf(conv.lang);
          const wait = Math.max(1, Math.round((next.getTime() - at.getTime()) / 60_000));
          await add({ channel: row.channel, chatKey: row.chatKey, kind: 'reply', payload: { text: deps.i18n.t(lang, 'escalation-delayed', { minutes: wait }), silent: true } });
          await addEvent(tx, row.id, 'person-told-delay', at);
        }
      }
    });
  };

  return {
    /** Fires every due timer once (leases keep two instances from firing the same one). Returns how many fired. */
    async runOnce(): Promise<number> {
      const at = deps.now();
      const due = await db.$queryRaw<DueTimer[]>`
        UPDATE "Timer" t SET "leaseUntil" = ${new Date(at.getTime() + 60_000)}
        WHERE t."id" IN (SELECT "id" FROM "Timer" WHERE "firedAt" IS NULL AND "dueAt" <= ${at}
          AND ("leaseUntil" IS NULL OR "leaseUntil" < ${at}) ORDER BY "dueAt" LIMIT 50 FOR UPDATE SKIP LOCKED)
        RETURNING t."id", t."caseId", t."data"`;
      for (const timer of due) {
        await fire(timer).catch((err) => deps.log.error({ timer: String(timer.id), err: errorFields(err) }, 'timer failed; it will fire again'));
      }
      if (due.length) deps.kick();
      return due.length;
    },
  };
}
