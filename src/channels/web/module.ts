// The web chat channel: the page at / (with its script and styles, web-page.ts) and its JSON API (web-chat.ts).
// Always on. Like every channel it only translates: a typed text goes to the core as is (commands are parsed
// there), replies come back as JSON.
import type { AppContext, AppModule } from '../../app.js';
import { registerWebChat } from './web-chat.js';
import { webLimits } from './web-limits.js';
import { registerWebPage } from './web-page.js';

export function webChatModule(ctx: AppContext): AppModule {
  const limits = webLimits(ctx.config);
  return {
    name: 'web',
    routes(http) {
      registerWebPage(http, { i18n: ctx.i18n, primaryLine: ctx.config.PRIMARY_HOTLINE });
      registerWebChat(http, { core: ctx.core, outbox: ctx.database.store.outbox, limits });
    },
  };
}
