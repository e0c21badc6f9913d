import { collectFacts, createAnalysis, PREPARE_AHEAD } from "./analysis/analyzeCorpus.js";
import { freezeDeep } from "./freezeDeep.js";
import { LruCache } from "./lruCache.js";
import { loadIndexSnapshot } from "./snapshot/loadIndexSnapshot.js";
import { answerQuestion } from "./answers/answerQuestion.js";
import { findSupportingSentences } from "./answers/findSupport.js";
import { explainQuestion } from "./explain/explainQuestion.js";
import type { AnswerContext } from "./answers/context.js";
import { createSearchIndex } from "./search/buildSearchIndex.js";
import { countPostingsAside } from "./search/countPostingsAside.js";
import { planQuery, prepareNameTerms } from "./search/planQuery.js";
import { buildSuggestionEntries, indexSuggestions, suggestEntries } from "./suggest.js";
import { summarize } from "./summary/summarize.js";
import type {
  Answer,
  AnswerResult,
  Corpus,
  Engine,
  ProgressListener,
  QuestionCommand,
  SourceInfo,
  Summary,
  SummaryOptions,
} from "./types.js";
import { isEnglishWord } from "./text/isEnglishWord.js";
import { prepareLexicon } from "./text/lexicon.js";

/** Longest query read, in characters; Discord allows 6000 and the rest adds nothing. */
export const MAX_QUERY_CHARS = 1000;
const DEFAULT_LIMIT = 4;
/** Distinct questions whose answers are kept. */
const ANSWER_CACHE = 512;

/** Make odd input harmless: drop control and invisible characters, lone surrogates, and excess length. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== "string") return "";
  return (
    query
      .slice(0, MAX_QUERY_CHARS)
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, " ")
      // Control and invisible formatting characters are exactly what this strips.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Options for building an engine. */
export interface BuildOptions {
  /**
   * Directory for the index snapshot. When set, a snapshot that matches the
   * corpus is loaded instead of rebuilding, and a stale or corrupt one is
   * rebuilt and replaced. Unset: always build, write nothing.
   */
  cacheDir?: string;
  /** How many distinct questions keep their answers in memory (default 512; 0 turns the cache off, as benchmarks of the answer path do). */
  answerCache?: number;
  /** Hears how far a build has come (analysing, attributing quotations, indexing); a start from a snapshot says nothing. */
  onProgress?: ProgressListener;
}

/**
 * A cached value, computed on a miss and frozen all the way down: the cache and every caller share it, and what a
 * caller tries to do to it throws rather than changing later answers. A copy for the cache and another per hit
 * (structuredClone) took about a fifth of a new /who's engine time in the bot.
 */
function remember<T>(cache: LruCache<string, T>, key: string, compute: () => T): T {
  const cached = cache.find(key);
  if (cached !== undefined) return cached;
  const value = freezeDeep(compute());
  cache.store(key, value);
  return value;
}

/** Paragraph indexes to analyse ahead of questions: the salient ones (richest in names), then every other in order. */
function* prepareOrder(salient: readonly number[], paragraphs: number): Generator<number, void> {
  const first = new Set(salient);
  yield* first;
  for (let p = 0; p < paragraphs; p++) if (!first.has(p)) yield p;
}

/**
 * The share of the corpus's paragraphs whose sentences' names a first build reads in the worker thread (the last
 * articles): about half, as the main thread and the worker both have about as much left to do after it (the
 * entity table and quotations here; the postings there), and the main thread also pays for receiving the
 * worker's findings. Measured at 100k paragraphs on 2 busy cores: the main thread's CPU time to a ready console
 * fell from 16-18 s to 13-15 s; a share of 0.6 changed it by less than the noise.
 */
const ASIDE_SHARE = 0.5;

/** Where the worker's share starts: the first article at or past ASIDE_SHARE from the end, by paragraphs. */
function asideFrom(corpus: Corpus): { article: number; paragraph: number } | undefined {
  const total = corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
  let paragraph = 0;
  for (const [article, { paragraphs }] of corpus.articles.entries()) {
    if (paragraph >= total * (1 - ASIDE_SHARE)) return { article, paragraph };
    paragraph += paragraphs.length;
  }
  return undefined;
}

