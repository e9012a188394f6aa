// Injected failures: the next N calls (or every call) of a method answer with a Telegram-shaped error
// instead of running. Method names compare case-insensitively; '*' matches every method.
import type { Fault } from './types.js';

interface Rule {
  method: string;
  fault: Fault;
  remaining: number;
}

export class FaultRegistry {
  private rules: Rule[] = [];

  failNext(method: string, fault: Fault, times = 1): void {
    this.rules.push({ method: method.toLowerCase(), fault, remaining: times });
  }

  failAlways(method: string, fault: Fault): void {
    this.rules.push({ method: method.toLowerCase(), fault, remaining: Infinity });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault to apply to this call, if any (consumes one use of it). */
  take(method: string): Fault | undefined {
    const name = method.toLowerCase();
    const rule = this.rules.find((r) => r.method === name || r.method === '*');
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.fault;
  }
}
