// Timing helpers: percentiles over repeated runs of a small function.
import { performance } from 'perf_hooks';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  runs: number;
}

/** Runs `fn` `runs` times after `warmup` calls; milliseconds per call. */
export function latency(fn: (i: number) => unknown, runs = 2000, warmup = 200): Latency {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = new Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times[i] = performance.now() - t0;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], runs };
}

/** CPU-ish wall time of one call, in ms. */
export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
