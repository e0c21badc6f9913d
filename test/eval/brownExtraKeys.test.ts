import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalFileSchema, normalizeForEval } from "../../src/cli/scoreEval.js";

const DIR = "test/eval/real/brown-extra";
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => normalizeForEval(readFileSync(join(DIR, f), "utf8")));
const { questions } = evalFileSchema.parse(
  JSON.parse(readFileSync("test/eval/brown-extra.json", "utf8")),
);
const inSomeText = (key: string) => texts.some((t) => t.includes(normalizeForEval(key)));

describe("the brown-extra answer keys", () => {
  it("has at least 100 questions with unique ids, over the nine texts", () => {
    expect(texts).toHaveLength(9);
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("gives every answerable question an expect list, every quote a speaker list, and no-answer questions neither", () => {
    for (const q of questions) {
      if (q.none)
        expect({ id: q.id, expect: q.expect, speaker: q.speaker }).toEqual({
          id: q.id,
          expect: undefined,
          speaker: undefined,
        });
      else expect(q.expect?.length ?? 0, q.id).toBeGreaterThan(0);
      if (q.command === "quote" && !q.none) expect(q.speaker?.length ?? 0, q.id).toBeGreaterThan(0);
    }
  });

  it("finds every expect and speaker string verbatim, after the scoring normalization, in some text", () => {
    const missing = questions.flatMap((q) =>
      [...(q.expect ?? []), ...(q.speaker ?? [])]
        .filter((key) => !inSomeText(key))
        .map((key) => `${q.id}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
