import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildEngine, loadCorpus } from "../engine/index.js";
import type { Engine } from "../engine/types.js";
import type { CitationSources } from "./checkCitation.js";
import type { EvalCorpus } from "./evalCorpora.js";
import { articleFileReader } from "./evaluateCorpus.js";
import { CliError } from "./loadEngine.js";
import {
  scoreSummary,
  summaryTopicsFileSchema,
  type SummaryScore,
  type SummaryTopic,
} from "./scoreSummary.js";
import type { SummarySet, SummaryTargets } from "./summaryCorpora.js";

/** An engine over one article directory, with the citation sources that check its bullets against the files. */
interface LoadedDirectory {
  engine: Engine;
  sources: CitationSources;
}

/** Engines by absolute directory, so that one run builds each corpus once. */
export type EngineCache = Map<string, Promise<LoadedDirectory>>;

async function loadDirectory(dir: string): Promise<LoadedDirectory> {
  const { corpus } = await loadCorpus(dir);
  const engine = buildEngine(corpus);
  const read = articleFileReader(dir);
  const files = new Map(corpus.articles.map((a) => [a.id, a.file]));
  const texts = new Map<string, string | undefined>();
  const sources: CitationSources = {
    paragraphText: (id, n) => engine.getParagraph(id, n)?.text,
    fileText: (id) => {
      const file = files.get(id);
      if (file === undefined) return undefined;
      if (!texts.has(file)) texts.set(file, read(file));
      return texts.get(file);
    },
  };
  return { engine, sources };
}

function engineFor(dir: string, cache: EngineCache): Promise<LoadedDirectory> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = loadDirectory(dir);
    cache.set(dir, loaded);
  }
  return loaded;
}

/** Read and check a key-facts file; a missing or malformed file is a CliError naming it. */
export function readSummaryTopics(file: string): SummaryTopic[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(
      `cannot read the summary key-facts file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = summaryTopicsFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(
      `${file} is not a valid summary key-facts file: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data.topics;
}

/** The totals of a set's summaries. */
export interface SummaryTotals {
  factsCovered: number;
  factsListed: number;
  repeats: number;
  /** Invalid bullets plus summaries of the wrong size. */
  invalid: number;
}

/** A key-facts file that was scored: every topic's score, the totals and the targets they miss. */
export interface SummarySetRun {
  id: string;
  state: "run";
  scores: SummaryScore[];
  totals: SummaryTotals;
  belowGoal: string[];
  belowFloor: string[];
}

export type SummarySetOutcome = SummarySetRun | { id: string; state: "skipped"; reason: string };

/** Add up scores. */
export function totalScores(scores: readonly SummaryScore[]): SummaryTotals {
  return {
    factsCovered: scores.reduce((n, s) => n + s.facts.filter((f) => f.covered).length, 0),
    factsListed: scores.reduce((n, s) => n + s.facts.length, 0),
    repeats: scores.reduce((n, s) => n + s.repeats.length, 0),
    invalid: scores.reduce((n, s) => n + s.invalid.length + (s.size ? 1 : 0), 0),
  };
}

/** The figures of `totals` that miss `targets`, as words ("coverage 14/32 < 80%"). */
export function checkSummaryTargets(totals: SummaryTotals, targets: SummaryTargets): string[] {
  const misses: string[] = [];
  const share = totals.factsListed === 0 ? 0 : totals.factsCovered / totals.factsListed;
  if (share < targets.coverage)
    misses.push(
      `coverage ${totals.factsCovered}/${totals.factsListed} < ${Math.round(targets.coverage * 100)}%`,
    );
  if (totals.repeats > targets.repeats)
    misses.push(`repeats ${totals.repeats} > ${targets.repeats}`);
  if (totals.invalid > targets.invalid)
    misses.push(`invalid ${totals.invalid} > ${targets.invalid}`);
  return misses;
}

/**
 * Summarise every topic of a key-facts file on an engine built from its corpus's own directory (never from the
 * snapshot cache) and score it. A set whose file or a directory is absent is skipped, with the reason.
 */
export async function evaluateSummarySet(
  set: SummarySet,
  root: string,
  cache: EngineCache = new Map(),
): Promise<SummarySetOutcome> {
  const file = resolve(root, set.topics);
  const dirs = Object.values(set.articles).map((d) => ({ name: d, path: resolve(root, d) }));
  const missing = [{ name: set.topics, path: file }, ...dirs]
    .filter((p) => !existsSync(p.path))
    .map((p) => p.name);
  if (missing.length > 0)
    return { id: set.id, state: "skipped", reason: `${missing.join(" and ")} not found` };
  const scores: SummaryScore[] = [];
  for (const topic of readSummaryTopics(file)) {
    const dir = set.articles[topic.corpus];
    if (dir === undefined)
      throw new CliError(
        `${set.topics}: topic ${JSON.stringify(topic.topic)} names corpus ${topic.corpus}, which the set does not list`,
      );
    const { engine, sources } = await engineFor(resolve(root, dir), cache);
    if (
      topic.article !== undefined &&
      !engine.corpus.articles.some((a) => a.id === topic.article)
    ) {
      throw new CliError(
        `${set.topics}: topic ${JSON.stringify(topic.topic)} names article ${topic.article}, which ${dir} does not hold`,
      );
    }
    scores.push(
      scoreSummary(
        topic,
        engine.summarize(
          topic.topic,
          topic.article !== undefined ? { article: topic.article } : {},
        ),
        sources,
      ),
    );
  }
  const totals = totalScores(scores);
  return {
    id: set.id,
    state: "run",
    scores,
    totals,
    belowGoal: checkSummaryTargets(totals, set.goal),
    belowFloor: checkSummaryTargets(totals, set.floor),
  };
}

/** How a whole-corpus summary covers the corpus: its score and the articles and stories it cites. */
export interface CorpusSummaryRun {
  id: string;
  state: "run";
  score: SummaryScore;
  articlesCited: number;
  articles: number;
  storiesCited: number;
  stories: number;
}

export type CorpusSummaryOutcome =
  CorpusSummaryRun | { id: string; state: "skipped"; reason: string };

/**
 * The whole-corpus summary (no topic) of an evaluation corpus: repeats, invalid bullets, and how many of the
 * corpus's articles and stories (stories as the chunker splits files) its bullets cite.
 */
export async function evaluateCorpusSummary(
  corpus: EvalCorpus,
  root: string,
  cache: EngineCache = new Map(),
): Promise<CorpusSummaryOutcome> {
  const dir = resolve(root, corpus.articles);
  if (!existsSync(dir))
    return { id: corpus.id, state: "skipped", reason: `${corpus.articles} not found` };
  const { engine, sources } = await engineFor(dir, cache);
  const summary = engine.summarize("");
  const score = scoreSummary({ corpus: corpus.id, topic: "", facts: ["."] }, summary, sources);
  const storyOf = (article: string, paragraph: number) => {
    const stories = engine.corpus.articles.find((a) => a.id === article)?.stories ?? [];
    let index = 0;
    stories.forEach((s, i) => {
      if (s.first <= paragraph) index = i;
    });
    return `${article}#${index}`;
  };
  const cited = summary.bullets.flatMap((b) => b.citations);
  return {
    id: corpus.id,
    state: "run",
    score,
    articlesCited: new Set(cited.map((c) => c.article)).size,
    articles: engine.corpus.articles.length,
    storiesCited: new Set(cited.map((c) => storyOf(c.article, c.paragraph))).size,
    stories: engine.corpus.articles.reduce((n, a) => n + a.stories.length, 0),
  };
}
