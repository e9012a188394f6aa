// The feature modules of a real run, in the order they are installed: cases, directory, Telegram, Zalo OA, Zalo Bot,
// hand-off.
import type { AppModule, ModuleFactory } from './app.js';
import { gbvimsTypeOfAnswers } from '../flows/main/violence.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel, type TelegramChannel } from './channels/telegram/module.js';
import { directoryModule } from './directory/mod.js';
import { handoffModule, type HandoffOptions } from './handoff/module.js';
import { zaloBotModule } from './channels/zalo-bot/module.js';
import { zaloOaModule } from './channels/zalo-oa/module.js';

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
    (ctx) => zaloOaModule(ctx),
    (ctx) => zaloBotModule(ctx),
    (ctx) => handoffModule(ctx, { telegram, now: opts.handoffNow }),
  ];
}
