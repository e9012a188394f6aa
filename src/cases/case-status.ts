// "Where is my report?": a person types their reference code and sees its status and what happens next.
// Only in the chat that made the case: a code typed anywhere else gets exactly the answer of a code that does not
// exist, so a code seen on someone's phone reveals nothing. A draft (never sent, its code never shown) is unknown too.
import type { EffectHandlers } from '../core/effects.js';
import { normaliseReference } from './reference-code.js';

export function caseStatusEffects(): EffectHandlers {
  return {
    async 'case.status'(ctx, e) {
      const ref = normaliseReference(e.ref);
      const found = ref ? await ctx.repos.cases.byRef(ref) : null;
      const row = found && found.chatKey === ctx.chatKey && found.channel === ctx.channel ? found : null;
      if (!row || row.status === 'draft') {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-status-unknown') });
        return;
      }
      if (row.status === 'claimed') {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-status-claimed', { ref: row.ref }) });
      } else if (row.status === 'closed') {
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-status-closed', { ref: row.ref }) });
      } else {
        // Waiting for a counsellor only if it was handed to them (the hand-off escalates only where they exist).
        const queued = await ctx.repos.cases.hasEvent(row.id, 'escalated');
        ctx.out.push({ text: ctx.i18n.t(ctx.lang, 'case-status-received', { ref: row.ref, queued: queued ? 'yes' : 'no' }) });
      }
    },
  };
}
