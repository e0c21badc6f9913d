// One workload, measured in a fresh process so heap figures are its own: node --expose-gc --import tsx bench/workload.ts <dir> <queries.json> <cacheDir> <runs>
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { buildEngine, loadCorpus, type Engine } from "../src/engine/index.js";
import { PARAGRAPH_INDEX_OPTIONS } from "../src/engine/search/buildSearchIndex.js";
import { median, percentile, timeIt, timeItAsync } from "./measure.js";
import type { BenchQuery } from "./queries.js";

const [dir, queriesFile, cacheDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const queries = JSON.parse(readFileSync(queriesFile!, "utf8")) as BenchQuery[];
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function ask(engine: Engine, query: BenchQuery): void {
  if (query.command === "summary") engine.summarize(query.query);
  else if (query.command === "autocomplete") engine.suggest(query.query, { limit: 25 });
  else engine.answer(query.command, query.query);
}

const loads: number[] = [];
let corpus;
for (let i = 0; i < runs; i++) {
  const [loaded, ms] = await timeItAsync(() => loadCorpus(dir!));
  loads.push(ms);
  corpus = loaded.corpus;
}
const paragraphs = corpus!.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
const builds: number[] = [];
for (let i = 0; i < Math.max(1, paragraphs > 50_000 ? 1 : runs); i++) builds.push(timeIt(() => buildEngine(corpus!))[1]);
gc();
// Save a snapshot (the first build with a cache directory), keeping no reference to that engine.
const saveMs = ((status) => (status.state === "built" ? status.saveMs : Number.NaN))(buildEngine(corpus!, { cacheDir: cacheDir! }).snapshot);
const snapshotLoads: number[] = [];
let engine: Engine | undefined;
for (let i = 0; i < runs; i++) {
  // The answer cache is off: these figures are for computing answers, not for repeating them.
  engine = buildEngine(corpus!, { cacheDir: cacheDir!, answerCache: 0 });
  if (engine.snapshot.state === "loaded") snapshotLoads.push(engine.snapshot.loadMs);
}
engine ??= buildEngine(corpus!, { answerCache: 0 });
gc();
gc();
const memory = process.memoryUsage();

// Warm up once (JIT, caches), then time every query `rounds` times.
for (const query of queries) ask(engine, query);
const latency: Record<string, number[]> = {};
// Enough rounds that p99 is a tail, not the single slowest run: small corpora are cheap to repeat.
const rounds = paragraphs <= 2_000 ? 30 : paragraphs <= 20_000 ? 10 : 5;
for (let round = 0; round < rounds; round++) {
  for (const query of queries) {
    const start = performance.now();
    ask(engine, query);
    (latency[query.command] ??= []).push(performance.now() - start);
  }
}
const pipeline = Object.entries(latency).filter(([command]) => command !== "autocomplete" && command !== "summary").flatMap(([, samples]) => samples);

// Raw MiniSearch with the same options, searched the naive way (prefix + fuzzy, every hit scored and sorted).
const raw = new MiniSearch(PARAGRAPH_INDEX_OPTIONS);
raw.addAll(corpus!.articles.flatMap((a) => a.paragraphs).map((p, id) => ({ id, text: p.text, section: p.section ?? "" })));
const rawSamples: number[] = [];
const searchable = queries.filter((q) => q.command !== "autocomplete" && q.command !== "summary" && q.query);
for (const query of searchable) raw.search(query.query, { prefix: true, fuzzy: 0.2 });
for (let round = 0; round < rounds; round++) {
  for (const query of searchable) {
    const start = performance.now();
    raw.search(query.query, { prefix: true, fuzzy: 0.2 });
    rawSamples.push(performance.now() - start);
  }
}

const commands = Object.fromEntries(Object.entries(latency).map(([command, samples]) => [command, { p50: percentile(samples, 50), p99: percentile(samples, 99), n: samples.length }]));
process.stdout.write(
  `${JSON.stringify({
    paragraphs,
    articles: corpus!.articles.length,
    terms: raw.termCount,
    loadMs: median(loads),
    buildMs: median(builds),
    snapshotSaveMs: saveMs,
    snapshotLoadMs: median(snapshotLoads),
    heapMB: memory.heapUsed / 1048576,
    rssMB: memory.rss / 1048576,
    commands,
    pipeline: { p50: percentile(pipeline, 50), p99: percentile(pipeline, 99) },
    rawMiniSearch: { p50: percentile(rawSamples, 50), p99: percentile(rawSamples, 99) },
  })}\n`,
);
