// The counsellor hand-off: escalation effects, the counsellors' desk, claim deadlines. The desk adapter (the
// Telegram group today, the dashboard's console next) is given explicitly; without one the hand-off still answers
// escalations honestly with the hotlines.
import { errorFields } from '../logger.js';
import type { AppContext, AppModule } from '../app.js';
import { conversationEffects } from '../core/conversation-effects.js';
import { counsellorActions } from './counsellor-actions.js';
import type { DeskAdapter } from './desk.js';
import { deskSender } from './desk-sender.js';
import { handoffEffects } from './escalation-effects.js';
import { isOnDuty, parseSchedule } from './on-duty.js';
import { counsellorDesks } from './people.js';
import { slaTimers } from './sla-timers.js';

export interface HandoffOptions {
  /** The counsellors' desk; absent: no hand-off, people are given the hotlines. */
  desk?: DeskAdapter;
  /** The clock of deadlines and schedules; tests control it. */
  now?: () => Date;
}

export function handoffModule(ctx: AppContext, opts: HandoffOptions): AppModule {
  const { config, database, i18n, log: rootLog } = ctx;
  const log = rootLog.child({ part: 'handoff' });
  const now = opts.now ?? (() => new Date());
  const schedule = parseSchedule(config.ON_DUTY_HOURS);
  // The same answer the flows get (people.ts): no promise of a counsellor where nobody can claim a case.
  const desk = opts.desk && counsellorDesks(config).length > 0 ? opts.desk : undefined;
  const effects = handoffEffects({ config, schedule, desk: desk?.id, base: conversationEffects });
  if (!desk) {
    log.info('counsellor hand-off is off (needs TELEGRAM_BOT_TOKEN and COUNSELLOR_CHAT_ID): people are given the hotlines');
    return { name: 'handoff', effects };
  }
  const store = database.store;
  desk.listen(counsellorActions({ store, core: ctx.core, sealer: ctx.sealer, now, desk: desk.id }));
  const onDuty = async () => (isOnDuty(schedule, now()) ? desk.onDuty((key) => store.counsellors.alias(key)) : []);
  const timers = slaTimers({ store, core: ctx.core, desk: desk.id, config, schedule, log, now });
  let interval: NodeJS.Timeout | undefined;
  return {
    name: 'handoff',
    effects,
    senders: { [desk.id]: deskSender({ desk, store, i18n, sealer: ctx.sealer, log, now, onDuty }) },
    async start() {
      interval = setInterval(() => void timers.runOnce().catch((err) => log.error({ err: errorFields(err) }, 'timer pass failed')), config.OUTBOX_POLL_MS);
      await timers.runOnce();
    },
    async stop() { if (interval) clearInterval(interval); },
    timers,
  } as AppModule & { timers: typeof timers };
}
