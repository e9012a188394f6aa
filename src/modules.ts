// The feature modules of a real run, built and installed in this order: cases, directory, web chat, Telegram,
// hand-off. What one module needs from another is passed as a plain argument: the Telegram channel is built first
// and handed to the hand-off (its counsellors' group), so no module reaches for another through shared state.
import type { AppModule, ModuleAssembly } from './app.js';
import { gbvimsTypeOfAnswers } from '../flows/main/violence.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel } from './channels/telegram/module.js';
import { webChatModule } from './channels/web/module.js';
import { directoryModule } from './directory/module.js';
import { handoffModule, type HandoffOptions } from './handoff/module.js';

export interface ModuleOptions {
  /** The hand-off's clock (tests). */
  handoffNow?: HandoffOptions['now'];
}

export function productionModules(opts: ModuleOptions = {}): ModuleAssembly {
  return async (ctx) => {
    // Undefined without TELEGRAM_BOT_TOKEN: the hand-off then answers escalations with the hotlines.
    const telegram = createTelegramChannel(ctx);
    return [
      casesModule(ctx, { gbvimsType: gbvimsTypeOfAnswers }),
      await directoryModule(ctx),
      webChatModule(ctx),
      telegram?.module ?? ({ name: 'telegram' } satisfies AppModule),
      handoffModule(ctx, { telegram, now: opts.handoffNow }),
    ];
  };
}
