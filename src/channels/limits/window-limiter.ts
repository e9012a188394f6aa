// A keyed fixed-window counter, in memory: each key may pass `limit` times in a window that starts with its first
// hit. Refusals are counted too (a flood stays refused for the rest of its window), and the first refusal of a
// window is told apart so a channel can answer it once. Memory stays bounded: expired keys are swept once per
// window, so the map holds at most the keys seen in the last two windows.

/** `notify`: the first refusal in this key's window (answer it kindly); `drop`: a later one (stay silent). */
export type Verdict = 'allowed' | 'notify' | 'drop';

export interface WindowLimiterOptions {
  limit: number;
  windowMs: number;
  /** Hits a quick exit may add past the limit: leaving must work even for someone who was typing fast. */
  exitAllowance?: number;
  now?: () => number;
}

export interface WindowLimiter {
  hit(key: string, opts?: { exit?: boolean }): Verdict;
  /** Keys held in memory (for tests of the bound). */
  readonly size: number;
}

interface Window { start: number; count: number; notified: boolean }

export const EXIT_ALLOWANCE = 3;

export function createWindowLimiter(opts: WindowLimiterOptions): WindowLimiter {
  const now = opts.now ?? Date.now;
  const allowance = opts.exitAllowance ?? EXIT_ALLOWANCE;
  const windows = new Map<string, Window>();
  let lastSweep = now();
  const sweep = (at: number) => {
    if (at - lastSweep < opts.windowMs) return;
    lastSweep = at;
    for (const [key, w] of windows) if (at - w.start >= opts.windowMs) windows.delete(key);
  };
  return {
    hit(key, { exit = false } = {}) {
      const at = now();
      sweep(at);
      let w = windows.get(key);
      if (!w || at - w.start >= opts.windowMs) {
        w = { start: at, count: 0, notified: false };
        windows.set(key, w);
      }
      w.count++;
      if (w.count <= opts.limit || (exit && w.count <= opts.limit + allowance)) return 'allowed';
      if (w.notified) return 'drop';
      w.notified = true;
      return 'notify';
    },
    get size() {
      return windows.size;
    },
  };
}
