import { escapeMarkdown } from "@discordjs/formatters";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, neutralizeMentions } from "../../src/discord/render/escapeText.js";

/** What escapeText gives without its shortcut for text escapeMarkdown leaves alone. */
const escapedInFull = (text: string) =>
  neutralizeMentions(
    escapeMarkdown(text, {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    }),
  );

// Characters markdown rules look at, line breaks of every kind, and plain text around them.
const PIECES = [
  ...Array.from("\\`*_~|#[]()-+.>:<@/ \n\r\u2028\u2029\t"),
  "1",
  "42",
  "a",
  "Word",
  "https://",
  "<a:x:1>",
  "@everyone",
  "’",
];

describe("neutralizeMentions", () => {
  it("gives what its two replacements give, for any text, with or without a mark", () => {
    const replaced = (text: string) =>
      text.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<([@#])/g, "<\u200b$1");
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("@", "<", "#", "everyone", "HERE", "here", "a", " ", "<@1>"), {
            maxLength: 12,
          })
          .map((parts) => parts.join("")),
        (text) => {
          expect(neutralizeMentions(text)).toBe(replaced(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe("escapeText", () => {
  it("gives what escapeMarkdown and neutralizeMentions give, for any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join("")),
        (text) => {
          expect(escapeText(text)).toBe(escapedInFull(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("escapes list openings, headings and links on any line", () => {
    for (const text of ["- a", "x\n  - a", "1. a", "x\r12. a", "# a", "[a](b)", "a\\b", "a_b_"])
      expect(escapeText(text)).toBe(escapedInFull(text));
    expect(escapeText("x\n- a")).toBe("x\n\\- a");
  });
});