/** Build the answer engine over a loaded corpus: analysis, entity table, index and autocomplete entries. */
export function buildEngine(corpus: Corpus, options: BuildOptions = {}): Engine {
  const { onProgress } = options;
  const { facts, postings, status } = loadIndexSnapshot(corpus, options.cacheDir, () => {
    const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
    const report =
      onProgress &&
      ((done: number) =>
        onProgress({ phase: "indexing", done, total: paragraphs.length, unit: "paragraphs" }));
    // The postings need nothing of the facts: they are counted in a worker thread meanwhile, when one can start,
    // after it has read the names of the last articles' sentences for the facts.
    const from = asideFrom(corpus);
    const counted = countPostingsAside(paragraphs, report, from?.paragraph);
    const built = collectFacts(
      corpus,
      onProgress,
      from && counted.facts && { from: from.article, take: counted.facts },
    );
    return { facts: built, postings: counted() };
  });
  const analysis = createAnalysis(corpus, facts);
  const context: AnswerContext = { analysis, index: createSearchIndex(postings) };
  // Autocomplete's index of names is made on first use (a few hundred ms at 100k paragraphs), not at start: a
  // restart is ready to answer without it.
  let suggestionIndex: ReturnType<typeof indexSuggestions> | undefined;
  const suggestions = () =>
    (suggestionIndex ??= indexSuggestions(buildSuggestionEntries(analysis, corpus.articles)));
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const sources: SourceInfo[] = [...corpus.articles]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => ({
      id: a.id,
      label: a.label,
      ...(a.date ? { date: a.date } : {}),
      paragraphs: a.paragraphs.length,
      // Citations show the story's label when a file bundles several stories.
      ...(a.stories.length > 1
        ? { stories: a.stories.map((s) => ({ label: s.label, first: s.first })) }
        : {}),
    }));

  // Answers are a pure function of the corpus and the question: repeated questions and answer paging reuse them.
  const answerCacheSize = Math.max(0, options.answerCache ?? ANSWER_CACHE);
  const answerCache = new LruCache<string, AnswerResult>(answerCacheSize);
  // A moderator previews a summary, then publishes it: the same topic twice in a row.
  const summaryCache = new LruCache<string, Summary>(answerCacheSize);

  const suggestFor = (query: string): string[] => {
    const plan = planQuery(query, analysis, context.index);
    const named = plan.entities.map((e) => e.name);
    // Only real words are worth a lookup: a two-letter prefix would read thousands of names. A lower-case English
    // word is not a misspelt name: "spies" must not suggest Spikes, nor "born" Bonn.
    const close = plan.concepts
      .filter(
        (c) =>
          !c.filler && c.word.length >= 4 && (/^\p{Lu}/u.test(c.word) || !isEnglishWord(c.word)),
      )
      .flatMap((c) =>
        suggestEntries(suggestions(), c.word, ["person", "place"], 3).map((s) => s.value),
      );
    const merged = [...new Set([...named, ...close])].slice(0, 5);
    return merged.length > 0 ? merged : sources.slice(0, 3).map((s) => s.label);
  };

  // What the first questions would otherwise make for themselves, one step each before any paragraph: at 100k
  // paragraphs the first no-answer question (suggestions) or autocomplete waited about 650 ms for them.
  const lookups: (() => unknown)[] = [
    prepareLexicon,
    () => prepareNameTerms(analysis),
    () => analysis.entities.surnameTree,
    suggestions,
  ];
  const preparing = prepareOrder(facts.salient, analysis.paragraphs.length);
  let prepared = 0;
  let quotesAfter: number | undefined;
  let preparingDone = false;

  return {
    corpus,
    version: corpus.version,
    snapshot: status,
    answer(command: QuestionCommand, query: string, options = {}): AnswerResult {
      const text = cleanQuery(query);
      const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10));
      return remember(answerCache, `${command}\u0000${limit}\u0000${text}`, () => {
        const answers: Answer[] = text ? answerQuestion(command, text, context, limit) : [];
        const result: AnswerResult = { command, query: text, answers };
        if (answers.length === 0) result.suggestions = suggestFor(text);
        return result;
      });
    },
    explain(command: QuestionCommand, query: string, options = {}) {
      const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 10));
      return explainQuestion(command, cleanQuery(query), context, limit);
    },
    summarize(topic: string, options: SummaryOptions = {}) {
      const text = cleanQuery(topic);
      const article = options.article?.trim() || undefined;
      return remember(summaryCache, `${article ?? ""}\u0000${text}`, () =>
        summarize(text, context, article ? { article } : {}),
      );
    },
    getParagraph(id: string, n: number) {
      return Number.isInteger(n) ? articles.get(id)?.paragraphs[n - 1] : undefined;
    },
    listSources() {
      return sources.map((s) => ({
        ...s,
        ...(s.stories ? { stories: s.stories.map((story) => ({ ...story })) } : {}),
      }));
    },
    suggest(typed: string, options = {}) {
      const limit = Math.max(1, Math.min(options.limit ?? 25, 25));
      return suggestEntries(suggestions(), cleanQuery(typed), options.kinds, limit);
    },
    findSupport(claim: string, options = {}) {
      const text = cleanQuery(claim);
      return text
        ? findSupportingSentences(text, context, Math.max(1, Math.min(options.limit ?? 3, 10)))
        : [];
    },
    entities() {
      return analysis.entities.entities;
    },
    prepareLookups() {
      for (let lookup = lookups.shift(); lookup; lookup = lookups.shift()) lookup();
    },
    prepare(count) {
      for (let i = 0; i < count && !preparingDone; i++) {
        const lookup = lookups.shift();
        if (lookup) {
          lookup();
          continue;
        }
        // An article's quotations are a step of their own (a long article's take milliseconds), after its last paragraph.
        const last = quotesAfter;
        quotesAfter = undefined;
        if (last !== undefined && analysis.prepareQuotes(last)) continue;
        const next = preparing.next();
        preparingDone =
          next.done === true ||
          !analysis.prepareParagraph(next.value) ||
          ++prepared >= PREPARE_AHEAD;
        if (!next.done) quotesAfter = next.value;
      }
      return !preparingDone;
    },
  };
}
