// The stub's notion of "now" (ms since the epoch). Tests move it to make messages old without waiting.
export class Clock {
  private fn: () => number;

  constructor(private readonly initial: () => number = Date.now) {
    this.fn = initial;
  }

  now(): number {
    return this.fn();
  }

  seconds(): number {
    return Math.floor(this.fn() / 1000);
  }

  set(fn: () => number): void {
    this.fn = fn;
  }

  /** Moves the clock forward by `ms` and keeps it running from there. */
  advance(ms: number): void {
    const previous = this.fn;
    this.fn = () => previous() + ms;
  }

  reset(): void {
    this.fn = this.initial;
  }
}
