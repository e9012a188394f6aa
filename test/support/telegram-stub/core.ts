// The state every part of the stub shares: the clock, the bots by token, injected faults and the call log.
import { Clock } from './clock.js';
import { FaultRegistry } from './faults.js';
import { CallRecorder } from './recorder.js';
import { BotState, botIdentity } from './world.js';
import type { WebhookDeliveryOptions } from './types.js';

export const DEFAULT_TOKEN = '7000000001:AAStubTokenForTestsOnly_000000000000';

export class StubCore {
  readonly bots = new Map<string, BotState>();
  readonly faults = new FaultRegistry();
  readonly recorder = new CallRecorder();
  readonly clock: Clock;

  constructor(readonly defaultToken: string, readonly webhook: WebhookDeliveryOptions, clock?: () => number) {
    this.clock = new Clock(clock);
  }

  registerBot(token: string, username?: string, firstName?: string): BotState {
    const existing = this.bots.get(token);
    if (existing) return existing;
    const bot = new BotState(token, botIdentity(token, username, firstName), this.clock, this.webhook);
    this.bots.set(token, bot);
    return bot;
  }

  /** The bot of `token` (default: the default bot); unknown tokens are a test mistake. */
  bot(token: string = this.defaultToken): BotState {
    const bot = this.bots.get(token);
    if (!bot) throw new Error(`telegram stub: token ${token} is not registered`);
    return bot;
  }

  reset(): void {
    for (const bot of this.bots.values()) bot.reset();
    this.recorder.reset();
    this.faults.clear();
    this.clock.reset();
  }
}
