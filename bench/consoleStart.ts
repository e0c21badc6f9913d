// npm run bench:console [-- --runs=15] [-- <project dir> …]: the seeds console start alone, from a warm snapshot,
// as `npm run bench` measures it (process spawned until "console ready"), repeated, for each build given
// (this project's dist/ by default). The starts of the builds alternate, so a busy machine weighs on each alike;
// compare their medians within one run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { timeStart } from "./startTimes.js";

const runs = Number(
  process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 15,
);
const roots = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (roots.length === 0) roots.push(".");
const cache = mkdtempSync(join(tmpdir(), "verbatim-console-start-"));

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const times = roots.map(() => [] as number[]);
  const rss = roots.map(() => [] as number[]);
  for (let run = -1; run < runs; run++) {
    for (const [i, root] of roots.entries()) {
      const started = await timeStart(
        {
          SEEDS_DIR: resolve("seeds"),
          VERBATIM_CACHE_DIR: join(cache, String(i)),
          DISCORD_TOKEN: "",
          LOG_LEVEL: "info",
        },
        /console ready/,
        undefined,
        60_000,
        resolve(root),
      );
      // The first start of each writes the snapshots.
      if (run < 0) continue;
      times[i]!.push(started.readyMs);
      rss[i]!.push(started.peakRssMB);
    }
  }
  for (const [i, root] of roots.entries()) {
    const t = times[i]!;
    process.stdout.write(
      `${root}: console ready (seeds, snapshot warm) median ${median(t).toFixed(0)} ms, min ${Math.min(...t).toFixed(0)} ms over ${runs} starts; peak RSS median ${median(rss[i]!).toFixed(0)} MB\n`,
    );
  }
}

try {
  await main();
} finally {
  rmSync(cache, { recursive: true, force: true });
}
