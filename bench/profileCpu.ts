import { Session, type Profiler } from "node:inspector/promises";

/** Self time of one function or one file in a CPU profile. */
export interface ProfileEntry {
  /** `name (file:line)` for a function, the file for a file. */
  where: string;
  selfMs: number;
  /** Share of the profiled time, 0-1. */
  share: number;
}

/** Where a profiled piece of work spent its time: the heaviest functions and files by self time. */
export interface ProfileSummary {
  totalMs: number;
  functions: ProfileEntry[];
  files: ProfileEntry[];
}

/** Run `work` under V8's sampling CPU profiler (in this process, so only `work` is profiled). */
export async function profileCpu(work: () => unknown): Promise<Profiler.Profile> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    // 100 µs sampling: fine enough for sub-millisecond answers, cheap enough not to drown them.
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    await work();
    const { profile } = await session.post("Profiler.stop");
    return profile;
  } finally {
    session.disconnect();
  }
}

/** A path shortened to the project (or to the package inside node_modules). */
function shortenUrl(url: string): string {
  if (!url) return "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  const project = url.search(/\/(src|bench|test|commands)\//);
  return project >= 0 ? url.slice(project + 1) : url.replace(/^file:\/\//, "");
}

/** Add up self time per function and per file, heaviest first. */
export function summariseProfile(profile: Profiler.Profile, top = 12): ProfileSummary {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each delta is the time before its sample; the time a sample stands for is the next delta.
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + us);
  }
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let totalUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    // The profiler's own bookkeeping and idle time are not the work's.
    if (functionName === "(program)" || functionName === "(idle)" || functionName === "(root)")
      continue;
    totalUs += us;
    const file = shortenUrl(url);
    // Code run through tsx reports every function on line 1: a line is shown only when it says something.
    const name = `${functionName || "(anonymous)"} (${file}${url && lineNumber > 0 ? `:${lineNumber + 1}` : ""})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const rank = (totals: Map<string, number>): ProfileEntry[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions: rank(byFunction), files: rank(byFile) };
}
