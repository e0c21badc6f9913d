import { describe, expect, it } from "vitest";
import { collectFacts, createAnalysis } from "../../src/engine/analysis/analyzeCorpus.js";
import type { AnswerContext } from "../../src/engine/answers/context.js";
import { findProfileTarget } from "../../src/engine/answers/profileAnswers.js";
import { loadCorpus } from "../../src/engine/index.js";
import {
  buildParagraphPostings,
  createSearchIndex,
} from "../../src/engine/search/buildSearchIndex.js";
import { planQuery } from "../../src/engine/search/planQuery.js";

async function seedContext(): Promise<AnswerContext> {
  const { corpus } = await loadCorpus("seeds");
  return {
    analysis: createAnalysis(corpus, collectFacts(corpus)),
    index: createSearchIndex(buildParagraphPostings(corpus.articles.flatMap((a) => a.paragraphs))),
  };
}

/** What a profile question is, said with the whole query plan: a person, and no word that is content besides names. */
function profileTargetByPlan(query: string, context: AnswerContext): string | undefined {
  const match = /^\s*(?:who\s+(?:is|was|are|were|'s)\s+)?(.+?)\s*\??\s*$/i.exec(query);
  if (!match) return undefined;
  const name = match[1]!.replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/i, "");
  const plan = planQuery(name, context.analysis, context.index);
  const person = plan.entities.find((e) => e.kind === "person");
  if (!person || plan.concepts.some((c) => !c.entity && !c.filler)) return undefined;
  return person.id;
}

const QUERIES = [
  "Who is Lavrov?",
  "Lavrov",
  "Mr Lavrov",
  "Who was Mr. Lavrov?",
  "Lavrov foreign minister",
  "Who is the Kremlin spokesperson?",
  "Who is Sergei Lavrov",
  "Who is Rubio?",
  "Who is Marco Rubio and Lavrov?",
  "Who is Dr Lavrov",
  "who is lavrov",
  "Who is Lavrov in Riyadh?",
  "Who is Lavrov place?",
  "Who is Lavorv?",
  "Who is Xyzzy Lavrov?",
  "Who is the president?",
  "Who is Putin?",
  "Who is Trump",
  "Who is Zelensky?",
  "Who met in Riyadh?",
  "Where is Riyadh?",
  "Who is Saudi Arabia?",
  "   ",
  "Who is?",
];

describe("findProfileTarget", () => {
  it("takes a question for a profile exactly when the query's plan is one person and nothing else", async () => {
    const context = await seedContext();
    let profiles = 0;
    for (const query of QUERIES) {
      const target = findProfileTarget(query, context)?.id;
      if (target) profiles++;
      expect(target, query).toBe(profileTargetByPlan(query, context));
    }
    // The list must exercise both outcomes, or agreeing would prove nothing.
    expect(profiles).toBeGreaterThan(3);
    expect(profiles).toBeLessThan(QUERIES.length - 3);
  });
});
