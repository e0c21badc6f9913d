import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus as plain data: every article field and every paragraph's public fields, text and sentences included. */
const plain = (corpus: Corpus) => ({
  version: corpus.version,
  articles: corpus.articles.map((a) => ({
    ...a,
    paragraphs: a.paragraphs.map((p) => ({ ...p, text: p.text, sentences: p.sentences })),
  })),
});

const ARTICLES: Record<string, string> = {
  "a.txt":
    "# Talks in Riyadh\n\nRIYADH — Officials met in Riyadh on Monday.\n\n“We made progress,” said Jan Novak.",
  "b.md":
    "# Energy truce\n\nBoth sides agreed to halt strikes on power plants.\n\n## What comes next\n\nTalks resume on Friday in Geneva.",
  "c.txt": "Sailors left Lisbon harbour at dawn.\nThe regatta ends in Porto.",
  "c.json": JSON.stringify({ title: "Regatta", date: "2025-03-01" }),
};

function writeCorpus(files: Record<string, string>, ageSeconds = 0): string {
  const dir = tempDir("verbatim-corpus-");
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  // Files modified well before they are read: their stamps can be trusted.
  const past = Date.now() / 1000 - ageSeconds;
  if (ageSeconds > 0)
    for (const name of Object.keys(files)) utimesSync(join(dir, name), past, past);
  return dir;
}

describe("corpus snapshot", () => {
  it("gives the same corpus as reading every file: texts, sentences, sections, stories, metadata and version", async () => {
    const dir = writeCorpus(ARTICLES, 60);
    const cacheDir = tempDir("verbatim-cache-");
    const direct = await loadCorpus(dir);
    const first = await loadCorpus(dir, { cacheDir });
    const second = await loadCorpus(dir, { cacheDir });
    expect(first.snapshot).toEqual({ state: "missing", written: true });
    expect(second.snapshot).toEqual({ state: "used", written: false });
    expect(second.chunked).toEqual([]);
    expect(plain(first.corpus)).toEqual(plain(direct.corpus));
    expect(plain(second.corpus)).toEqual(plain(direct.corpus));
    expect(second.warnings).toEqual(direct.warnings);
    expect(second.corpus.articles.find((a) => a.id === "c")).toMatchObject({
      title: "Regatta",
      date: "2025-03-01",
    });
  });

  it("keeps the paragraphs' text as chunking gave it", async () => {
    const dir = writeCorpus(ARTICLES);
    const { corpus } = await loadCorpus(dir);
    const chunked = chunkArticle("b", "b.md", ARTICLES["b.md"]!);
    expect(corpus.articles[1]!.paragraphs.map((p) => [p.text, p.section, p.story])).toEqual(
      chunked.paragraphs.map((p) => [p.text, p.section, p.story]),
    );
  });

  it("re-chunks only the article that changed after a restart, and the result is what reading everything gives", async () => {
    const dir = writeCorpus(ARTICLES, 60);
    const cacheDir = tempDir("verbatim-cache-");
    expect((await loadCorpus(dir, { cacheDir })).chunked).toEqual(["a.txt", "b.md", "c.txt"]);
    writeFileSync(join(dir, "b.md"), ARTICLES["b.md"]!.replace("Geneva", "Vienna"));
    const after = await loadCorpus(dir, { cacheDir });
    expect(after.chunked).toEqual(["b.md"]);
    expect(after.read).toEqual(["b.md"]);
    expect(plain(after.corpus)).toEqual(plain((await loadCorpus(dir)).corpus));
    expect(after.corpus.articles[1]!.paragraphs.at(-1)!.text).toBe(
      "Talks resume on Friday in Vienna.",
    );
    // And the snapshot it wrote serves the next start with nothing to chunk.
    expect((await loadCorpus(dir, { cacheDir })).chunked).toEqual([]);
  });

  it("re-chunks an article whose sidecar changed, and follows files added and removed", async () => {
    const dir = writeCorpus(ARTICLES, 60);
    const cacheDir = tempDir("verbatim-cache-");
    await loadCorpus(dir, { cacheDir });
    writeFileSync(join(dir, "c.json"), JSON.stringify({ title: "Regatta results" }));
    writeFileSync(join(dir, "d.txt"), "A new article arrived today.");
    rmSync(join(dir, "a.txt"));
    const after = await loadCorpus(dir, { cacheDir });
    expect(after.chunked).toEqual(["c.txt", "d.txt"]);
    expect(after.corpus.articles.map((a) => a.label)).toEqual([
      "Energy truce",
      "Regatta results",
      "A new article arrived today",
    ]);
    expect(plain(after.corpus)).toEqual(plain((await loadCorpus(dir)).corpus));
  });

  it("notices an edit that keeps the file's size and modification time", async () => {
    const dir = writeCorpus(ARTICLES, 60);
    const cacheDir = tempDir("verbatim-cache-");
    await loadCorpus(dir, { cacheDir });
    const path = join(dir, "c.txt");
    const past = Date.now() / 1000 - 60;
    writeFileSync(path, ARTICLES["c.txt"]!.replace("Lisbon", "Lisbom"));
    utimesSync(path, past, past);
    const after = await loadCorpus(dir, { cacheDir });
    expect(after.chunked).toEqual(["c.txt"]);
    expect(after.corpus.articles[2]!.paragraphs[0]!.text).toContain("Lisbom");
  });

  it("reads a recently modified file again but does not re-chunk it when its bytes are the same", async () => {
    const dir = writeCorpus(ARTICLES);
    const cacheDir = tempDir("verbatim-cache-");
    await loadCorpus(dir, { cacheDir });
    const again = await loadCorpus(dir, { cacheDir });
    expect(again.read).toEqual(["a.txt", "b.md", "c.txt"]);
    expect(again.chunked).toEqual([]);
  });

  it("ignores a corrupt snapshot and chunks every file", async () => {
    const dir = writeCorpus(ARTICLES, 60);
    const cacheDir = tempDir("verbatim-cache-");
    await loadCorpus(dir, { cacheDir });
    const [file] = readdirSync(cacheDir).filter((name) => name.startsWith("verbatim-corpus-"));
    writeFileSync(join(cacheDir, file!), "VBCRP001 not really");
    const after = await loadCorpus(dir, { cacheDir });
    expect(after.snapshot).toEqual({ state: "missing", written: true });
    expect(after.chunked).toEqual(["a.txt", "b.md", "c.txt"]);
    expect(plain(after.corpus)).toEqual(plain((await loadCorpus(dir)).corpus));
  });
});
