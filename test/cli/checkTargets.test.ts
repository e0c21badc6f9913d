import { describe, expect, it } from "vitest";
import { checkTargets } from "../../src/cli/checkTargets.js";
import type { EvalTargets } from "../../src/cli/evalCorpora.js";
import type { EvalSummary } from "../../src/cli/scoreEval.js";

const targets: EvalTargets = { pass1: 0.8, speakers: 0.9, wrongNoAnswers: 1, citations: 1 };
const summary = (over: Partial<EvalSummary> = {}): EvalSummary => ({
  answerable: 10,
  pass1: 8,
  pass3: 9,
  speakerQuestions: 10,
  speakersRight: 9,
  noAnswerQuestions: 4,
  noAnswersRight: 3,
  citationsChecked: 20,
  citationsValid: 20,
  ...over,
});

describe("checking a run against its targets", () => {
  it("finds nothing short when every figure reaches its target exactly", () => {
    expect(checkTargets(summary(), targets)).toEqual([]);
  });

  it("names each figure that falls short, with the measured and the target figure", () => {
    const short = checkTargets(
      summary({ pass1: 7, speakersRight: 8, noAnswersRight: 2, citationsValid: 19 }),
      targets,
    );
    expect(short.map((s) => s.figure)).toEqual([
      "pass@1",
      "speaker",
      "wrong no-answers",
      "citations",
    ]);
    expect(short[0]).toEqual({ figure: "pass@1", measured: "70.0%", target: "≥ 80.0%" });
    expect(short[2]).toEqual({ figure: "wrong no-answers", measured: "2", target: "≤ 1" });
  });

  it("counts a share over no questions as met, so a corpus without quotes has no speaker figure to miss", () => {
    expect(checkTargets(summary({ speakerQuestions: 0, speakersRight: 0 }), targets)).toEqual([]);
  });
});
