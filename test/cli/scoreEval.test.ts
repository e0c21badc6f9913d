import { describe, expect, it } from "vitest";
import {
  answerPasses,
  meetsTargets,
  scoreQuestion,
  summarizeScores,
  type EvalQuestion,
} from "../../src/cli/scoreEval.js";
import type { Answer, AnswerResult } from "../../src/engine/types.js";

const answer = (text: string, extra: Partial<Answer> = {}): Answer => ({
  answer: text,
  evidence: `${text} was said.`,
  citations: [{ article: "a", paragraph: 1 }],
  score: 1,
  ...extra,
});
const result = (command: AnswerResult["command"], answers: Answer[]): AnswerResult => ({
  command,
  query: "q",
  answers,
});
const valid = () => true;

describe("evaluation scoring", () => {
  it("passes an answer whose folded text contains an accepted spelling", () => {
    const q: EvalQuestion = {
      id: "w",
      command: "who",
      query: "q",
      expect: ["Zelensky", "Zelenskyy"],
    };
    expect(answerPasses(q, answer("Volodymyr ZELENSKYY"))).toBe(true);
    expect(answerPasses(q, answer("Volodymyr Zelenskiy"))).toBe(false);
  });

  it("fails a who answer longer than six words, even when it contains the name", () => {
    const q: EvalQuestion = { id: "w", command: "who", query: "q", expect: ["Lavrov"] };
    expect(answerPasses(q, answer("Russian Foreign Minister Sergei Lavrov said today"))).toBe(
      false,
    );
  });

  it("lets an ask answer pass on its evidence", () => {
    const q: EvalQuestion = { id: "a", command: "ask", query: "q", expect: ["$65 billion"] };
    expect(answerPasses(q, answer("some aid", { evidence: "some $65 billion in aid" }))).toBe(true);
  });

  it("requires the right speaker for a quote", () => {
    const q: EvalQuestion = {
      id: "q",
      command: "quote",
      query: "q",
      expect: ["ceasefire"],
      speaker: ["Witkoff"],
    };
    expect(
      scoreQuestion(
        q,
        result("quote", [answer("a ceasefire", { speaker: "Steve Witkoff" })]),
        valid,
      ),
    ).toMatchObject({ pass1: true, speakerRight: true });
    expect(
      scoreQuestion(q, result("quote", [answer("a ceasefire", { speaker: "Rubio" })]), valid),
    ).toMatchObject({ pass1: false, speakerRight: false });
  });

  it("counts pass@3 and right no-answers, and gates on the targets", () => {
    const found: EvalQuestion = { id: "1", command: "where", query: "q", expect: ["Kyiv"] };
    const none: EvalQuestion = { id: "2", command: "who", query: "q", none: true };
    const scores = [
      scoreQuestion(found, result("where", [answer("Moscow"), answer("Kyiv")]), valid),
      scoreQuestion(none, result("who", [answer("Somebody")]), valid),
    ];
    expect(scores[0]).toMatchObject({ pass1: false, pass3: true });
    expect(scores[1]).toMatchObject({ noAnswerRight: false });
    const summary = summarizeScores(scores);
    expect(summary).toMatchObject({
      answerable: 1,
      pass1: 0,
      pass3: 1,
      noAnswerQuestions: 1,
      noAnswersRight: 0,
    });
    expect(meetsTargets(summary)).toBe(false);
  });
});
