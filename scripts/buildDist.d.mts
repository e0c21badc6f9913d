// Types for buildDist.mjs, which stays plain JavaScript so that buildIfStale.mjs can run it before any build.

/** Bundle `root`'s sources into `root`/dist. Resolves when written; rejects on a build error. */
export function buildDist(root: string): Promise<void>;
