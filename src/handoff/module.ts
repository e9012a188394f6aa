// The counsellor hand-off: escalation effects, the counsellors' group on Telegram, claim deadlines.
// Without COUNSELLOR_CHAT_ID (or without Telegram) it still answers escalations honestly with the hotlines.
import { errorFields } from '../logger.js';
import type { AppContext, AppModule } from '../app.js';
import type { TelegramChannel } from '../channels/telegram/module.js';
import { conversationEffects } from '../core/conversation-effects.js';
import { counsellorActions } from './counsellor-actions.js';
import { handoffEffects } from './escalation-effects.js';
import { isOnDuty, parseSchedule } from './on-duty.js';
import { counsellorDesks } from './people.js';
import { slaTimers } from './sla-timers.js';
import { staffSender } from './staff-sender.js';
import { installGroupHandlers } from './telegram-group.js';

export interface HandoffOptions {
  telegram?: TelegramChannel;
  /** The clock of deadlines and schedules; tests control it. */
  now?: () => Date;
}

export function handoffModule(ctx: AppContext, opts: HandoffOptions): AppModule {
  const { config, database, i18n, log: rootLog } = ctx;
  const log = rootLog.child({ part: 'handoff' });
  const now = opts.now ?? (() => new Date());
  const schedule = parseSchedule(config.ON_DUTY_HOURS);
  const chatId = config.COUNSELLOR_CHAT_ID ? Number(config.COUNSELLOR_CHAT_ID) : undefined;
  // The same answer the flows get (people.ts): no promise of a counsellor where nobody can claim a case.
  const available = Boolean(opts.telegram && chatId) && counsellorDesks(config).includes('telegram-group');
  const effects = handoffEffects({ config, schedule, available, base: conversationEffects });
  if (!available) {
    log.info('counsellor hand-off is off (needs TELEGRAM_BOT_TOKEN and COUNSELLOR_CHAT_ID): people are given the hotlines');
    return { name: 'handoff', effects };
  }
  const telegram = opts.telegram!;
  const allowed = new Set(config.COUNSELLOR_IDS);
  const actions = counsellorActions({ db: database.db, core: ctx.core, i18n, sealer: ctx.sealer, now, kick: ctx.kickDelivery });
  installGroupHandlers(telegram.staff, { db: database.db, i18n, actions, allowed, pseudonymise: ctx.pseudonymise, log, now });
  const onDuty = async () => {
    if (!isOnDuty(schedule, now())) return [];
    const aliases = await database.db.counsellor.findMany();
    const byKey = new Map(aliases.map((a) => [a.telegramKey, a.alias]));
    return config.COUNSELLOR_IDS.map((id) => ({ id, alias: byKey.get(ctx.pseudonymise('telegram-staff', id)) ?? i18n.t('vi', 'staff-default-alias') }));
  };
  const timers = slaTimers({ db: database.db, config, schedule, i18n, log, now, kick: ctx.kickDelivery });
  let interval: NodeJS.Timeout | undefined;
  return {
    name: 'handoff',
    effects,
    senders: { staff: staffSender({ api: telegram.bot.api, chatId: chatId!, db: database.db, i18n, sealer: ctx.sealer, log, now, onDuty }) },
    async start() {
      interval = setInterval(() => void timers.runOnce().catch((err) => log.error({ err: errorFields(err) }, 'timer pass failed')), config.OUTBOX_POLL_MS);
      await timers.runOnce();
    },
    async stop() { if (interval) clearInterval(interval); },
    timers,
  } as AppModule & { timers: typeof timers };
}

