import { describe, expect, it } from "vitest";
import type { CitationSources } from "../../src/cli/checkCitation.js";
import { checkSummaryTargets, totalScores } from "../../src/cli/evaluateSummaries.js";
import {
  bulletProblem,
  coveredFacts,
  findRepeatedPairs,
  scoreSummary,
  sizeProblem,
} from "../../src/cli/scoreSummary.js";
import type { Summary } from "../../src/engine/types.js";

const PARAGRAPH = "Talks began in Jeddah on Tuesday. He said the minerals deal was close.";
const sources: CitationSources = {
  paragraphText: (id, n) => (id === "a" && n === 1 ? PARAGRAPH : undefined),
  fileText: (id) => (id === "a" ? `Title\n\n${PARAGRAPH}\n` : undefined),
};
const summaryOf = (...texts: string[]): Summary => ({
  command: "summary",
  query: "",
  bullets: texts.map((text) => ({ text, citations: [{ article: "a", paragraph: 1 }] })),
});

describe("the summary score", () => {
  it("counts a key fact covered when a bullet matches its pattern after the evaluation's folding", () => {
    const facts = coveredFacts(summaryOf("Talks began in Jeddah on Tuesday."), [
      "jeddah",
      "Riyadh|Jeddah",
      "minerals? deal",
    ]);
    expect(facts.map((f) => f.covered)).toEqual([true, true, false]);
  });

  it("finds two bullets that repeat one fact in other words, and not two that share a name", () => {
    const summary = summaryOf(
      "Malcolm Glazer has made a fresh approach to buy Manchester United, valuing the club at £800m.",
      "Glazer made a fresh approach to buy Manchester United at a value of £800m, the club said.",
      "Manchester United fans protested outside Old Trafford on Saturday.",
    );
    expect(findRepeatedPairs(summary)).toEqual([[0, 1]]);
  });

  it("rejects a bullet that is uncited, not verbatim in its first citation, or opens on an unresolved pronoun", () => {
    expect(
      bulletProblem(
        { text: "Talks began in Jeddah on Tuesday.", citations: [{ article: "a", paragraph: 1 }] },
        sources,
      ),
    ).toBeUndefined();
    expect(
      bulletProblem({ text: "Talks began in Jeddah on Tuesday.", citations: [] }, sources),
    ).toBe("uncited");
    expect(
      bulletProblem(
        { text: "Talks began in Riyadh on Tuesday.", citations: [{ article: "a", paragraph: 1 }] },
        sources,
      ),
    ).toBe("not-verbatim");
    expect(
      bulletProblem(
        {
          text: "He said the minerals deal was close.",
          citations: [{ article: "a", paragraph: 1 }],
        },
        sources,
      ),
    ).toBe("dangling");
  });

  it("holds a summary to 3–10 bullets within Discord's 4096 characters", () => {
    expect(sizeProblem(summaryOf("One.", "Two.", "Three."))).toBeUndefined();
    expect(sizeProblem(summaryOf("One.", "Two."))).toBe("too-few");
    expect(sizeProblem(summaryOf(...Array.from({ length: 11 }, (_, i) => `Point ${i}.`)))).toBe(
      "too-many",
    );
    expect(sizeProblem(summaryOf("x".repeat(2100), "y".repeat(2100), "z"))).toBe("too-long");
  });

  it("adds up a set and names each figure that misses its target", () => {
    const score = scoreSummary(
      { corpus: "c", topic: "", facts: ["Jeddah", "Riyadh"] },
      summaryOf(
        "Talks began in Jeddah on Tuesday.",
        "He said the minerals deal was close.",
        "Talks began in Jeddah on Tuesday.",
      ),
      sources,
    );
    const totals = totalScores([score]);
    expect(totals).toEqual({ factsCovered: 1, factsListed: 2, repeats: 1, invalid: 1 });
    expect(checkSummaryTargets(totals, { coverage: 0.8, repeats: 0, invalid: 0 })).toEqual([
      "coverage 1/2 < 80%",
      "repeats 1 > 0",
      "invalid 1 > 0",
    ]);
  });
});
