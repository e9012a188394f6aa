// The flow's hand-off effects. An escalation is written to the outbox in the same transaction as the case change,
// with a claim-deadline timer in the database, so neither a crash nor a dead channel can lose it.
import type { EscalationLevel } from '../../flows/contract.js';
import type { Config } from '../config.js';
import type { EffectContext, EffectHandlers } from '../core/effects.js';
import { openCaseOf } from '../cases/case-store.js';
import { deskRow } from './desk-rows.js';
import { claimDeadlineMinutes, higherLevel } from './levels.js';
import { isOnDuty, nextOnDuty, vnTime, type Schedule } from './on-duty.js';

export interface HandoffDeps {
  config: Config;
  schedule: Schedule;
  /** The counsellors' desk (its id); none configured: people get the hotlines, never a promise. */
  desk: string | undefined;
  base: EffectHandlers;
}


/** The person left (quick exit, deleted data): the counsellors are told, and reminders of an unclaimed case stop. */
async function markAbandoned(ctx: EffectContext, desk: string | undefined): Promise<void> {
  const { cases } = ctx.repos;
  const open = await cases.findOpen(ctx.chatKey);
  if (!desk || !open || !(await cases.hasEvent(open.id, 'escalated'))) return;
  if (open.status === 'open') {
    await cases.addEvent(open.id, { type: 'abandoned', data: { before: 'claim' } }, ctx.at);
    await cases.stopTimers(open.id, ctx.at);
    ctx.extraOutbox.push(deskRow(desk, open.id, 'notice', { noticeKey: 'staff-person-left' }));
  } else if (open.status === 'claimed') {
    await cases.addEvent(open.id, { type: 'person-exited' }, ctx.at);
    ctx.extraOutbox.push(deskRow(desk, open.id, 'notice', { noticeKey: 'staff-person-exited' }));
  }
}

export function handoffEffects(deps: HandoffDeps): EffectHandlers {
  const { config, schedule } = deps;
  return {
    async escalate(ctx, e) {
      const { cases } = ctx.repos;
      const row = await openCaseOf(cases, { channel: ctx.channel, chatKey: ctx.chatKey, status: 'open', urgency: e.level === 'talk' ? 'normal' : 'urgent', at: ctx.at });
      const desk = deps.desk;
      if (!desk) {
        await cases.addEvent(row.id, { type: 'escalation-unavailable', data: { level: e.level } }, ctx.at);
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-unavailable') });
        return;
      }
      const level: EscalationLevel = higherLevel(row.level, e.level);
      const already = await cases.hasEvent(row.id, 'escalated');
      await cases.update(row.id, { level, status: row.status === 'draft' ? 'open' : row.status });
      if (row.status === 'claimed') {
        // Someone already has the case: tell them, do not queue it again.
        ctx.extraOutbox.push(deskRow(desk, row.id, 'notice', { noticeKey: 'staff-level-raised', level }));
        await cases.addEvent(row.id, { type: 'level-raised', data: { level } }, ctx.at);
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-updated') });
        return;
      }
      if (!already) {
        await cases.addEvent(row.id, { type: 'escalated', data: { level } }, ctx.at);
        ctx.extraOutbox.push(deskRow(desk, row.id, 'escalation'));
        await cases.startTimer(row.id, new Date(ctx.at.getTime() + claimDeadlineMinutes(config, level) * 60_000), 1);
      } else if (level !== row.level) {
        await cases.addEvent(row.id, { type: 'level-raised', data: { level } }, ctx.at);
        ctx.extraOutbox.push(deskRow(desk, row.id, 'escalation'));
        // A more urgent level tightens the deadline of the pending re-announcement.
        await cases.tightenTimer(row.id, new Date(ctx.at.getTime() + claimDeadlineMinutes(config, level) * 60_000));
      }
      if (!isOnDuty(schedule, ctx.at)) {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-out-of-hours', { time: vnTime(nextOnDuty(schedule, ctx.at)) }) });
      } else {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, already ? 'escalation-updated' : 'escalation-queued', { minutes: claimDeadlineMinutes(config, level) }) });
      }
    },

    async 'relay.toCounsellor'(ctx, e) {
      const { cases } = ctx.repos;
      const row = await cases.findOpen(ctx.chatKey);
      // While waiting for a claim, what the person writes goes to the case's thread too (the waiting prompt says
      // so); it is lost only when there is no counsellors' desk or no escalated case to carry it.
      const queued = row?.status === 'open' && (await cases.hasEvent(row.id, 'escalated'));
      if (!deps.desk || !row || (row.status !== 'claimed' && !queued)) {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'relay-no-counsellor') });
        return;
      }
      ctx.extraOutbox.push(deskRow(deps.desk, row.id, 'relay-in', { text: e.text }));
      await cases.addEvent(row.id, { type: 'person-message' }, ctx.at);
    },

    async 'chat.clear'(ctx, e) {
      await markAbandoned(ctx, deps.desk);
      await deps.base['chat.clear']!(ctx, e);
    },

    async 'data.delete'(ctx, e) {
      await markAbandoned(ctx, deps.desk);
      await deps.base['data.delete']!(ctx, e);
    },
  };
}
