import { describe, expect, it } from "vitest";
import { EVAL_CORPORA } from "../../src/cli/evalCorpora.js";
import {
  evaluateCorpusSummary,
  evaluateSummarySet,
  type EngineCache,
} from "../../src/cli/evaluateSummaries.js";
import { SUMMARY_SETS, WHOLE_CORPUS_ARTICLES } from "../../src/cli/summaryCorpora.js";

// One engine per article directory for the whole file: the sets and the whole-corpus checks share them.
const engines: EngineCache = new Map();

describe("the summary scores", () => {
  for (const set of SUMMARY_SETS) {
    it(`${set.id}: states at least ${Math.round(set.floor.coverage * 100)}% of the key facts, with at most ${set.floor.repeats} repeated-fact pairs and ${set.floor.invalid} invalid bullets`, async (context) => {
      const outcome = await evaluateSummarySet(set, process.cwd(), engines);
      if (outcome.state === "skipped") {
        console.warn(`summaryTargets: set ${set.id} skipped: ${outcome.reason}`);
        context.skip();
        return;
      }
      expect(outcome.totals.factsListed).toBeGreaterThan(0);
      expect(outcome.belowFloor).toEqual([]);
    }, 60_000);
  }

  for (const corpus of EVAL_CORPORA) {
    const least = WHOLE_CORPUS_ARTICLES[corpus.id] ?? 1;
    it(`${corpus.id}: the whole-corpus summary cites at least ${least} articles, states no fact twice and has only pinnable bullets`, async (context) => {
      const outcome = await evaluateCorpusSummary(corpus, process.cwd(), engines);
      if (outcome.state === "skipped") {
        console.warn(`summaryTargets: corpus ${corpus.id} skipped: ${outcome.reason}`);
        context.skip();
        return;
      }
      expect(outcome.articlesCited).toBeGreaterThanOrEqual(least);
      expect(outcome.score.repeats).toEqual([]);
      expect(outcome.score.invalid).toEqual([]);
      expect(outcome.score.size).toBeUndefined();
      expect(outcome.score.bullets).toBeGreaterThanOrEqual(5);
    }, 60_000);
  }
});
