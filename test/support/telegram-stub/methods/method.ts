// What a Bot API method implementation receives and returns.
import type { StubCore } from '../core.js';
import type { Params } from '../params.js';
import type { BotState } from '../world.js';

export interface MethodContext {
  core: StubCore;
  /** The bot whose token made the call. */
  bot: BotState;
  /** Aborted when the client hangs up (a long poll that is cancelled). */
  signal: AbortSignal;
}

/** Returns the `result`, or throws a TelegramApiError. */
export type MethodHandler = (ctx: MethodContext, p: Params) => unknown;
