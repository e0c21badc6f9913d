import { describe, expect, it } from "vitest";
import { formatAnswerText, formatSummaryText } from "../../src/cli/formatText.js";

const labels = new Map([["002", "Talks in Riyadh"]]);

describe("text output", () => {
  it("shows answer, speaker, evidence and a labelled citation", () => {
    const text = formatAnswerText(
      {
        command: "quote",
        query: "q",
        answers: [
          {
            answer: "no place at the table",
            evidence: "He said “no place at the table”.",
            citations: [{ article: "002", paragraph: 14 }],
            score: 1,
            speaker: "Sergey Lavrov",
          },
        ],
      },
      labels,
    );
    expect(text).toContain("1. no place at the table");
    expect(text).toContain("said by: Sergey Lavrov");
    expect(text).toContain("source: Talks in Riyadh ¶14 (002)");
  });

  it("says plainly when the sources don't say, with suggestions", () => {
    expect(
      formatAnswerText(
        { command: "who", query: "x", answers: [], suggestions: ["Sergey Lavrov"] },
        labels,
      ),
    ).toBe("/who x\nThe sources don't say.\nTry: Sergey Lavrov");
  });

  it("lists summary bullets with citations", () => {
    expect(
      formatSummaryText(
        {
          command: "summary",
          query: "",
          bullets: [{ text: "Talks began.", citations: [{ article: "002", paragraph: 1 }] }],
        },
        labels,
      ),
    ).toBe("Summary of all sources\n• Talks began.\n  [Talks in Riyadh ¶1 (002)]");
  });
});
