import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenizeSentence } from "../../src/engine/entities/tokenizeSentence.js";
import { splitWords } from "../../src/engine/text/splitWords.js";

// The patterns the scans replace: they define what a word and a token are.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

const wordsByPattern = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0].includes(".") ? m[0].replace(/\./g, "") : m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

const tokensByPattern = (text: string, offset: number) =>
  [...text.matchAll(TOKEN)].map((m) => {
    const raw = m[0];
    const word = /[\p{L}\p{N}]/u.test(raw);
    return {
      text: raw,
      start: offset + m.index,
      end: offset + m.index + raw.length,
      word,
      capital: word && /^\p{Lu}/u.test(raw),
      possessive: word && /(?:['’]s|s['’])$/i.test(raw) && raw.length > 2,
      base: undefined,
      folded: undefined,
    };
  });

// Characters where the patterns' edges are: capitals and dots (acronyms), apostrophes and hyphens inside and at the
// end of words, letters and digits of other scripts, white space of every kind, surrogate pairs (a letter, a capital,
// an emoji), lone surrogates, and the long s and Kelvin sign that case-insensitive matching treats specially.
const TRICKY = [
  // Code points on purpose: each is a character of its own here.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  ..."aAsSzZ09.'’-‘\"“,;: \t\n\u00a0\u2009\u3000\ufeffÉéßİıſ\u212aЖжΣσ٣Ⅻあĳǅ",
  "\u{1d400}",
  "\u{1d41a}",
  "\u{1f600}",
  "\u{10428}",
  "\ud800",
  "\udc00",
];
const trickyText = fc
  .array(fc.constantFrom(...TRICKY), { maxLength: 40 })
  .map((chars) => chars.join(""));
const anyText = fc.oneof(
  trickyText,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
);

describe("word scans", () => {
  it("split words exactly as the word pattern does", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(splitWords(text)).toEqual(wordsByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("tokenize sentences exactly as the token pattern does", () => {
    fc.assert(
      fc.property(anyText, fc.nat(1000), (text, offset) => {
        expect(tokenizeSentence(text, offset)).toEqual(tokensByPattern(text, offset));
      }),
      { numRuns: 3000 },
    );
  });

  it("agree with the patterns on every seed article", () => {
    const files = readdirSync("seeds").filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join("seeds", file), "utf8");
      expect(splitWords(text)).toEqual(wordsByPattern(text));
      expect(tokenizeSentence(text, 7)).toEqual(tokensByPattern(text, 7));
    }
  });
});
