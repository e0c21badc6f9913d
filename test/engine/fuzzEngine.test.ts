import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerResult, Engine } from "../../src/engine/index.js";
import { seedEngine } from "./seedEngine.js";

/** Inputs per property per run; the README's Reliability section quotes this number. */
export const FUZZ_RUNS = 300;

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.string({ maxLength: 6000, minLength: 5000 }),
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    "the of and to",
    "who what where",
    "@everyone",
    "<@&123456789012345678>",
    "<@123456789012345678>",
    "**bold** __u__ ~~s~~ `c` ||spoiler||",
    "(.*+?[]{}^$|\\)",
    "\u202Eevil\u200D\u200B",
    "\uD800\uDFFF\uDC00",
    "\u0000\u0007\u001B[31m",
    "Zelensky".repeat(700),
  ),
  fc
    .array(
      fc.constantFrom(
        "Zelensky",
        "Lavrov",
        "Riyadh",
        "ceasefire",
        "**",
        "@here",
        "the",
        "\u200D",
        "😀",
        "Кремль",
        "؟",
        "2014",
        "$65",
        "“",
        "”",
        '"',
      ),
      { maxLength: 40 },
    )
    .map((words) => words.join(" ")),
);

function expectWellFormed(engine: Engine, result: AnswerResult) {
  expect(Array.isArray(result.answers)).toBe(true);
  for (const answer of result.answers) {
    expect(typeof answer.answer).toBe("string");
    expect(answer.answer.length).toBeGreaterThan(0);
    expect(Number.isFinite(answer.score)).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    const cited = answer.citations[0]!;
    expect(engine.getParagraph(cited.article, cited.paragraph)?.text).toContain(answer.evidence);
    if (result.command === "quote") expect(answer.speaker).toBeTruthy();
  }
}

describe("the engine on any input", () => {
  it("answers every command with well-formed, verbatim answers or none, and never throws", async () => {
    const engine = await seedEngine();
    fc.assert(
      fc.property(
        hostile,
        fc.constantFrom<"who" | "where" | "when" | "quote" | "ask">(
          "who",
          "where",
          "when",
          "quote",
          "ask",
        ),
        (query, command) => {
          expectWellFormed(engine, engine.answer(command, query));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("summarises, suggests and finds support for any input without throwing", async () => {
    const engine = await seedEngine();
    fc.assert(
      fc.property(hostile, (text) => {
        const summary = engine.summarize(text);
        for (const bullet of summary.bullets) {
          const cited = bullet.citations[0]!;
          expect(engine.getParagraph(cited.article, cited.paragraph)?.text).toContain(bullet.text);
        }
        for (const suggestion of engine.suggest(text)) {
          expect(suggestion.name.length).toBeGreaterThan(0);
          expect(suggestion.name.length).toBeLessThanOrEqual(100);
          expect(suggestion.value.length).toBeLessThanOrEqual(100);
        }
        expectWellFormed(engine, {
          command: "ask",
          query: text,
          answers: engine.findSupport(text),
        });
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
