// The flow's case effects: upsert (one open case per person; repeated danger updates it), submit, abandon.
import type { EffectHandlers } from '../core/effects.js';
import type { Sealer } from '../privacy/sealer.js';
import { Prisma } from '../db/generated/client.js';
import { addEvent, findOpenCase, mergeAnswers, openCaseOf } from './case-store.js';

export interface CaseEffectDeps {
  sealer: Sealer;
  /** The one GBVIMS incident type for a set of answers (pure, from the flows). */
  gbvimsType?: (answers: Record<string, unknown>) => string | null;
}

export function caseEffects(deps: CaseEffectDeps): EffectHandlers {
  return {
    async 'case.upsert'(ctx, e) {
      let row = await openCaseOf(ctx.tx, { channel: ctx.channel, chatKey: ctx.chatKey, at: ctx.at,
        status: e.status === 'open' || e.urgency === 'urgent' ? 'open' : 'draft', urgency: e.urgency ?? 'normal' });
      if (e.answers && Object.keys(e.answers).length) row = await mergeAnswers(ctx.tx, deps.sealer, row, e.answers);
      const data: Prisma.CaseUpdateInput = {};
      if (e.province) data.province = e.province;
      // Urgency only ever rises: a later calm answer must not hide an earlier danger.
      if (e.urgency === 'urgent' && row.urgency !== 'urgent') {
        data.urgency = 'urgent';
        await addEvent(ctx.tx, row.id, 'urgency-raised', ctx.at);
      }
      if (row.status === 'draft' && (e.status === 'open' || e.urgency === 'urgent')) data.status = 'open';
      if (Object.keys(data).length) await ctx.tx.case.update({ where: { id: row.id }, data });
      if (e.answers?.risk) await addEvent(ctx.tx, row.id, 'risk-reported', ctx.at, { risk: e.answers.risk });
    },

    async 'case.submit'(ctx) {
      const row = await findOpenCase(ctx.tx, ctx.chatKey);
      if (!row) return;
      const answers = row.answers as Record<string, unknown>;
      await ctx.tx.case.update({
        where: { id: row.id },
        data: { status: row.status === 'draft' ? 'open' : row.status, gbvimsType: deps.gbvimsType?.(answers) ?? null },
      });
      await addEvent(ctx.tx, row.id, 'submitted', ctx.at);
      ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-submitted', { ref: row.ref }) });
    },

    async 'case.abandon'(ctx, e) {
      const row = await findOpenCase(ctx.tx, ctx.chatKey);
      if (!row || row.status !== 'draft') return;
      // The person stopped half-way: keep only what they agreed to keep; nothing → the draft disappears.
      const keep = new Set(e.keep ?? []);
      const answers = Object.fromEntries(Object.entries(row.answers as Record<string, unknown>).filter(([k]) => keep.has(k)));
      if (!keep.size) {
        await ctx.tx.case.delete({ where: { id: row.id } });
        return;
      }
      await ctx.tx.case.update({
        where: { id: row.id },
        data: { answers: answers as Prisma.InputJsonValue, contactSealed: keep.has('contact') ? row.contactSealed : null, status: 'closed', outcome: 'abandoned', closedAt: ctx.at },
      });
      await addEvent(ctx.tx, row.id, 'abandoned', ctx.at, { kept: [...keep] });
    },
  };
}
