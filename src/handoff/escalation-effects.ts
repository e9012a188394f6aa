// The flow's hand-off effects. An escalation is written to the outbox in the same transaction as the case change,
// with a claim-deadline timer in the database, so neither a crash nor a dead channel can lose it.
import type { EscalationLevel } from '../../flows/contract.js';
import type { Config } from '../config.js';
import type { EffectContext, EffectHandlers } from '../core/effects.js';
import type { OutboundMessage } from '../core/messages.js';
import { addEvent, findOpenCase, openCaseOf } from '../cases/case-store.js';
import type { Case } from '../db/generated/client.js';
import { claimDeadlineMinutes, higherLevel } from './levels.js';
import { isOnDuty, nextOnDuty, vnTime, type Schedule } from './on-duty.js';

export type StaffKind = 'escalation' | 'relay-in' | 'announce' | 'notice';
export interface StaffPayload extends OutboundMessage { caseId: string; staff: StaffKind; round?: number }

export function staffRow(caseId: string, staff: StaffKind, text = '', extra: Partial<StaffPayload> = {}) {
  const payload: StaffPayload = { text, caseId, staff, ...extra };
  return { channel: 'staff', chatKey: `case:${caseId}`, kind: staff, payload };
}

export interface HandoffDeps {
  config: Config;
  schedule: Schedule;
  /** False when no counsellors' channel is configured: people get the hotlines, never a promise. */
  available: boolean;
  base: EffectHandlers;
}

async function wasEscalated(ctx: EffectContext, caseId: string): Promise<boolean> {
  return (await ctx.tx.caseEvent.count({ where: { caseId, type: 'escalated' } })) > 0;
}

/** The person left (quick exit, deleted data): the counsellors are told, and reminders of an unclaimed case stop. */
async function markAbandoned(ctx: EffectContext): Promise<void> {
  const open = await findOpenCase(ctx.tx, ctx.chatKey);
  if (!open || !(await wasEscalated(ctx, open.id))) return;
  if (open.status === 'open') {
    await addEvent(ctx.tx, open.id, 'abandoned', ctx.at, { before: 'claim' });
    await ctx.tx.timer.updateMany({ where: { caseId: open.id, firedAt: null }, data: { firedAt: ctx.at } });
    ctx.extraOutbox.push(staffRow(open.id, 'notice', '', { noticeKey: 'staff-person-left' } as Partial<StaffPayload>));
  } else if (open.status === 'claimed') {
    await addEvent(ctx.tx, open.id, 'person-exited', ctx.at);
    ctx.extraOutbox.push(staffRow(open.id, 'notice', '', { noticeKey: 'staff-person-exited' } as Partial<StaffPayload>));
  }
}

export function handoffEffects(deps: HandoffDeps): EffectHandlers {
  const { config, schedule } = deps;
  return {
    async escalate(ctx, e) {
      const row: Case = await openCaseOf(ctx.tx, { channel: ctx.channel, chatKey: ctx.chatKey, status: 'open', urgency: e.level === 'talk' ? 'normal' : 'urgent', at: ctx.at });
      if (!deps.available) {
        await addEvent(ctx.tx, row.id, 'escalation-unavailable', ctx.at, { level: e.level });
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-unavailable') });
        return;
      }
      const level: EscalationLevel = higherLevel(row.level, e.level);
      const already = await wasEscalated(ctx, row.id);
      await ctx.tx.case.update({ where: { id: row.id }, data: { level, status: row.status === 'draft' ? 'open' : row.status } });
      if (row.status === 'claimed') {
        // Someone already has the case: tell them, do not queue it again.
        ctx.extraOutbox.push(staffRow(row.id, 'notice', '', { noticeKey: 'staff-level-raised', level } as Partial<StaffPayload>));
        await addEvent(ctx.tx, row.id, 'level-raised', ctx.at, { level });
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-updated') });
        return;
      }
      if (!already) {
        await addEvent(ctx.tx, row.id, 'escalated', ctx.at, { level });
        ctx.extraOutbox.push(staffRow(row.id, 'escalation'));
        await ctx.tx.timer.create({ data: { kind: 'claim-sla', caseId: row.id, dueAt: new Date(ctx.at.getTime() + claimDeadlineMinutes(config, level) * 60_000), data: { round: 1 } } });
      } else if (level !== row.level) {
        await addEvent(ctx.tx, row.id, 'level-raised', ctx.at, { level });
        ctx.extraOutbox.push(staffRow(row.id, 'escalation'));
        // A more urgent level tightens the deadline of the pending re-announcement.
        const due = new Date(ctx.at.getTime() + claimDeadlineMinutes(config, level) * 60_000);
        await ctx.tx.timer.updateMany({ where: { caseId: row.id, kind: 'claim-sla', firedAt: null, dueAt: { gt: due } }, data: { dueAt: due } });
      }
      if (!isOnDuty(schedule, ctx.at)) {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'escalation-out-of-hours', { time: vnTime(nextOnDuty(schedule, ctx.at)) }) });
      } else {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, already ? 'escalation-updated' : 'escalation-queued', { minutes: claimDeadlineMinutes(config, level) }) });
      }
    },

    async 'relay.toCounsellor'(ctx, e) {
      const row = await findOpenCase(ctx.tx, ctx.chatKey);
      // While waiting for a claim, what the person writes goes to the case's thread too (the waiting prompt says
      // so); it is lost only when there is no counsellors' group or no escalated case to carry it.
      const queued = row?.status === 'open' && (await wasEscalated(ctx, row.id));
      if (!deps.available || !row || (row.status !== 'claimed' && !queued)) {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'relay-no-counsellor') });
        return;
      }
      ctx.extraOutbox.push(staffRow(row.id, 'relay-in', e.text));
      await addEvent(ctx.tx, row.id, 'person-message', ctx.at);
    },

    async 'chat.clear'(ctx, e) {
      await markAbandoned(ctx);
      await deps.base['chat.clear']!(ctx, e);
    },

    async 'data.delete'(ctx, e) {
      await markAbandoned(ctx);
      await deps.base['data.delete']!(ctx, e);
    },
  };
}
