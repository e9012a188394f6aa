// The campaign lines as the core needs them: synchronously, before every step of a flow. The lines not yet over
// are kept in memory, read again every `refreshMs` (so every instance follows a change within that time) and at
// once on the instance where an admin changed them.
import type { Campaign } from '../../flows/contract.js';
import type { Store } from '../db/repositories/index.js';
import type { Logger } from '../logger.js';
import { errorFields } from '../logger.js';
import { campaignAt, type StoredLine } from './campaign-at.js';

export interface CampaignLines {
  /** The line the welcome shows at `at`. */
  at(at: Date): Campaign | null;
  /** Reads the lines again (after a change). */
  refresh(): Promise<void>;
  start(): void;
  stop(): void;
}

export function campaignLines(deps: { store: Store; log: Logger; refreshMs: number; now?: () => Date }): CampaignLines {
  const now = deps.now ?? (() => new Date());
  let lines: StoredLine[] = [];
  let timer: NodeJS.Timeout | undefined;
  const self: CampaignLines = {
    at: (at) => campaignAt(lines, at),
    async refresh() {
      lines = await deps.store.campaignLines.current(now());
    },
    start() {
      timer ??= setInterval(() => {
        self.refresh().catch((err) => deps.log.warn({ err: errorFields(err) }, 'campaign lines not refreshed'));
      }, deps.refreshMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  return self;
}
