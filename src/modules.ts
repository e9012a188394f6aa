// The feature modules of a real run, in the order they are installed.
import type { Config } from './config.js';
import type { AppModule, ModuleFactory } from './app.js';
import { casesModule } from './cases/module.js';
import { createTelegramChannel } from './channels/telegram/module.js';

export function productionModules(_config: Config): ModuleFactory[] {
  const off = (name: string): AppModule => ({ name });
  return [
    (ctx) => casesModule(ctx),
    (ctx) => createTelegramChannel(ctx)?.module ?? off('telegram'),
  ];
}
