// The web chat channel: the page at / and its JSON API (web-chat.ts). Always on. Like every channel it only
// translates: a typed text goes to the core as is (commands are parsed there), replies come back as JSON.
import { readFileSync } from 'node:fs';
import type { AppContext, AppModule } from '../../app.js';
import { registerWebChat } from './web-chat.js';

const PAGE = readFileSync(new URL('./page.html', import.meta.url), 'utf8');

export function webChatModule(ctx: AppContext): AppModule {
  return {
    name: 'web',
    routes(http) {
      http.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(PAGE));
      registerWebChat(http, { core: ctx.core, outbox: ctx.database.store.outbox });
    },
  };
}
