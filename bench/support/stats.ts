// Figures every bench prints the same way: percentiles of latencies and the machine's load at the time.
import { cpus, loadavg } from 'node:os';

/** The p-th percentile (0 < p ≤ 1) by nearest rank; NaN for no samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

export interface Latencies { n: number; p50: number; p95: number; p99: number; max: number }

export function latencies(ms: number[]): Latencies {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 0.5), p95: percentile(s, 0.95), p99: percentile(s, 0.99), max: s.at(-1) ?? Number.NaN };
}

/** "load 1.23 0.98 0.75 on 2 cores": other work on the machine changes every figure, so it is printed with them. */
export function machineLoad(): string {
  const [one, five, fifteen] = loadavg().map((v) => v.toFixed(2));
  return `load ${one} ${five} ${fifteen} (1/5/15 min) on ${cpus().length} cores`;
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
