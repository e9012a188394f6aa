// Claim deadlines live in the Timer table, so they fire after a restart. An unclaimed case is announced again
// after its deadline, then again with a mention of the counsellors on duty, and so on until someone claims it.
// When nobody claims in time the person's flow is sent `counsellor.reminder` (it tells them honestly and gives
// the hotlines) in the same transaction as the re-announcement.
import type { EscalationLevel } from '../../flows/contract.js';
import type { Config } from '../config.js';
import type { Core } from '../core/engine.js';
import type { Channel } from '../core/messages.js';
import type { DueTimer, Store } from '../db/repositories/index.js';
import { type Logger, errorFields } from '../logger.js';
import { deskRow } from './desk-rows.js';
import { claimDeadlineMinutes } from './levels.js';
import { mayWrite } from './may-write.js';
import { nextOnDuty, type Schedule } from './on-duty.js';

export interface SlaDeps { store: Store; core: Core; desk: string; config: Config; schedule: Schedule; log: Logger; now: () => Date }

export function slaTimers(deps: SlaDeps) {
  const { store, core } = deps;

  const fire = async (timer: DueTimer): Promise<void> => {
    const at = deps.now();
    const found = timer.caseId ? await store.cases.byId(timer.caseId) : null;
    const person = found?.chatKey ? { channel: found.channel as Channel, chatKey: found.chatKey } : null;
    await core.dispatch(person, (wait: number | null) => (wait === null ? null : { type: 'counsellor.reminder', minutes: wait, at: at.getTime() }), {
      async within({ repos, conversation, send }) {
        if (!(await repos.cases.fireTimer(timer.id, at)) || !timer.caseId) return null;
        const row = await repos.cases.byId(timer.caseId);
        if (!row || row.status !== 'open') return null;
        const round = timer.data.round ?? 1;
        send(deskRow(deps.desk, row.id, 'announce', { round }));
        await repos.cases.addEvent(row.id, { type: 'announced', data: { round } }, at);
        const minutes = claimDeadlineMinutes(deps.config, (row.level ?? 'talk') as EscalationLevel);
        // Off duty, the next reminder waits for the start of the next shift instead of ringing all night.
        const next = nextOnDuty(deps.schedule, new Date(at.getTime() + minutes * 60_000));
        await repos.cases.startTimer(row.id, next, round + 1);
        // Only the first time, and only to a person who agreed to be written to here (not after a quick exit).
        if (round !== 1 || !row.chatKey || !mayWrite(conversation)) return null;
        await repos.cases.addEvent(row.id, { type: 'person-told-delay' }, at);
        return Math.max(1, Math.round((next.getTime() - at.getTime()) / 60_000));
      },
    });
  };

  return {
    /** Fires every due timer once (leases keep two instances from firing the same one). Returns how many fired. */
    async runOnce(): Promise<number> {
      const at = deps.now();
      const due = await store.cases.leaseDueTimers(at, new Date(at.getTime() + 60_000));
      for (const timer of due) {
        await fire(timer).catch((err) => deps.log.error({ timer: String(timer.id), err: errorFields(err) }, 'timer failed; it will fire again'));
      }
      return due.length;
    },
  };
}
