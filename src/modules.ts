// The feature modules of a real run, built and installed in this order: cases, directory, web chat, Telegram,
// Zalo OA, Zalo Bot, hand-off, dashboard. What one module needs from another is passed as a plain argument: the
// counsellors' desks (the Telegram group, the dashboard's console when DASHBOARD_CONSOLE is set, or both) are built
// first and handed to the hand-off, so no module reaches for another through shared state.
import type { AppModule, ModuleAssembly } from './app.js';
import { gbvimsTypeOfAnswers } from '../flows/main/violence.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel } from './channels/telegram/module.js';
import { webChatModule } from './channels/web/module.js';
import { zaloBotModule } from './channels/zalo-bot/module.js';
import { zaloOaModule } from './channels/zalo-oa/module.js';
import { directoryModule } from './directory/module.js';
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

export function productionModules(opts: ModuleOptions = {}): ModuleAssembly {
  return async (ctx) => {
    const now = opts.handoffNow ?? (() => new Date());
    // Undefined without TELEGRAM_BOT_TOKEN: the hand-off then answers escalations with the hotlines.
    const telegram = createTelegramChannel(ctx);
    // The counsellors' desks: the Telegram group, when Telegram and COUNSELLOR_CHAT_ID are both set, and the
    // dashboard's console when DASHBOARD_CONSOLE is set; with both, every case reaches both.
    const group = telegram && ctx.config.COUNSELLOR_CHAT_ID
      ? telegramGroupDesk({ api: telegram.bot.api, staff: telegram.staff, chatId: Number(ctx.config.COUNSELLOR_CHAT_ID), counsellorIds: ctx.config.COUNSELLOR_IDS, i18n: ctx.i18n, pseudonymise: ctx.pseudonymise, log: ctx.log.child({ part: 'handoff' }), now })
      : undefined;
    const console: ConsoleDesk | undefined = ctx.config.DASHBOARD_CONSOLE ? consoleDesk({ store: ctx.database.store, sealer: ctx.sealer, now }) : undefined;
    const desk: DeskAdapter | undefined = group && console ? bothDesks(group, console) : group ?? console;
    // The dashboard acts through the hand-off's own actions, bound to the desk the hand-off uses.
    let actions: ReturnType<typeof counsellorActions> | undefined;
    const dashboardActions = () => (actions ??= console?.actions() ?? counsellorActions({ store: ctx.database.store, core: ctx.core, sealer: ctx.sealer, now, desk: desk?.id ?? null }));
    return [
      casesModule(ctx, { gbvimsType: gbvimsTypeOfAnswers }),
      await directoryModule(ctx),
      webChatModule(ctx),
      telegram?.module ?? ({ name: 'telegram' } satisfies AppModule),
      zaloOaModule(ctx, { desk: desk?.id }),
      zaloBotModule(ctx),
      handoffModule(ctx, { desk, now }),
      adminModule(ctx, { actions: dashboardActions, consoleOn: Boolean(console), record: console?.record, now }),
    ];
  };
}
