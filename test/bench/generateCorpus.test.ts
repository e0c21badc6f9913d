import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus, listGenerated } from "../../bench/generateCorpus.js";
import { loadCorpus } from "../../src/engine/index.js";
import { termsOf } from "../../src/engine/text/processTerm.js";

const root = mkdtempSync(join(tmpdir(), "verbatim-gen-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const distinctTerms = (texts: string[]) => new Set(texts.flatMap((t) => termsOf(t))).size;

describe("the benchmark's corpus generator", () => {
  it("writes the same corpus for the same seed and a different one for another seed", async () => {
    const a = await generateCorpus(join(root, "a"), 200, 7);
    const b = await generateCorpus(join(root, "b"), 200, 7);
    const c = await generateCorpus(join(root, "c"), 200, 8);
    expect(listGenerated(a.dir)).toEqual(listGenerated(b.dir));
    expect(listGenerated(c.dir)).not.toEqual(listGenerated(a.dir));
    expect(a.people.length).toBeGreaterThan(0);
  });

  it("writes articles the normal loader reads, with about the asked-for number of paragraphs", async () => {
    const generated = await generateCorpus(join(root, "d"), 300, 11);
    const { corpus, warnings } = await loadCorpus(generated.dir);
    expect(warnings).toEqual([]);
    const paragraphs = corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
    expect(paragraphs).toBeGreaterThanOrEqual(280);
    expect(paragraphs).toBeLessThanOrEqual(300);
  });

  it("keeps growing the vocabulary with size instead of saturating at the seeds' terms", async () => {
    const small = distinctTerms(listGenerated((await generateCorpus(join(root, "s"), 200, 3)).dir));
    const large = distinctTerms(
      listGenerated((await generateCorpus(join(root, "l"), 2000, 3)).dir),
    );
    expect(large).toBeGreaterThan(small * 1.8);
  });
});
