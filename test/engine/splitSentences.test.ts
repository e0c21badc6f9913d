import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/engine/text/splitSentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split after U.S. before a capitalised title", () => {
    expect(texts("He met U.S. Secretary Rubio. Then left.")).toEqual([
      "He met U.S. Secretary Rubio.",
      "Then left.",
    ]);
  });

  it("does not split after titles and initials", () => {
    expect(texts("Mr. Smith met Dr. Jones and John F. Kennedy's heirs. They talked.")).toEqual([
      "Mr. Smith met Dr. Jones and John F. Kennedy's heirs.",
      "They talked.",
    ]);
  });

  it("splits after an acronym that really ends the sentence", () => {
    expect(texts("The deal was signed in the U.S. The talks ended.")).toEqual([
      "The deal was signed in the U.S.",
      "The talks ended.",
    ]);
  });

  it("keeps a closing quotation mark with its sentence", () => {
    expect(texts("“We are close,” he said. “Very close.” She nodded.")).toEqual([
      "“We are close,” he said.",
      "“Very close.”",
      "She nodded.",
    ]);
  });
});
