// The case log module: case effects for the flows and the daily retention job (src/cases/retention.ts). At start,
// before the first retention run, free text an older version stored in clear is sealed (the migration cannot).
import { errorFields } from '../logger.js';
import type { AppContext, AppModule } from '../app.js';
import { caseEffects, type CaseEffectDeps } from './case-effects.js';
import { caseStatusEffects } from './case-status.js';
import { sealClearFreeText } from './case-details.js';
import { runRetention } from './retention.js';

const DAY_MS = 86_400_000;

export function casesModule(ctx: AppContext, deps: Omit<CaseEffectDeps, 'sealer'> = {}): AppModule {
  let timer: NodeJS.Timeout | undefined;
  const settings = { retentionDays: ctx.config.RETENTION_DAYS, sessionIdleDays: ctx.config.SESSION_IDLE_DAYS };
  const purge = () => runRetention(ctx.database.store, settings)
    .then((run) => Object.values(run).some(Boolean) && ctx.log.info(run, 'retention: old details purged'))
    .catch((err) => ctx.log.error({ err: errorFields(err) }, 'retention job failed'));
  return {
    name: 'cases',
    effects: { ...caseEffects({ sealer: ctx.sealer, ...deps }), ...caseStatusEffects() },
    async start() {
      const sealed = await sealClearFreeText(ctx.database.store, ctx.sealer);
      if (sealed) ctx.log.info({ cases: sealed }, 'free text sealed (backfill)');
      await purge();
      timer = setInterval(() => void purge(), DAY_MS);
      timer.unref();
    },
    async stop() { if (timer) clearInterval(timer); },
  };
}
