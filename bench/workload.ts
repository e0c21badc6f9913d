// One workload, measured in a fresh process so heap figures are its own:
//   node --expose-gc --import tsx bench/workload.ts <dir> <queries.json> <cacheDir> <runs> [profile]
// With `profile`, it prints where CPU time goes (index build, answers, summaries, autocomplete) instead of timings.
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { buildEngine, loadCorpus, type Corpus, type Engine } from "../src/engine/index.js";
import { isQuestionCommand } from "../src/engine/questionCommands.js";
import { PARAGRAPH_INDEX_OPTIONS } from "../src/engine/search/buildSearchIndex.js";
import { measureLatency } from "./latency.js";
import { median, timeIt, timeItAsync } from "./measure.js";
import { profileCpu, summariseProfile } from "./profileCpu.js";
import type { BenchQuery } from "./queries.js";

const [dir, queriesFile, cacheDir, runsArg, mode] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const queries = JSON.parse(readFileSync(queriesFile!, "utf8")) as BenchQuery[];
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const started = performance.now();
/** A progress line on stderr as each phase starts, so a slow phase shows while the run is going (stdout stays one JSON line). */
const phase = (name: string) =>
  process.stderr.write(
    `workload ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB: ${name}\n`,
  );

function ask(engine: Engine, query: BenchQuery): void {
  if (query.command === "summary") engine.summarize(query.query);
  else if (query.command === "autocomplete") engine.suggest(query.query, { limit: 25 });
  else engine.answer(query.command, query.query);
}

const countParagraphs = (corpus: Corpus) =>
  corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);

async function profileWorkload(): Promise<void> {
  const { corpus } = await loadCorpus(dir!);
  let engine: Engine | undefined;
  const build = summariseProfile(
    await profileCpu(() => (engine = buildEngine(corpus, { answerCache: 0 }))),
  );
  const rounds = countParagraphs(corpus) <= 20_000 ? 10 : 3;
  for (const query of queries) ask(engine!, query);
  const phase = async (keep: (q: BenchQuery) => boolean) => {
    const chosen = queries.filter(keep);
    return summariseProfile(
      await profileCpu(() => {
        for (let r = 0; r < rounds; r++) for (const q of chosen) ask(engine!, q);
      }),
    );
  };
  const profile = {
    build,
    answers: await phase((q) => isQuestionCommand(q.command)),
    summary: await phase((q) => q.command === "summary"),
    autocomplete: await phase((q) => q.command === "autocomplete"),
  };
  process.stdout.write(`${JSON.stringify({ paragraphs: countParagraphs(corpus), profile })}\n`);
}

async function measureWorkload(): Promise<void> {
  const loads: number[] = [];
  let corpus: Corpus | undefined;
  phase("corpus load + chunking");
  for (let i = 0; i < runs; i++) {
    const [loaded, ms] = await timeItAsync(() => loadCorpus(dir!));
    loads.push(ms);
    corpus = loaded.corpus;
  }
  phase("corpus snapshot save and loads");
  // The corpus snapshot: written once, then read (every file unchanged, so none is read or chunked).
  await loadCorpus(dir!, { cacheDir: cacheDir! });
  const corpusSnapshotLoads: number[] = [];
  for (let i = 0; i < runs; i++)
    corpusSnapshotLoads.push(
      (await timeItAsync(() => loadCorpus(dir!, { cacheDir: cacheDir! })))[1],
    );
  const paragraphs = countParagraphs(corpus!);
  const builds: number[] = [];
  phase("index build");
  for (let i = 0; i < Math.max(1, paragraphs > 50_000 ? 1 : runs); i++)
    builds.push(timeIt(() => buildEngine(corpus!))[1]);
  gc();
  phase("snapshot save");
  // Save a snapshot (the first build with a cache directory), keeping no reference to that engine.
  const saveMs = ((status) => (status.state === "built" ? status.saveMs : Number.NaN))(
    buildEngine(corpus!, { cacheDir: cacheDir! }).snapshot,
  );
  const snapshotLoads: number[] = [];
  phase("snapshot loads");
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

  phase("latency");
  // Warm up once (JIT, caches), then five runs of a few rounds each: small corpora are cheap to repeat, so more rounds.
  for (const query of queries) ask(engine, query);
  const rounds = paragraphs <= 200 ? 40 : paragraphs <= 2_000 ? 8 : paragraphs <= 20_000 ? 3 : 2;
  const latency = measureLatency(
    queries,
    (q) => (isQuestionCommand(q.command) ? [q.command, "answers"] : [q.command]),
    (q) => ask(engine, q),
    5,
    rounds,
  );
  const { answers: pipeline, ...commands } = latency;
  // What serving adds: the analysis caches filled by the questions, and what the first ones build (autocomplete's
  // index of names for suggestions). All bounded; this is the figure an instance's memory must allow for.
  gc();
  gc();
  const servingHeapMB = process.memoryUsage().heapUsed / 1048576;

  phase("raw MiniSearch build and latency");
  // Raw MiniSearch with the same options, searched the naive way (prefix + fuzzy, every hit scored and sorted).
  const raw = new MiniSearch(PARAGRAPH_INDEX_OPTIONS);
  raw.addAll(
    corpus!.articles
      .flatMap((a) => a.paragraphs)
      .map((p, id) => ({ id, text: p.text, section: p.section ?? "" })),
  );
  const searchable = queries.filter((q) => isQuestionCommand(q.command) && q.query);
  for (const query of searchable) raw.search(query.query, { prefix: true, fuzzy: 0.2 });
  const rawLatency = measureLatency(
    searchable,
    () => ["raw"],
    (q) => raw.search(q.query, { prefix: true, fuzzy: 0.2 }),
    5,
    paragraphs > 50_000 ? 1 : rounds,
  );

  phase("done");
  process.stdout.write(
    `${JSON.stringify({
      paragraphs,
      articles: corpus!.articles.length,
      terms: raw.termCount,
      loadMs: median(loads),
      corpusSnapshotLoadMs: median(corpusSnapshotLoads),
      buildMs: median(builds),
      snapshotSaveMs: saveMs,
      snapshotLoadMs: median(snapshotLoads),
      heapMB: memory.heapUsed / 1048576,
      servingHeapMB,
      rssMB: memory.rss / 1048576,
      commands,
      pipeline,
      rawMiniSearch: rawLatency.raw,
    })}\n`,
  );
}

await (mode === "profile" ? profileWorkload() : measureWorkload());
