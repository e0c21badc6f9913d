import { describe, expect, it } from "vitest";
import type { EvalCorpus } from "../../src/cli/evalCorpora.js";
import {
  corpusColumnWidth,
  formatCommandTable,
  formatCorpusLine,
} from "../../src/cli/formatCorpusReport.js";
import { judgeCorpusRun, type CorpusOutcome } from "../../src/cli/judgeCorpusRun.js";
import { summarizeScores, type QuestionScore } from "../../src/cli/scoreEval.js";

const corpus: EvalCorpus = {
  id: "news",
  questions: "q.json",
  articles: "articles",
  goal: { pass1: 0.9, speakers: 0.9, wrongNoAnswers: 1, citations: 1 },
  floor: { pass1: 0.5, speakers: 0, wrongNoAnswers: 1, citations: 1 },
};
const score = (command: string, pass1: boolean, none = false): QuestionScore => ({
  id: command,
  command,
  query: "q",
  none,
  pass1,
  pass3: pass1,
  citationsValid: 1,
  citationsChecked: 1,
});
const runOf = (scores: QuestionScore[]) =>
  judgeCorpusRun(corpus, { summary: summarizeScores(scores), questions: scores });

describe("the per-corpus report", () => {
  it("says why a corpus was skipped", () => {
    expect(formatCorpusLine({ id: "bbc", state: "skipped", reason: "bbc.json not found" }, 6)).toBe(
      "bbc    skipped: bbc.json not found",
    );
  });

  it("prints the figures and which of them fall short of the goal", () => {
    const line = formatCorpusLine(
      runOf([score("who", true), score("where", false), score("who", true, true)]),
      6,
    );
    expect(line).toMatch(/^news +pass@1 1\/2 \(50\.0%\)/);
    expect(line).toContain("below goal: pass@1 50.0% (goal ≥ 90.0%)");
    expect(line).not.toContain("BELOW FLOOR");
  });

  it("flags a figure below the floor that CI enforces", () => {
    expect(formatCorpusLine(runOf([score("who", false), score("where", false)]), 6)).toContain(
      "BELOW FLOOR: pass@1 0.0% (floor ≥ 50.0%)",
    );
  });

  it("says goal met when every figure reaches the goal", () => {
    expect(formatCorpusLine(runOf([score("who", true)]), 6)).toMatch(/goal met$/);
  });

  it("tabulates pass@1 per command, one row per corpus that ran, with a dash for a command it never asks", () => {
    const outcomes: CorpusOutcome[] = [
      runOf([score("who", true), score("who", false), score("when", true, true)]),
      { id: "gone", state: "skipped", reason: "absent" },
    ];
    const [header, row, ...rest] = formatCommandTable(outcomes, corpusColumnWidth(outcomes));
    expect(header?.split(/\s+/)).toEqual([
      "pass@1",
      "who",
      "where",
      "when",
      "quote",
      "ask",
      "none",
      "speaker",
    ]);
    expect(row?.split(/\s{2,}/)).toEqual(["news", "1/2 50%", "-", "-", "-", "-", "1/1 100%", "-"]);
    expect(rest).toEqual([]);
  });
});
