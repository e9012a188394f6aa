// The feature modules of a real run, in the order they are installed: cases, directory, Telegram, hand-off.
import type { AppModule, ModuleFactory } from './app.js';
import { gbvimsTypeOfAnswers } from '../flows/main/violence.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel, type TelegramChannel } from './channels/telegram/module.js';
import { directoryModule } from './directory/mod.js';
import { handoffModule, type HandoffOptions } from './handoff/module.js';
import { telegramGroupDesk } from './handoff/telegram/group-desk.js';

export interface ModuleOptions {
  /** The hand-off's clock (tests). */
  handoffNow?: HandoffOptions['now'];
}

export function productionModules(opts: ModuleOptions = {}): ModuleFactory[] {
  let telegram: TelegramChannel | undefined;
  return [
    (ctx) => casesModule(ctx, { gbvimsType: gbvimsTypeOfAnswers }),
    (ctx) => directoryModule(ctx),
    (ctx) => {
      telegram = createTelegramChannel(ctx);
      return telegram?.module ?? ({ name: 'telegram' } satisfies AppModule);
    },
    (ctx) => {
      const now = opts.handoffNow ?? (() => new Date());
      // The counsellors' desk: the Telegram group, when Telegram and COUNSELLOR_CHAT_ID are both set.
      const desk = telegram && ctx.config.COUNSELLOR_CHAT_ID
        ? telegramGroupDesk({ api: telegram.bot.api, staff: telegram.staff, chatId: Number(ctx.config.COUNSELLOR_CHAT_ID), counsellorIds: ctx.config.COUNSELLOR_IDS, i18n: ctx.i18n, pseudonymise: ctx.pseudonymise, log: ctx.log.child({ part: 'handoff' }), now })
        : undefined;
      return handoffModule(ctx, { desk, now });
    },
  ];
}
