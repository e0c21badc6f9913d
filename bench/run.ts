// npm run bench [-- --quick] [-- --large] [-- --json] [-- --profile] [-- --sizes=100000]: the performance figures of the README, on this machine.
// --sizes= picks the generated corpus sizes (comma-separated paragraph counts) instead of 1k, 10k and 100k.
// --large adds 300k paragraphs (several minutes, and several GB of memory for the first build).
// --profile adds where CPU time goes in the largest workload (index build, answers, summaries, autocomplete).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QUESTION_COMMANDS } from "../src/engine/questionCommands.js";
import { startFakeDiscord } from "../test/fake-discord/index.js";
import { measureDiscordRatio, type DiscordFigures } from "./discordRatio.js";
import { fitGrowth, sizeAt, type Growth } from "./fitGrowth.js";
import { generateCorpus } from "./generateCorpus.js";
import type { Latency } from "./latency.js";
import type { ProfileSummary } from "./profileCpu.js";
import { queriesFor } from "./queries.js";
import { timeStart } from "./startTimes.js";

const quick = process.argv.includes("--quick");
const json = process.argv.includes("--json");
const profile = process.argv.includes("--profile");
const large = process.argv.includes("--large");
// A slow engine must not hang the run: each workload process and each start gets this long (--timeout=<seconds>).
const TIMEOUT_MS =
  1000 *
  Number(process.argv.find((a) => a.startsWith("--timeout="))?.slice("--timeout=".length) ?? 600);
/** Runs of each /who measurement (straight after ready, after idle). */
const DISCORD_RUNS = 7;
/** Idle time given to the bot after ready in the second /who measurement: less than a gateway login takes. */
const IDLE_AFTER_READY_MS = 300;
/** Of several runs of the /who measurement, the one whose /who ÷ /help ratio is the median. */
const medianRatioRun = (runs: DiscordFigures[]): DiscordFigures =>
  [...runs].sort((a, b) => a.whoP50 / a.helpP50 - b.whoP50 / b.helpP50)[
    Math.floor(runs.length / 2)
  ]!;
/** The lowest and highest /who ÷ /help ratio of several runs, as "1.21–1.34×". */
const ratioRange = (runs: DiscordFigures[]): string => {
  const ratios = runs.map((r) => r.whoP50 / r.helpP50);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
};
/** Workloads that did not finish, and why. */
const unfinished: Record<string, string> = {};
const say = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};
const work = mkdtempSync(join(tmpdir(), "verbatim-bench-"));
const sizesArg = process.argv.find((a) => a.startsWith("--sizes="))?.slice("--sizes=".length);
const SIZES = sizesArg
  ? sizesArg
      .split(",")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
  : quick
    ? [1_000]
    : large
      ? [1_000, 10_000, 100_000, 300_000]
      : [1_000, 10_000, 100_000];

interface WorkloadFigures {
  paragraphs: number;
  articles: number;
  terms: number;
  loadMs: number;
  corpusSnapshotLoadMs: number;
  buildMs: number;
  snapshotSaveMs: number;
  snapshotLoadMs: number;
  heapMB: number;
  /** Heap after the latency questions (analysis caches filled), after a full collection. */
  servingHeapMB: number;
  rssMB: number;
  commands: Record<string, Latency>;
  /** Every question command together (who, where, when, quote, ask). */
  pipeline: Latency;
  rawMiniSearch: Latency;
  consoleReadyMs?: number;
  firstAnswerMs?: number;
  secondStartMs?: number;
  /** Peak resident memory of the console process until ready: building (first start) and from the snapshots (second start). */
  firstPeakRssMB?: number;
  secondPeakRssMB?: number;
  /** "still loading" lines the first start logged before it was ready. */
  progressLines?: number;
}

type Profiles = Record<"build" | "answers" | "summary" | "autocomplete", ProfileSummary>;

