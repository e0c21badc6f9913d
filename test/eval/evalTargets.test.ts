import { describe, expect, it } from "vitest";
import { EVAL_CORPORA } from "../../src/cli/evalCorpora.js";
import { evaluateCorpus } from "../../src/cli/evaluateCorpus.js";

describe("the evaluation corpora", () => {
  it("hold every citation to 100% valid, in the goal and in the floor of every corpus", () => {
    for (const corpus of EVAL_CORPORA) {
      expect(corpus.goal.citations, corpus.id).toBe(1);
      expect(corpus.floor.citations, corpus.id).toBe(1);
    }
  });

  // one test per corpus, each on an engine built from its own directory; a ../shared corpus absent here is skipped
  for (const corpus of EVAL_CORPORA) {
    it(`${corpus.id}: stays at or above its floor (pass@1 ≥ ${corpus.floor.pass1}, speakers ≥ ${corpus.floor.speakers}, wrong no-answers ≤ ${corpus.floor.wrongNoAnswers}, every citation verbatim in its file)`, async (context) => {
      const outcome = await evaluateCorpus(corpus, process.cwd());
      if (outcome.state === "skipped") {
        console.warn(`evalTargets: corpus ${corpus.id} skipped: ${outcome.reason}`);
        context.skip();
        return;
      }
      expect(outcome.run.summary.answerable).toBeGreaterThan(0);
      expect(outcome.run.summary.citationsChecked).toBeGreaterThan(0);
      expect(outcome.belowFloor).toEqual([]);
    }, 60_000);
  }
});
