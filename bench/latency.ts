import { median, percentile } from "./measure.js";

/** Latency of one operation: the median over runs of each run's p50 and p99, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  /** Samples in all runs together. */
  n: number;
}

/**
 * Time every item `rounds` times in each of `runs` runs and keep, per group
 * (an item may count in several, e.g. its command and all answers),
 * the median of the runs' p50 and p99: one garbage-collection or scheduler
 * pause on a shared machine moves one run's p99, not the figure.
 */
export function measureLatency<T>(
  items: readonly T[],
  groupsOf: (item: T) => readonly string[],
  work: (item: T) => void,
  runs: number,
  rounds: number,
): Record<string, Latency> {
  const perRun: Record<string, { p50: number[]; p99: number[]; n: number }> = {};
  for (let run = 0; run < runs; run++) {
    const samples: Record<string, number[]> = {};
    for (let round = 0; round < rounds; round++) {
      for (const item of items) {
        const start = performance.now();
        work(item);
        const ms = performance.now() - start;
        for (const group of groupsOf(item)) (samples[group] ??= []).push(ms);
      }
    }
    for (const [group, times] of Object.entries(samples)) {
      const figures = (perRun[group] ??= { p50: [], p99: [], n: 0 });
      figures.p50.push(percentile(times, 50));
      figures.p99.push(percentile(times, 99));
      figures.n += times.length;
    }
  }
  return Object.fromEntries(
    Object.entries(perRun).map(([group, f]) => [
      group,
      { p50: median(f.p50), p99: median(f.p99), n: f.n },
    ]),
  );
}
