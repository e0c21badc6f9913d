// npm run bench [-- --quick] [-- --json]: the performance figures of the README, on this machine.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeDiscord } from "../test/fake-discord/index.js";
import { measureDiscordRatio } from "./discordRatio.js";
import { generateCorpus } from "./generateCorpus.js";
import { queriesFor } from "./queries.js";
import { timeStart } from "./startTimes.js";

const quick = process.argv.includes("--quick");
const json = process.argv.includes("--json");
const say = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};
const work = mkdtempSync(join(tmpdir(), "verbatim-bench-"));
const SIZES = quick ? [1_000] : [1_000, 10_000, 100_000];

interface WorkloadFigures {
  paragraphs: number;
  articles: number;
  terms: number;
  loadMs: number;
  buildMs: number;
  snapshotSaveMs: number;
  snapshotLoadMs: number;
  heapMB: number;
  rssMB: number;
  commands: Record<string, { p50: number; p99: number; n: number }>;
  pipeline: { p50: number; p99: number };
  rawMiniSearch: { p50: number; p99: number };
  consoleReadyMs?: number;
  firstAnswerMs?: number;
  secondStartMs?: number;
}

function runWorkload(name: string, dir: string, people: string[], places: string[]): WorkloadFigures {
  const queriesFile = join(work, `${name}.queries.json`);
  writeFileSync(queriesFile, JSON.stringify(queriesFor(people, places)));
  const cacheDir = join(work, `${name}.cache`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/workload.ts", dir, queriesFile, cacheDir, quick ? "2" : "3"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`workload ${name} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as WorkloadFigures;
}

async function main() {
  say("building dist/ for the start-up figures…");
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "ignore" });
  const workloads: Record<string, WorkloadFigures> = {};
  const dirs: Record<string, string> = { seeds: "seeds" };
  say("seeds…");
  workloads.seeds = runWorkload("seeds", "seeds", [], []);
  for (const size of SIZES) {
    const name = size >= 1000 ? `${size / 1000}k` : String(size);
    say(`generating ${name} paragraphs…`);
    const generated = await generateCorpus(join(work, name), size, 20251123 + size);
    dirs[name] = generated.dir;
    say(`measuring ${name}…`);
    workloads[name] = runWorkload(name, generated.dir, generated.people, generated.places);
  }
  // Start-up: the console from the compiled build, then again with the snapshot in place.
  for (const name of Object.keys(workloads)) {
    if (quick && name !== "seeds") continue;
    const cacheDir = join(work, `${name}.start-cache`);
    const env = { SEEDS_DIR: dirs[name]!, VERBATIM_CACHE_DIR: cacheDir, DISCORD_TOKEN: "", LOG_LEVEL: "warn" };
    say(`start-up ${name}…`);
    const first = await timeStart(env, /console ready/, { line: "/who Russian foreign minister", answered: /Answer 1 of|sources don't say/ });
    const second = await timeStart(env, /console ready/);
    workloads[name]!.consoleReadyMs = first.readyMs;
    if (first.answerMs !== undefined) workloads[name]!.firstAnswerMs = first.answerMs;
    workloads[name]!.secondStartMs = second.readyMs;
  }
  // The bot: process start to ready against the local fake Discord, and the transport floor.
  say("bot start and Discord transport…");
  const fake = await startFakeDiscord();
  let botReadyMs: number;
  try {
    const started = await timeStart({ SEEDS_DIR: "seeds", DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.restUrl, LOG_LEVEL: "info", VERBATIM_CACHE_DIR: "off" }, /bot ready/);
    botReadyMs = started.readyMs;
  } finally {
    await fake.close();
  }
  const discord = await measureDiscordRatio(quick ? 20 : 40);
  rmSync(work, { recursive: true, force: true });
  const report = { machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, quick, workloads, botReadyMs, discord };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatReport(report)}\n`);
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "n/a" : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mark = (ok: boolean | undefined) => (ok === undefined ? "" : ok ? " ✓" : " ✗");

function formatReport(report: { workloads: Record<string, WorkloadFigures>; botReadyMs: number; discord: Awaited<ReturnType<typeof measureDiscordRatio>> }): string {
  const names = Object.keys(report.workloads);
  const rows: string[][] = [];
  const add = (label: string, values: (w: WorkloadFigures, name: string) => string) => rows.push([label, ...names.map((n) => values(report.workloads[n]!, n))]);
  add("paragraphs", (w) => String(w.paragraphs));
  add("distinct terms", (w) => String(w.terms));
  add("corpus load + chunking, ms", (w) => ms(w.loadMs));
  add("index build, ms", (w) => ms(w.buildMs));
  add("snapshot save, ms", (w) => ms(w.snapshotSaveMs));
  add("snapshot load, ms", (w) => ms(w.snapshotLoadMs));
  add("console ready (first start), ms", (w, n) => ms(w.consoleReadyMs) + (n === "seeds" ? mark(w.consoleReadyMs! <= 500) : ""));
  add("first /who answered, ms", (w) => ms(w.firstAnswerMs));
  add("second start (snapshot), ms", (w, n) => ms(w.secondStartMs) + (n === "100k" ? mark(w.secondStartMs! <= 2500) : ""));
  add("heap after load, MB", (w, n) => w.heapMB.toFixed(0) + (n === "100k" ? mark(w.heapMB <= 250) : ""));
  add("RSS after load, MB", (w) => w.rssMB.toFixed(0));
  for (const command of ["who", "where", "when", "quote", "ask", "summary", "autocomplete"]) {
    add(`${command} p50 / p99, ms`, (w, n) => {
      const c = w.commands[command];
      if (!c) return "n/a";
      const target = command === "autocomplete" ? (n === "seeds" ? 1 : n === "100k" ? 10 : undefined) : n === "seeds" ? 2 : n === "100k" ? 50 : undefined;
      return `${ms(c.p50)} / ${ms(c.p99)}${target === undefined ? "" : mark(c.p99 <= target)}`;
    });
  }
  add("raw MiniSearch p50 / p99, ms", (w) => `${ms(w.rawMiniSearch.p50)} / ${ms(w.rawMiniSearch.p99)}`);
  add("answers p99 ÷ raw MiniSearch p99", (w, n) => {
    const ratio = w.pipeline.p99 / w.rawMiniSearch.p99;
    return `${ratio.toFixed(2)}×${n === "100k" ? mark(ratio <= 0.5) : ""}`;
  });
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length), i === 0 ? 0 : names[i - 1]!.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const d = report.discord;
  return [
    line(["", ...names]),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `bot start to ready (seeds, local fake Discord): ${ms(report.botReadyMs)} ms`,
    `through the local fake Discord: /who p50 ${ms(d.whoP50)} ms (a new question each time), /help p50 ${ms(d.helpP50)} ms: ratio ${(d.whoP50 / d.helpP50).toFixed(2)}×${mark(d.whoP50 <= 1.25 * d.helpP50)} (target ≤ 1.25×); p99 ${ms(d.whoP99)} / ${ms(d.helpP99)} ms`,
    `  the same questions asked again (answer cache): /who p50 ${ms(d.repeatP50)} ms, ratio ${(d.repeatP50 / d.helpP50).toFixed(2)}×${mark(d.repeatP50 <= 1.25 * d.helpP50)}`,
  ].join("\n");
}

main().catch((error: unknown) => {
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
