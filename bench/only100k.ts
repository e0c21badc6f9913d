// Temporary driver (not committed): only the 100k workload of bench/run.ts, plus start-up from dist/.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./generateCorpus.js";
import { queriesFor } from "./queries.js";
import { timeStart } from "./startTimes.js";

const size = Number(process.argv[2] ?? 100_000);
const work = mkdtempSync(join(tmpdir(), "verbatim-bench100k-"));
try {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "ignore" });
  const generated = await generateCorpus(join(work, "c"), size, 20251123 + size);
  const queriesFile = join(work, "q.json");
  writeFileSync(queriesFile, JSON.stringify(queriesFor(generated.people, generated.places)));
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/workload.ts", generated.dir, queriesFile, join(work, "cache"), "3", "measure"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  const figures = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
  const env = { SEEDS_DIR: generated.dir, VERBATIM_CACHE_DIR: join(work, "start-cache"), DISCORD_TOKEN: "", LOG_LEVEL: "warn" };
  const first = await timeStart(env, /console ready/, { line: "/who Russian foreign minister", answered: /Answer 1 of|sources don't say/ }, 600_000);
  const second = await timeStart(env, /console ready/, undefined, 600_000);
  const seedEnv = { SEEDS_DIR: "seeds", VERBATIM_CACHE_DIR: "off", DISCORD_TOKEN: "", LOG_LEVEL: "warn" };
  const seedStarts = [];
  for (let i = 0; i < 5; i++) seedStarts.push((await timeStart(seedEnv, /console ready/, undefined, 60_000)).readyMs);
  console.log(JSON.stringify({ ...figures, consoleReadyMs: first.readyMs, firstAnswerMs: first.answerMs, secondStartMs: second.readyMs, seedsConsoleReadyMs: seedStarts }, null, 1));
} finally {
  rmSync(work, { recursive: true, force: true });
}
