// Telegram Bot API stub for end-to-end tests. Table of contents:
//   stub.ts            TelegramStub: the server handle, observations (calls, messagesIn, waitFor) and controls
//   server.ts          HTTP routing, token check, faults, recording      methods/   one file per group of methods
//   rules.ts           Telegram's limits and permissions                 errors.ts  every error text, tagged [V]/[U]
//   world.ts           per-bot chats, messages, topics                   update-queue.ts, webhook.ts  delivery
//   simulated-user.ts, simulated-group.ts, chat-actor.ts   people acting in chats
import { TelegramStub } from './stub.js';
import type { TelegramStubOptions } from './types.js';

export { TelegramStub } from './stub.js';
export { SimulatedUser } from './simulated-user.js';
export { GroupMember, SimulatedGroup } from './simulated-group.js';
export { TelegramApiError } from './errors.js';
export { DEFAULT_TOKEN } from './core.js';
export { SECRET_HEADER } from './webhook.js';
export type * from './types.js';

/** Starts a stub on 127.0.0.1 (random port). Point grammY at it: `new Bot(stub.token, { client: { apiRoot: stub.apiRoot } })`. */
export function startTelegramStub(opts?: TelegramStubOptions): Promise<TelegramStub> {
  return TelegramStub.start(opts);
}
