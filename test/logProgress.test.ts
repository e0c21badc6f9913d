import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../bench/generateCorpus.js";
import { buildEngine, loadCorpus } from "../src/engine/index.js";
import { logProgress } from "../src/logProgress.js";

const work = mkdtempSync(join(tmpdir(), "verbatim-progress-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Line = { message: string; fields: Record<string, unknown> };

describe("progress of a long load", () => {
  it("is logged every 2 s with the phase and how much is done, from reading the files to indexing", async () => {
    const generated = await generateCorpus(join(work, "large"), 6000, 7);
    // A clock that moves 150 ms each time it is read: a load long enough to log, the same on any machine.
    let clock = 0;
    const lines: Line[] = [];
    const onProgress = logProgress((message, fields) => lines.push({ message, fields }), {
      now: () => (clock += 150),
    });
    const { corpus } = await loadCorpus(generated.dir, { onProgress });
    buildEngine(corpus, { onProgress });
    const paragraphs = corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
    expect(paragraphs).toBeGreaterThanOrEqual(6000);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.message === "still loading")).toBe(true);
    const ms = lines.map((l) => l.fields.ms as number);
    expect(ms[0]).toBeGreaterThanOrEqual(2000);
    for (let i = 1; i < ms.length; i++) expect(ms[i]! - ms[i - 1]!).toBeGreaterThanOrEqual(2000);
    const phases = [...new Set(lines.map((l) => l.fields.phase))];
    expect(phases).toEqual(
      ["reading", "analysing", "quotations", "indexing"].filter((p) => phases.includes(p)),
    );
    expect(phases).toContain("analysing");
    expect(phases).toContain("indexing");
    for (const { fields } of lines) {
      expect(fields.done as number).toBeLessThanOrEqual(fields.total as number);
      expect(fields.total).toBe(fields.phase === "reading" ? generated.articles : paragraphs);
      expect(fields.unit).toBe(fields.phase === "reading" ? "files" : "paragraphs");
    }
  }, 120_000);

  it("says nothing when loading takes under 2 s", async () => {
    const lines: Line[] = [];
    const onProgress = logProgress((message, fields) => lines.push({ message, fields }), {
      now: () => 0,
    });
    const { corpus } = await loadCorpus("seeds", { onProgress });
    buildEngine(corpus, { onProgress });
    expect(lines).toEqual([]);
  });
});
