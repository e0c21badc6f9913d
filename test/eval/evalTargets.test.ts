import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evalFileSchema, meetsTargets, scoreQuestion, summarizeScores } from "../../src/cli/scoreEval.js";
import { seedEngine } from "../engine/seedEngine.js";

describe("the evaluation set", () => {
  it("meets the answer-engine targets on the seeds: pass@1 ≥ 90%, speakers ≥ 90%, every no-answer and citation right", async () => {
    const engine = await seedEngine();
    const { questions } = evalFileSchema.parse(JSON.parse(readFileSync("test/eval/questions.json", "utf8")));
    const citationValid = (answer: { evidence: string; citations: { article: string; paragraph: number }[] }) =>
      engine.getParagraph(answer.citations[0]!.article, answer.citations[0]!.paragraph)?.text.includes(answer.evidence) ?? false;
    const summary = summarizeScores(questions.map((q) => scoreQuestion(q, engine.answer(q.command, q.query), citationValid)));
    expect(summary.answerable).toBeGreaterThanOrEqual(27);
    expect(meetsTargets(summary)).toBe(true);
  });
});
