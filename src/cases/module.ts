// The case log module: case effects for the flows and the daily retention job.
import { errorFields } from '../logger.js';
import type { AppContext, AppModule } from '../app.js';
import { caseEffects, type CaseEffectDeps } from './case-effects.js';
import { caseStatusEffects } from './case-status.js';
import { purgeExpiredCaseDetails, purgeOldUpdateIds } from './retention.js';

const DAY_MS = 86_400_000;

export function casesModule(ctx: AppContext, deps: Omit<CaseEffectDeps, 'sealer'> = {}): AppModule {
  let timer: NodeJS.Timeout | undefined;
  const purge = () => Promise.all([purgeExpiredCaseDetails(ctx.database.store, ctx.config.RETENTION_DAYS), purgeOldUpdateIds(ctx.database.store)])
    .then(([cases, updates]) => (cases || updates) && ctx.log.info({ cases, updates }, 'retention: old details purged'))
    .catch((err) => ctx.log.error({ err: errorFields(err) }, 'retention job failed'));
  return {
    name: 'cases',
    effects: { ...caseEffects({ sealer: ctx.sealer, ...deps }), ...caseStatusEffects() },
    async start() {
      await purge();
      timer = setInterval(() => void purge(), DAY_MS);
      timer.unref();
    },
    async stop() { if (timer) clearInterval(timer); },
  };
}
