import type { Progress, ProgressListener } from "./engine/index.js";

/** How often a long load or build says how far it has come, and how long it runs before it first does. */
export const PROGRESS_INTERVAL_MS = 2000;

/** Where progress lines go: a logger's `info`, or a line writer. */
export type ProgressSink = (message: string, fields: Record<string, unknown>) => void;

/**
 * A progress listener for the engine that logs one line per
 * `intervalMs` (2 s by default) with the phase and how much of it is done,
 * and nothing at all when loading takes less than that: a start from a
 * snapshot, or a small corpus, stays quiet. `now` is the clock (milliseconds);
 * the interval runs from when the listener is made.
 */
export function logProgress(
  sink: ProgressSink,
  options: { intervalMs?: number; now?: () => number } = {},
): ProgressListener {
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let last = started;
  return (progress: Progress) => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    sink("still loading", {
      phase: progress.phase,
      done: progress.done,
      total: progress.total,
      unit: progress.unit,
      ms: Math.round(at - started),
    });
  };
}
