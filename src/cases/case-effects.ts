// The flow's case effects: upsert (one open case per person; repeated danger updates it), submit, abandon.
import type { EffectHandlers } from '../core/effects.js';
import type { CaseChange } from '../db/repositories/index.js';
import type { Sealer } from '../privacy/sealer.js';
import { mergeAnswers, openCaseOf } from './case-store.js';
import { openDetails, sealDetails } from './case-details.js';

export interface CaseEffectDeps {
  sealer: Sealer;
  /** The one GBVIMS incident type for a set of answers (pure, from the flows). */
  gbvimsType?: (answers: Record<string, unknown>) => string | null;
}

export function caseEffects(deps: CaseEffectDeps): EffectHandlers {
  return {
    async 'case.upsert'(ctx, e) {
      const { cases } = ctx.repos;
      let row = await openCaseOf(cases, { channel: ctx.channel, chatKey: ctx.chatKey, at: ctx.at,
        status: e.status === 'open' || e.urgency === 'urgent' ? 'open' : 'draft', urgency: e.urgency ?? 'normal' });
      if (e.answers && Object.keys(e.answers).length) row = await mergeAnswers(cases, deps.sealer, row, e.answers);
      const change: CaseChange = {};
      if (e.province) change.province = e.province;
      // Urgency only ever rises: a later calm answer must not hide an earlier danger.
      if (e.urgency === 'urgent' && row.urgency !== 'urgent') {
        change.urgency = 'urgent';
        await cases.addEvent(row.id, { type: 'urgency-raised' }, ctx.at);
      }
      if (row.status === 'draft' && (e.status === 'open' || e.urgency === 'urgent')) change.status = 'open';
      if (Object.keys(change).length) await cases.update(row.id, change);
      if (e.answers?.risk) await cases.addEvent(row.id, { type: 'risk-reported', data: { risk: e.answers.risk } }, ctx.at);
    },

    async 'case.submit'(ctx) {
      const { cases } = ctx.repos;
      const row = await cases.findOpen(ctx.chatKey);
      if (!row) return;
      const answers = row.answers as Record<string, unknown>;
      await cases.update(row.id, { status: row.status === 'draft' ? 'open' : row.status, gbvimsType: deps.gbvimsType?.(answers) ?? null });
      await cases.addEvent(row.id, { type: 'submitted' }, ctx.at);
      ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-submitted', { ref: row.ref }) });
    },

    async 'case.abandon'(ctx, e) {
      const { cases } = ctx.repos;
      const row = await cases.findOpen(ctx.chatKey);
      if (!row || row.status !== 'draft') return;
      // The person stopped half-way: keep only what they agreed to keep; nothing → the draft disappears.
      const keep = new Set(e.keep ?? []);
      const answers = Object.fromEntries(Object.entries(row.answers as Record<string, unknown>).filter(([k]) => keep.has(k)));
      if (!keep.size) {
        await cases.remove(row.id);
        return;
      }
      const details = Object.fromEntries(Object.entries(openDetails(deps.sealer, row)).filter(([k]) => keep.has(k)));
      await cases.update(row.id, {
        answers, detailsSealed: sealDetails(deps.sealer, row.id, details), contactSealed: keep.has('contact') ? row.contactSealed : null,
        status: 'closed', outcome: 'abandoned', closedAt: ctx.at,
      });
      await cases.addEvent(row.id, { type: 'abandoned', data: { kept: [...keep] } }, ctx.at);
    },
  };
}
