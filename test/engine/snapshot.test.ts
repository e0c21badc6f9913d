import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildEngine, loadCorpus, type Engine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";
import { unpackSnapshot } from "../../src/engine/snapshot/packSnapshot.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-cache-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const QUESTIONS = [
  ["who", "Russian foreign minister"],
  ["who", "Who is Witkoff?"],
  ["where", "Where did the US-Russia talks commence?"],
  ["when", "When will Kellogg visit Zelensky in Kyiv?"],
  ["quote", "Witkoff ceasefire"],
  ["quote", "Dmitriev"],
  ["ask", "How much military aid has the US given Ukraine?"],
  ["who", "Who won the Super Bowl?"],
] as const;

function answersOf(engine: Engine) {
  return {
    answers: QUESTIONS.map(([command, query]) => engine.answer(command, query)),
    summary: engine.summarize(""),
    topical: engine.summarize("minerals deal"),
    suggest: engine.suggest("zel"),
    support: engine.findSupport("Russia holds a fifth of Ukraine"),
    entities: engine.entities(),
  };
}

describe("index snapshot", () => {
  it("gives identical answers with and without every snapshot (corpus and index)", async () => {
    const cacheDir = tempDir();
    const { corpus } = await loadCorpus("seeds");
    const plain = buildEngine(corpus);
    const loadedFirst = await loadCorpus("seeds", { cacheDir });
    const first = buildEngine(loadedFirst.corpus, { cacheDir });
    const loadedAgain = await loadCorpus("seeds", { cacheDir });
    const second = buildEngine(loadedAgain.corpus, { cacheDir });
    // The index snapshot over a corpus read without the corpus snapshot, and the other way round.
    const indexOnly = buildEngine((await loadCorpus("seeds")).corpus, { cacheDir });
    const corpusOnly = buildEngine((await loadCorpus("seeds", { cacheDir })).corpus);
    expect(plain.snapshot.state).toBe("disabled");
    expect(first.snapshot).toMatchObject({ state: "built", reason: "missing" });
    expect(loadedFirst.snapshot).toEqual({ state: "missing", written: true });
    expect(loadedAgain.snapshot.state).toBe("used");
    expect(loadedAgain.corpus.version).toBe(corpus.version);
    expect(second.snapshot.state).toBe("loaded");
    expect(indexOnly.snapshot.state).toBe("loaded");
    const expected = answersOf(plain);
    expect(answersOf(second)).toEqual(expected);
    expect(answersOf(first)).toEqual(expected);
    expect(answersOf(indexOnly)).toEqual(expected);
    expect(answersOf(corpusOnly)).toEqual(expected);
    for (const engine of [second, corpusOnly]) {
      expect(engine.getParagraph("000_d8d4113953258d7b", 2)?.text).toBe(
        plain.getParagraph("000_d8d4113953258d7b", 2)?.text,
      );
      expect(engine.listSources()).toEqual(plain.listSources());
    }
  });

  it("rebuilds a stale snapshot when the corpus changes, and never serves it", () => {
    const cacheDir = tempDir();
    const article = (text: string) => {
      const articles = [chunkArticle("a", "a.txt", text)];
      return { articles, version: hashCorpus(articles) };
    };
    buildEngine(article("Foreign Minister Jan Novak met envoys in Geneva on Monday."), {
      cacheDir,
    });
    const changed = buildEngine(
      article("Foreign Minister Jan Novak met envoys in Vienna on Monday."),
      { cacheDir },
    );
    expect(changed.snapshot).toMatchObject({ state: "built", reason: "stale" });
    expect(changed.answer("where", "Where did Novak meet envoys?").answers[0]?.answer).toBe(
      "Vienna",
    );
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".bin"))).toHaveLength(1);
  });

  it("rebuilds a corrupt snapshot instead of failing", async () => {
    const cacheDir = tempDir();
    const { corpus } = await loadCorpus("seeds");
    buildEngine(corpus, { cacheDir });
    const [file] = readdirSync(cacheDir).filter((name) => name.startsWith("verbatim-index-"));
    writeFileSync(join(cacheDir, file!), "{ not json");
    const rebuilt = buildEngine(corpus, { cacheDir });
    expect(rebuilt.snapshot).toMatchObject({ state: "built", reason: "corrupt" });
    expect(rebuilt.answer("who", "Kremlin spokesperson").answers[0]?.answer).toMatch(/Peskov/);
    expect(buildEngine(corpus, { cacheDir }).snapshot.state).toBe("loaded");
  });

  it("rebuilds a truncated snapshot, or one whose facts are damaged, with the same answers", async () => {
    const cacheDir = tempDir();
    const { corpus } = await loadCorpus("seeds");
    const expected = answersOf(buildEngine(corpus));
    buildEngine(corpus, { cacheDir });
    const [name] = readdirSync(cacheDir).filter((n) => n.startsWith("verbatim-index-"));
    const file = join(cacheDir, name!);
    const bytes = readFileSync(file);
    const { sections } = unpackSnapshot(bytes.toString("latin1", 0, 8), bytes);
    // The facts' stream of values (see factsSnapshot): its first value is a count, the next a string id.
    const stream = sections[4]!.byteOffset - bytes.byteOffset;
    const damaged = Buffer.from(bytes);
    damaged.writeUInt32LE(0xfffffff0, stream + 4);
    const variants = [
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      bytes.subarray(0, bytes.length - 1),
      bytes.subarray(0, stream + 8),
      damaged,
    ];
    for (const variant of variants) {
      writeFileSync(file, variant);
      const rebuilt = buildEngine(corpus, { cacheDir });
      expect(rebuilt.snapshot).toMatchObject({ state: "built", reason: "corrupt" });
      if (variant === damaged)
        expect(rebuilt.snapshot).toMatchObject({ detail: expect.stringMatching(/facts snapshot/) });
      expect(answersOf(rebuilt)).toEqual(expected);
      const loaded = buildEngine(corpus, { cacheDir });
      expect(loaded.snapshot.state).toBe("loaded");
      expect(answersOf(loaded)).toEqual(expected);
    }
  });

  it("still answers when the cache directory cannot be written", async () => {
    const blocker = join(tempDir(), "file");
    writeFileSync(blocker, "x");
    const { corpus } = await loadCorpus("seeds");
    const engine = buildEngine(corpus, { cacheDir: join(blocker, "cache") });
    expect(engine.snapshot.state).toBe("unwritable");
    expect(engine.answer("who", "Kremlin spokesperson").answers[0]?.answer).toMatch(/Peskov/);
  });
});

describe("entity name lookups kept with the table", () => {
  it("are the lookups indexing the table afresh makes", async () => {
    const { indexEntityTable } = await import("../../src/engine/entities/buildEntityTable.js");
    const { collectFacts } = await import("../../src/engine/analysis/analyzeCorpus.js");
    const { corpus } = await loadCorpus("seeds");
    const data = collectFacts(corpus).entities;
    expect(data.nameIndex?.names.length).toBeGreaterThan(0);
    const { nameIndex: _kept, ...withoutIndex } = data;
    const kept = indexEntityTable(data);
    const fresh = indexEntityTable(withoutIndex);
    expect(kept.names).toEqual(fresh.names);
    expect(kept.surnames).toEqual(fresh.surnames);
    expect(kept.titles).toEqual(fresh.titles);
    expect([...kept.surnameTree]).toEqual([...fresh.surnameTree]);
  });
});
