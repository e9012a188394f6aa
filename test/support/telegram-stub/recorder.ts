// Every call the bot made, and a way to wait for one without sleeping.
import type { CallPredicate, StubCall } from './types.js';

interface Waiter {
  matches: CallPredicate;
  since: number;
  resolve(call: StubCall): void;
}

export class CallRecorder {
  readonly calls: StubCall[] = [];
  private readonly waiters = new Set<Waiter>();

  record(call: StubCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (this.calls.length - 1 >= waiter.since && waiter.matches(call)) {
        this.waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  }

  callsTo(method: string): StubCall[] {
    const name = method.toLowerCase();
    return this.calls.filter((c) => c.method.toLowerCase() === name);
  }

  /**
   * The first call (already recorded, from index `since` on, or still to come) that matches; a string matches
   * by method name. Rejects after `timeoutMs`, listing the last calls to show what happened instead.
   */
  waitFor(predicate: CallPredicate | string, timeoutMs = 2000, since = 0): Promise<StubCall> {
    const matches: CallPredicate = typeof predicate === 'string'
      ? (c) => c.method.toLowerCase() === predicate.toLowerCase()
      : predicate;
    const found = this.calls.slice(since).find(matches);
    if (found) return Promise.resolve(found);
    return new Promise<StubCall>((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        since,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`telegram stub: no matching call within ${timeoutMs} ms; last calls:\n${this.describeLast(10)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  reset(): void {
    this.calls.length = 0;
  }

  private describeLast(count: number): string {
    const last = this.calls.filter((c) => c.method !== 'getUpdates').slice(-count);
    if (last.length === 0) return '  (none besides getUpdates)';
    return last.map((c) => `  ${c.method} ${JSON.stringify(c.body).slice(0, 160)} → ${c.response.ok ? 'ok' : c.response.description}`).join('\n');
  }
}
