import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../src/cli/runEval.js";
import { evalFileSchema, meetsTargets } from "../../src/cli/scoreEval.js";
import { seedEngine } from "../engine/seedEngine.js";

describe("the evaluation set", () => {
  it("meets the answer-engine targets on the seeds: pass@1 ≥ 90%, speakers ≥ 90%, every no-answer right, every citation verbatim in its file", async () => {
    const engine = await seedEngine();
    const { questions } = evalFileSchema.parse(JSON.parse(readFileSync("test/eval/questions.json", "utf8")));
    const { summary } = runEval(engine, questions, (file) => readFileSync(join("seeds", file), "utf8"));
    expect(summary.answerable).toBeGreaterThanOrEqual(27);
    expect(summary.citationsChecked).toBeGreaterThan(0);
    expect(meetsTargets(summary)).toBe(true);
  });
});
