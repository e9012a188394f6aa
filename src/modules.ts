// The feature modules of a real run, in the order they are installed: cases, directory, Telegram, hand-off, and the
// dashboard (whose console is the hand-off's second desk when DASHBOARD_CONSOLE is set).
import type { AppModule, ModuleFactory } from './app.js';
import { gbvimsTypeOfAnswers } from '../flows/main/violence.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel, type TelegramChannel } from './channels/telegram/module.js';
import { directoryModule } from './directory/mod.js';
import { handoffModule, type HandoffOptions } from './handoff/module.js';
import { telegramGroupDesk } from './handoff/telegram/group-desk.js';
import { counsellorActions } from './handoff/counsellor-actions.js';
import type { DeskAdapter } from './handoff/desk.js';
import { adminModule } from './admin/module.js';
import { bothDesks, consoleDesk, type ConsoleDesk } from './admin/console/console-desk.js';

export interface ModuleOptions {
  /** The hand-off's clock (tests). */
  handoffNow?: HandoffOptions['now'];
}

export function productionModules(opts: ModuleOptions = {}): ModuleFactory[] {
  let telegram: TelegramChannel | undefined;
  let consoleDeskOf: ConsoleDesk | undefined;
  let deskId: string | null = null;
  const now = opts.handoffNow ?? (() => new Date());
  return [
    (ctx) => casesModule(ctx, { gbvimsType: gbvimsTypeOfAnswers }),
    (ctx) => directoryModule(ctx),
    (ctx) => {
      telegram = createTelegramChannel(ctx);
      return telegram?.module ?? ({ name: 'telegram' } satisfies AppModule);
    },
    (ctx) => {
      // The counsellors' desks: the Telegram group, when Telegram and COUNSELLOR_CHAT_ID are both set, and the
      // dashboard's console when DASHBOARD_CONSOLE is set; with both, every case reaches both.
      const group = telegram && ctx.config.COUNSELLOR_CHAT_ID
        ? telegramGroupDesk({ api: telegram.bot.api, staff: telegram.staff, chatId: Number(ctx.config.COUNSELLOR_CHAT_ID), counsellorIds: ctx.config.COUNSELLOR_IDS, i18n: ctx.i18n, pseudonymise: ctx.pseudonymise, log: ctx.log.child({ part: 'handoff' }), now })
        : undefined;
      if (ctx.config.DASHBOARD_CONSOLE) consoleDeskOf = consoleDesk({ store: ctx.database.store, sealer: ctx.sealer, now });
      const desk: DeskAdapter | undefined = group && consoleDeskOf ? bothDesks(group, consoleDeskOf) : group ?? consoleDeskOf;
      deskId = desk?.id ?? null;
      return handoffModule(ctx, { desk, now });
    },
    (ctx) => {
      // The dashboard acts through the hand-off's own actions, bound to the desk the hand-off uses.
      let actions: ReturnType<typeof counsellorActions> | undefined;
      const get = () => (actions ??= consoleDeskOf?.actions() ?? counsellorActions({ store: ctx.database.store, core: ctx.core, sealer: ctx.sealer, now, desk: deskId }));
      return adminModule(ctx, { actions: get, consoleOn: Boolean(consoleDeskOf), record: consoleDeskOf?.record, now });
    },
  ];
}
