// npm run bench:first [-- --runs=3] [-- --paragraphs=100000] [-- <project dir> …]: a FIRST console start (no
// snapshots: read and chunk the corpus, build the index and the analysis facts, save the snapshots), process spawned
// until "console ready", on one generated corpus, for each build given (this project's dist/ by default). The builds'
// starts alternate, so a busy machine weighs on each alike; compare them within one run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateCorpus } from "./generateCorpus.js";
import { timeStart } from "./startTimes.js";

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const runs = option("runs", 3);
const paragraphs = option("paragraphs", 100_000);
const roots = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (roots.length === 0) roots.push(".");
const work = mkdtempSync(join(tmpdir(), "verbatim-first-start-"));

async function main() {
  // The seed bench/run.ts uses for this size, so the corpus is the one `npm run bench` measures.
  const { dir } = await generateCorpus(join(work, "corpus"), paragraphs, 20251123 + paragraphs);
  for (let run = 0; run < runs; run++) {
    for (const [i, root] of roots.entries()) {
      const cacheDir = join(work, `cache-${run}-${i}`);
      const started = await timeStart(
        { SEEDS_DIR: dir, VERBATIM_CACHE_DIR: cacheDir, DISCORD_TOKEN: "", LOG_LEVEL: "info" },
        /console ready/,
        undefined,
        600_000,
        resolve(root),
      );
      rmSync(cacheDir, { recursive: true, force: true });
      process.stdout.write(
        `${root}: first start ${(started.readyMs / 1000).toFixed(1)} s, peak RSS ${started.peakRssMB.toFixed(0)} MB, ${started.progressLines} progress lines\n`,
      );
    }
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
