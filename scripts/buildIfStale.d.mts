// Types for buildIfStale.mjs, which stays plain JavaScript so that `npm start` can run it before any build.

/** Whether a checkout's build is missing, older than its sources, fresh, or unbuildable (no sources). */
export type BuildState = "missing" | "stale" | "fresh" | "no-sources";

/** Whether `root`'s build is missing or stale. */
export function buildState(root: string): BuildState;

/** Build `root` when needed; returns the exit code for the npm script. */
export function buildIfStale(root: string, write?: (line: string) => void): number;
