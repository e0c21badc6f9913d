import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalCorpus } from "../../src/cli/evalCorpora.js";
import { evaluateCorpus } from "../../src/cli/evaluateCorpus.js";

const targets = { pass1: 0.5, speakers: 0.5, wrongNoAnswers: 0, citations: 1 };
const corpus: EvalCorpus = {
  id: "tiny",
  questions: "q.json",
  articles: "articles",
  goal: targets,
  floor: targets,
};

/** A corpus directory with one invented article and a questions file asked over it. */
function tinyProject(): string {
  const root = mkdtempSync(join(tmpdir(), "verbatim-eval-"));
  mkdirSync(join(root, "articles"));
  writeFileSync(
    join(root, "articles", "harbour.txt"),
    "Harbour reopens\n\nThe harbour of Port Elm reopened on Tuesday after the storm, the harbour master Ada Quill said.\n",
  );
  const questions = [
    { id: "who-1", command: "who", query: "Who is the harbour master?", expect: ["Ada Quill"] },
    { id: "none-1", command: "who", query: "Who is the mayor of Springfield?", none: true },
  ];
  writeFileSync(join(root, "q.json"), JSON.stringify({ about: "tiny", questions }));
  return root;
}

describe("evaluating one corpus of the table", () => {
  it("skips a corpus whose questions file or article directory is absent, naming what is missing", async () => {
    const root = mkdtempSync(join(tmpdir(), "verbatim-eval-"));
    expect(await evaluateCorpus(corpus, root)).toEqual({
      id: "tiny",
      state: "skipped",
      reason: "q.json and articles not found",
    });
  });

  it("builds the engine from the corpus's own directory, scores every question and checks its citations against those files", async () => {
    const outcome = await evaluateCorpus(corpus, tinyProject());
    expect(outcome.state).toBe("run");
    if (outcome.state !== "run") return;
    expect(outcome.run.questions.map((q) => q.id)).toEqual(["who-1", "none-1"]);
    expect(outcome.run.summary.citationsChecked).toBeGreaterThan(0);
    expect(outcome.run.summary.citationsValid).toBe(outcome.run.summary.citationsChecked);
  });
});
