import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusLoadError, loadCorpus } from "../../src/engine/index.js";

const dirs: string[] = [];
function corpusDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-corpus-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GOOD = "Officials met in Geneva on Monday.\nThey agreed to meet again.";

describe("loadCorpus", () => {
  it("loads .txt and .md articles with the file name as id, in name order", async () => {
    const dir = corpusDir({ "b.md": GOOD, "a.txt": GOOD, "notes.json": "{}", "c.csv": "x,y" });
    const { corpus, warnings } = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(warnings).toEqual([
      { file: "c.csv", reason: expect.stringContaining("not an article") },
    ]);
  });

  it("handles a BOM and CRLF line endings", async () => {
    const dir = corpusDir({
      "bom.txt": "\uFEFFFirst paragraph here.\r\nSecond paragraph here.\r\n",
    });
    const [article] = (await loadCorpus(dir)).corpus.articles;
    expect(article!.paragraphs.map((p) => p.text)).toEqual([
      "First paragraph here.",
      "Second paragraph here.",
    ]);
  });

  it("replaces invalid UTF-8 and says so, keeping the article", async () => {
    const bytes = Buffer.concat([
      Buffer.from("Talks in Gen"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from("va went well today."),
    ]);
    const dir = corpusDir({ "bad.txt": bytes, "good.txt": GOOD });
    const { corpus, warnings } = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["bad", "good"]);
    expect(warnings).toEqual([
      { file: "bad.txt", reason: expect.stringContaining("invalid UTF-8") },
    ]);
  });

  it("skips empty, binary, duplicate-id, linked and nested entries with one clear warning each", async () => {
    const dir = corpusDir({
      "good.txt": GOOD,
      "empty.txt": "",
      "blank.md": "  \n\n ",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      "good.md": GOOD,
    });
    symlinkSync(join(dir, "good.txt"), join(dir, "link.txt"));
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "deep.txt"), GOOD);
    const { corpus, warnings } = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.md"]);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.reason]));
    expect(byFile).toEqual({
      "binary.txt": expect.stringContaining("binary"),
      "blank.md": expect.stringContaining("empty"),
      "empty.txt": expect.stringContaining("empty"),
      "good.txt": expect.stringContaining("duplicate article id"),
      "link.txt": expect.stringContaining("link"),
      nested: expect.stringContaining("folder"),
    });
  });

  it.skipIf(process.getuid?.() === 0)("skips an unreadable file", async () => {
    const dir = corpusDir({ "good.txt": GOOD, "locked.txt": GOOD });
    chmodSync(join(dir, "locked.txt"), 0o000);
    const { warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([
      { file: "locked.txt", reason: expect.stringContaining("unreadable") },
    ]);
  });

  it("skips a file over the size limit without reading it whole", async () => {
    const dir = corpusDir({ "good.txt": GOOD, "huge.txt": "word ".repeat(4_200_000) });
    const { corpus, warnings } = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(["good"]);
    expect(warnings[0]).toEqual({ file: "huge.txt", reason: expect.stringContaining("too large") });
  });

  it("reads optional metadata from a valid sidecar and ignores an invalid one with a warning", async () => {
    const dir = corpusDir({
      "a.txt": GOOD,
      "a.json": JSON.stringify({
        title: "Geneva talks",
        outlet: "Example News",
        date: "2025-03-11",
        url: "https://example.org/a",
      }),
      "b.txt": GOOD,
      "b.json": JSON.stringify({ date: "March 11" }),
    });
    const { corpus, warnings } = await loadCorpus(dir);
    expect(corpus.articles[0]).toMatchObject({
      label: "Geneva talks",
      date: "2025-03-11",
      outlet: "Example News",
    });
    expect(corpus.articles[1]!.date).toBeUndefined();
    expect(warnings).toEqual([{ file: "b.json", reason: expect.stringContaining("date") }]);
  });

  it("refuses a directory with no usable article, naming why", async () => {
    const dir = corpusDir({ "empty.txt": "" });
    await expect(loadCorpus(dir)).rejects.toThrow(CorpusLoadError);
    await expect(loadCorpus(dir)).rejects.toThrow(/empty\.txt \(empty file\)/);
    await expect(loadCorpus(join(dir, "missing"))).rejects.toThrow(/does not exist/);
  });

  it("changes the corpus version when any kept text changes, and only then", async () => {
    const a = (await loadCorpus(corpusDir({ "a.txt": GOOD }))).corpus.version;
    const same = (await loadCorpus(corpusDir({ "a.txt": `${GOOD}\n\nAdvertisement\n` }))).corpus
      .version;
    const changed = (await loadCorpus(corpusDir({ "a.txt": `${GOOD} Then they left.` }))).corpus
      .version;
    expect(same).toBe(a);
    expect(changed).not.toBe(a);
  });
});