/** Run bench/workload.ts on one corpus in a fresh process and read its JSON line. */
function spawnWorkload(
  name: string,
  dir: string,
  people: string[],
  places: string[],
  mode: "measure" | "profile",
): unknown {
  const queriesFile = join(work, `${name}.queries.json`);
  writeFileSync(queriesFile, JSON.stringify(queriesFor(people, places)));
  const cacheDir = join(work, `${name}.cache`);
  const args = [
    "--expose-gc",
    "--import",
    "tsx",
    "bench/workload.ts",
    dir,
    queriesFile,
    cacheDir,
    quick ? "2" : "3",
    mode,
  ];
  const result = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  if (result.signal === "SIGKILL") return undefined;
  if (result.status !== 0) throw new Error(`workload ${name} (${mode}) failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

const runWorkload = (name: string, dir: string, people: string[], places: string[]) =>
  spawnWorkload(name, dir, people, places, "measure") as WorkloadFigures | undefined;

async function main() {
  say("building dist/ for the start-up figures…");
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "ignore" });
  const workloads: Record<string, WorkloadFigures> = {};
  const dirs: Record<string, string> = { seeds: "seeds" };
  const names: Record<string, { people: string[]; places: string[] }> = {
    seeds: { people: [], places: [] },
  };
  say("seeds…");
  const seeds = runWorkload("seeds", "seeds", [], []);
  if (!seeds) throw new Error(`the seeds workload took over ${TIMEOUT_MS / 1000} s`);
  workloads.seeds = seeds;
  for (const size of SIZES) {
    const name = size >= 1000 ? `${size / 1000}k` : String(size);
    const stuck = Object.keys(unfinished)[0];
    if (stuck) {
      // Larger corpora only take longer.
      unfinished[name] = `skipped: ${stuck} did not finish`;
      continue;
    }
    say(`generating ${name} paragraphs…`);
    const generated = await generateCorpus(join(work, name), size, 20251123 + size);
    dirs[name] = generated.dir;
    names[name] = { people: generated.people, places: generated.places };
    say(`measuring ${name}…`);
    const figures = runWorkload(name, generated.dir, generated.people, generated.places);
    if (figures) workloads[name] = figures;
    else unfinished[name] = `stopped after ${TIMEOUT_MS / 1000} s`;
  }
  let profiles: { workload: string; paragraphs: number; profile: Profiles } | undefined;
  if (profile) {
    const largest = Object.keys(workloads).at(-1)!;
    say(`profiling ${largest}…`);
    const profiled = spawnWorkload(
      largest,
      dirs[largest]!,
      names[largest]!.people,
      names[largest]!.places,
      "profile",
    ) as { paragraphs: number; profile: Profiles } | undefined;
    if (profiled)
      profiles = { workload: largest, paragraphs: profiled.paragraphs, profile: profiled.profile };
  }
  // Start-up: the console from the compiled build, then again with the snapshot in place.
  for (const name of Object.keys(workloads)) {
    if (quick && name !== "seeds") continue;
    const cacheDir = join(work, `${name}.start-cache`);
    // Info level: the first start's progress lines are counted.
    const env = {
      SEEDS_DIR: dirs[name]!,
      VERBATIM_CACHE_DIR: cacheDir,
      DISCORD_TOKEN: "",
      LOG_LEVEL: "info",
    };
    say(`start-up ${name}…`);
    let first: Awaited<ReturnType<typeof timeStart>>;
    let second: Awaited<ReturnType<typeof timeStart>>;
    try {
      first = await timeStart(
        env,
        /console ready/,
        { line: "/who Russian foreign minister", answered: /Answer 1 of|sources don't say/ },
        TIMEOUT_MS,
      );
      second = await timeStart(env, /console ready/, undefined, TIMEOUT_MS);
    } catch (error) {
      say(
        `start-up ${name} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      continue;
    }
    workloads[name]!.consoleReadyMs = first.readyMs;
    if (first.answerMs !== undefined) workloads[name]!.firstAnswerMs = first.answerMs;
    workloads[name]!.secondStartMs = second.readyMs;
    workloads[name]!.firstPeakRssMB = first.peakRssMB;
    workloads[name]!.secondPeakRssMB = second.peakRssMB;
    workloads[name]!.progressLines = first.progressLines;
  }
  // The bot: process start to ready against the local fake Discord, and the transport floor.
  say("bot start and Discord transport…");
  const fake = await startFakeDiscord();
  let botReadyMs: number;
  try {
    const started = await timeStart(
      {
        SEEDS_DIR: "seeds",
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_BASE: fake.restUrl,
        LOG_LEVEL: "info",
        VERBATIM_CACHE_DIR: "off",
      },
      /bot ready/,
    );
    botReadyMs = started.readyMs;
  } finally {
    await fake.close();
  }
  // Straight after ready (every question's paragraphs analysed on first use), and after the idle time a bot has
  // while a real gateway login completes (the warm-up of the analysis cache). Seven alternating runs of each, as one
  // run swings by a third on this machine and the median of three still moved by ±0.1; the run with the median
  // ratio is reported, with the range of all seven.
  const straight: DiscordFigures[] = [];
  const idle: DiscordFigures[] = [];
  for (let i = 0; i < (quick ? 1 : DISCORD_RUNS); i++) {
    straight.push(await measureDiscordRatio(quick ? 20 : 40));
    idle.push(await measureDiscordRatio(quick ? 20 : 40, { idleMs: IDLE_AFTER_READY_MS }));
  }
  const discord = {
    straight: medianRatioRun(straight),
    idle: medianRatioRun(idle),
    straightRange: ratioRange(straight),
    idleRange: ratioRange(idle),
  };
  rmSync(work, { recursive: true, force: true });
  const growth = fitWorkloads(workloads);
  const report = {
    machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
    quick,
    workloads,
    unfinished,
    botReadyMs,
    discord,
    growth,
    ...(profiles ? { profiles } : {}),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatReport(report)}\n`);
  if (profiles) process.stdout.write(`\n${formatProfiles(profiles.workload, profiles.profile)}\n`);
}

/** Where CPU time goes, per phase: the heaviest files and functions by self time. */
function formatProfiles(workload: string, summaries: Profiles): string {
  const lines = [`CPU profile, ${workload} (self time; sampled every 0.1 ms):`];
  for (const [phase, summary] of Object.entries(summaries)) {
    lines.push(`  ${phase}: ${ms(summary.totalMs)} ms profiled`);
    const entry = (e: { where: string; selfMs: number; share: number }) =>
      `      ${(e.share * 100).toFixed(1).padStart(5)}%  ${ms(e.selfMs).padStart(7)} ms  ${e.where}`;
    lines.push(
      "    files:",
      ...summary.files.slice(0, 6).map(entry),
      "    functions:",
      ...summary.functions.slice(0, 8).map(entry),
    );
  }
  return lines.join("\n");
}

// JSON turns NaN (a figure that does not exist yet) into null.
const ms = (value: number | null | undefined) =>
  typeof value !== "number" || Number.isNaN(value)
    ? "n/a"
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
const mark = (ok: boolean | undefined) => (ok === undefined ? "" : ok ? " ✓" : " ✗");

type GrowthReport = Record<string, Growth | undefined>;

/** Measures whose growth with the corpus is fitted, and how to read each from a workload. */
const GROWTH_MEASURES: Record<string, (w: WorkloadFigures) => number | undefined> = {
  "index build": (w) => w.buildMs,
  "snapshot load": (w) => w.snapshotLoadMs,
  "first start": (w) => w.consoleReadyMs,
  "second start": (w) => w.secondStartMs,
  "heap after load": (w) => w.heapMB,
  "heap after questions": (w) => w.servingHeapMB,
  "peak RSS, first start": (w) => w.firstPeakRssMB,
  "peak RSS, second start": (w) => w.secondPeakRssMB,
  "answers p99": (w) => w.pipeline.p99,
};

/** Power-law fits over the generated corpora (the seeds are another kind of text, so they are left out). */
function fitWorkloads(workloads: Record<string, WorkloadFigures>): GrowthReport {
  const generated = Object.entries(workloads)
    .filter(([name]) => name !== "seeds")
    .map(([, w]) => w);
  return Object.fromEntries(
    Object.entries(GROWTH_MEASURES).map(([measure, read]) => [
      measure,
      fitGrowth(generated.map((w) => [w.paragraphs, read(w) ?? Number.NaN])),
    ]),
  );
}

/** What the fits say: the exponents, and the largest corpus an instance with 1 GB can hold. */
function formatGrowth(growth: GrowthReport, workloads: Record<string, WorkloadFigures>): string[] {
  const sizes = Object.entries(workloads)
    .filter(([name]) => name !== "seeds")
    .map(([name]) => name);
  const fitted = Object.entries(growth).filter(
    (entry): entry is [string, Growth] => entry[1] !== undefined,
  );
  if (fitted.length === 0) return [];
  const lines = [
    `growth with the corpus (cost ∝ paragraphs^k, least squares over ${sizes.join(", ")}):`,
    `  ${fitted.map(([measure, g]) => `${measure} k=${g.exponent.toFixed(2)}`).join(" · ")}`,
  ];
  const serving = growth["peak RSS, second start"];
  const building = growth["peak RSS, first start"];
  const round = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : `${Math.round(n / 1000)}k`);
  if (serving)
    lines.push(
      `one instance with 1 GB: serves about ${round(sizeAt(serving, 1024))} paragraphs from the snapshots (peak RSS fit)${building ? `; building them in 1 GB: about ${round(sizeAt(building, 1024))}` : ""}`,
    );
  return lines;
}

function formatReport(report: {
  workloads: Record<string, WorkloadFigures>;
  unfinished: Record<string, string>;
  botReadyMs: number;
  discord: {
    straight: DiscordFigures;
    idle: DiscordFigures;
    /** The range of the ratio over the runs, e.g. "1.21–1.34×". */
    straightRange: string;
    idleRange: string;
  };
  growth: GrowthReport;
}): string {
  const names = Object.keys(report.workloads);
  const rows: string[][] = [];
  const add = (label: string, values: (w: WorkloadFigures, name: string) => string) =>
    rows.push([label, ...names.map((n) => values(report.workloads[n]!, n))]);
  add("paragraphs", (w) => String(w.paragraphs));
  add("distinct terms", (w) => String(w.terms));
  add("corpus load + chunking, ms", (w) => ms(w.loadMs));
  add("corpus load from its snapshot, ms", (w) => ms(w.corpusSnapshotLoadMs));
  add("index build, ms", (w) => ms(w.buildMs));
  add("snapshot save, ms", (w) => ms(w.snapshotSaveMs));
  add("index snapshot load, ms", (w) => ms(w.snapshotLoadMs));
  add(
    "console ready (first start), ms",
    (w, n) =>
      ms(w.consoleReadyMs) +
      (n === "seeds"
        ? mark(w.consoleReadyMs! <= 500)
        : n === "100k"
          ? mark(w.consoleReadyMs! <= 20_000)
          : ""),
  );
  add("progress lines (first start)", (w) =>
    w.progressLines === undefined ? "n/a" : String(w.progressLines),
  );
  add("first /who answered, ms", (w) => ms(w.firstAnswerMs));
  add(
    "second start (snapshots), ms",
    (w, n) =>
      ms(w.secondStartMs) +
      (n === "seeds"
        ? mark(w.secondStartMs! <= 200)
        : n === "100k"
          ? mark(w.secondStartMs! <= 1500)
          : ""),
  );
  add(
    "heap after load, MB",
    (w, n) => w.heapMB.toFixed(0) + (n === "100k" ? mark(w.heapMB <= 250) : ""),
  );
  add("RSS after load, MB", (w) => w.rssMB.toFixed(0));
  add("heap after the latency questions, MB", (w) => w.servingHeapMB.toFixed(0));
  add("peak RSS, first start, MB", (w) => ms(w.firstPeakRssMB));
  add(
    "peak RSS, second start, MB",
    (w, n) =>
      ms(w.secondPeakRssMB) +
      (n === "100k" && w.secondPeakRssMB !== undefined ? mark(w.secondPeakRssMB <= 450) : ""),
  );
  for (const command of [...QUESTION_COMMANDS, "summary", "autocomplete"]) {
    add(`${command} p50 / p99, ms`, (w, n) => {
      const c = w.commands[command];
      if (!c) return "n/a";
      const target =
        command === "autocomplete"
          ? n === "seeds"
            ? 1
            : n === "100k"
              ? 10
              : undefined
          : n === "seeds"
            ? 2
            : n === "100k"
              ? 50
              : undefined;
      return `${ms(c.p50)} / ${ms(c.p99)}${target === undefined ? "" : mark(c.p99 <= target)}`;
    });
  }
  add(
    "raw MiniSearch p50 / p99, ms",
    (w) => `${ms(w.rawMiniSearch.p50)} / ${ms(w.rawMiniSearch.p99)}`,
  );
  add("answers p99 ÷ raw MiniSearch p99", (w, n) => {
    const ratio = w.pipeline.p99 / w.rawMiniSearch.p99;
    return `${ratio.toFixed(2)}×${n === "100k" ? mark(ratio <= 0.5) : ""}`;
  });
  const widths = rows[0]!.map((_, i) =>
    Math.max(...rows.map((r) => r[i]!.length), i === 0 ? 0 : names[i - 1]!.length),
  );
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const { straight: d, idle: w, straightRange, idleRange } = report.discord;
  const runs = quick ? 1 : DISCORD_RUNS;
  return [
    line(["", ...names]),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "latencies: p50 / p99 are the medians over 5 runs of each run's p50 and p99, answer cache off",
    ...formatGrowth(report.growth, report.workloads),
    ...Object.entries(report.unfinished).map(
      ([name, why]) => `not measured: ${name} (${why}; --timeout=<seconds> gives it longer)`,
    ),
    "",
    `bot start to ready (seeds, local fake Discord): ${ms(report.botReadyMs)} ms`,
    `through the local fake Discord, straight after ready: /who p50 ${ms(d.whoP50)} ms (a new question each time), /help p50 ${ms(d.helpP50)} ms: ratio ${(d.whoP50 / d.helpP50).toFixed(2)}×${mark(d.whoP50 <= 1.3 * d.helpP50)} (target ≤ 1.3×; the median of ${runs} run${runs === 1 ? "" : "s"}, range ${straightRange}); p99 ${ms(d.whoP99)} / ${ms(d.helpP99)} ms`,
    `  after ${IDLE_AFTER_READY_MS} ms idle (the analysis warm-up): /who p50 ${ms(w.whoP50)} ms, /help p50 ${ms(w.helpP50)} ms: ratio ${(w.whoP50 / w.helpP50).toFixed(2)}×${mark(w.whoP50 <= 1.3 * w.helpP50)} (range ${idleRange}); p99 ${ms(w.whoP99)} / ${ms(w.helpP99)} ms`,
    `  the same questions asked again (answer cache): /who p50 ${ms(d.repeatP50)} ms, ratio ${(d.repeatP50 / d.helpP50).toFixed(2)}×${mark(d.repeatP50 <= 1.3 * d.helpP50)}`,
  ].join("\n");
}

main().catch((error: unknown) => {
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
