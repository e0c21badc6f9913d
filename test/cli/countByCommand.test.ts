import { describe, expect, it } from "vitest";
import { countByCommand } from "../../src/cli/countByCommand.js";
import type { QuestionScore } from "../../src/cli/scoreEval.js";

const score = (
  command: string,
  pass1: boolean,
  over: Partial<QuestionScore> = {},
): QuestionScore => ({
  id: command,
  command,
  query: "q",
  none: false,
  pass1,
  pass3: pass1,
  citationsValid: 0,
  citationsChecked: 0,
  ...over,
});

describe("pass@1 per command", () => {
  it("counts answerable questions under their command and every no-answer question under none", () => {
    const counts = countByCommand([
      score("who", true),
      score("who", false),
      score("where", true),
      score("who", true, { none: true }),
      score("when", false, { none: true }),
    ]);
    expect(counts.byColumn.who).toEqual({ passed: 1, asked: 2 });
    expect(counts.byColumn.where).toEqual({ passed: 1, asked: 1 });
    expect(counts.byColumn.none).toEqual({ passed: 1, asked: 2 });
    expect(counts.byColumn.quote).toEqual({ passed: 0, asked: 0 });
  });

  it("counts the speaker figure over the questions that have accepted speakers only", () => {
    const counts = countByCommand([
      score("quote", true, { speakerRight: true }),
      score("quote", false, { speakerRight: false }),
      score("quote", false),
    ]);
    expect(counts.speaker).toEqual({ passed: 1, asked: 2 });
  });
});
