import { describe, expect, it } from "vitest";
import { runEval, type EvalEngine } from "../../src/cli/runEval.js";
import { formatScoreRow, type EvalQuestion } from "../../src/cli/scoreEval.js";
import type { Answer, Paragraph } from "../../src/engine/types.js";

const paragraph = { article: "a1", n: 1, text: "Lavrov met Rubio in Riyadh." } as Paragraph;
const answers: Record<string, Answer[]> = {
  "who met Rubio": [
    {
      answer: "Lavrov",
      evidence: "Lavrov met Rubio",
      citations: [{ article: "a1", paragraph: 1 }],
      score: 2,
    },
  ],
  "where did they meet": [
    {
      answer: "Jeddah",
      evidence: "Lavrov met Rubio in Jeddah",
      citations: [{ article: "a1", paragraph: 1 }],
      score: 1,
    },
  ],
};
const engine: EvalEngine = {
  corpus: { articles: [{ id: "a1", file: "a1.txt" }] },
  getParagraph: (id, n) => (id === "a1" && n === 1 ? paragraph : undefined),
  answer: (command, query) => ({ command, query, answers: answers[query] ?? [] }),
};
const questions: EvalQuestion[] = [
  { id: "who-1", command: "who", query: "who met Rubio", expect: ["Lavrov"] },
  { id: "where-1", command: "where", query: "where did they meet", expect: ["Riyadh"] },
  { id: "none-1", command: "who", query: "who is the king of Spain", none: true },
];

describe("evaluation run", () => {
  it("scores each question and counts a citation whose evidence is not in its paragraph as invalid", () => {
    const run = runEval(engine, questions, (file) =>
      file === "a1.txt" ? "Title\n\nLavrov met Rubio in Riyadh.\n" : undefined,
    );
    expect(run.questions.map((q) => [q.id, q.pass1])).toEqual([
      ["who-1", true],
      ["where-1", false],
      ["none-1", true],
    ]);
    expect(run.summary).toMatchObject({
      answerable: 2,
      pass1: 1,
      noAnswersRight: 1,
      citationsChecked: 2,
      citationsValid: 1,
    });
  });

  it("counts every citation invalid when the article file cannot be read", () => {
    expect(runEval(engine, questions, () => undefined).summary.citationsValid).toBe(0);
  });

  it("prints one table row per question with pass@1, pass@3, the first answer and its speaker", () => {
    const row = formatScoreRow({
      id: "quote-1",
      command: "quote",
      query: "q",
      none: false,
      pass1: false,
      pass3: true,
      citationsValid: 1,
      citationsChecked: 1,
      first: "a ceasefire",
      firstSpeaker: "Steve Witkoff",
    });
    expect(row).toMatch(/^quote-1 +no +yes +a ceasefire +Steve Witkoff$/);
    expect(
      formatScoreRow({
        id: "none-1",
        command: "who",
        query: "q",
        none: true,
        pass1: false,
        pass3: false,
        citationsValid: 0,
        citationsChecked: 1,
        first: "Somebody",
      }),
    ).toContain("answered: Somebody");
  });
});
