import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { buildEngine } from "../../src/engine/buildEngine.js";
import { loadCorpus } from "../../src/engine/corpus/loadCorpus.js";
import { buildParagraphPostings } from "../../src/engine/search/buildSearchIndex.js";
import { buildDist } from "../../scripts/buildDist.mjs";
import { fingerprintEngineFiles } from "../../src/engine/snapshot/fingerprintEngine.js";

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** esbuild's comment above a package's code in a bundle (the path may lead out of the root, through a link). */
const BUNDLED_FROM = (name: string) => new RegExp(`^// \\S*node_modules/${name}/`, "m");

describe("the production bundle", () => {
  // A copy of the sources, so that building never replaces the dist/ other tests or a running bot read.
  const root = mkdtempSync(join(tmpdir(), "verbatim-bundle-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let building: Promise<void> | undefined;
  const build = () =>
    (building ??= (async () => {
      for (const part of ["src", "commands", "package.json"])
        cpSync(part, join(root, part), { recursive: true });
      symlinkSync(resolve("node_modules"), join(root, "node_modules"));
      await buildDist(root);
    })());

  it("carries the fingerprint of the engine files it was built from, so its snapshots are keyed as tsx's are", async () => {
    await build();
    const built = filesUnder(join(root, "dist")).filter((f) => f.endsWith(".js"));
    expect(built).toContain(join("src", "index.js"));
    const expected = fingerprintEngineFiles(resolve("src/engine"));
    const holding = built.filter((f) =>
      readFileSync(join(root, "dist", f), "utf8").includes(expected),
    );
    expect(holding.length).toBeGreaterThan(0);
  }, 120_000);

  it("keeps zod's classic API and discord-api-types off the console's start path", async () => {
    await build();
    const dist = join(root, "dist");
    // The files a console start loads: the entry, the console and reloader it imports, and what they import.
    const entry = readFileSync(join(dist, "src", "index.js"), "utf8");
    const consoleChunks = [
      ...entry.matchAll(/import\("(\.\.\/chunks\/(?:console|reloadCorpus)-[^"]+)"\)/g),
    ];
    expect(consoleChunks).toHaveLength(2);
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = readFileSync(file, "utf8");
      for (const [, path] of text.matchAll(/^(?:import|\}) [^;"]*?from "(\.[^"]+)"/gm))
        visit(resolve(dirname(file), path!));
    };
    visit(join(dist, "src", "index.js"));
    for (const [, path] of consoleChunks) visit(resolve(dist, "src", path!));
    expect(loaded.size).toBeGreaterThan(4);
    for (const file of loaded) {
      const text = readFileSync(file, "utf8");
      // zod/mini validates the config there; the classic API is 750 kB more to compile.
      expect(text, file).not.toMatch(BUNDLED_FROM("zod/v4/classic"));
      expect(text, file).not.toMatch(BUNDLED_FROM("discord-api-types"));
    }
    // The packages are still in the bundle, for the paths that need them.
    const all = filesUnder(dist).map((f) => readFileSync(join(dist, f), "utf8"));
    expect(all.some((text) => BUNDLED_FROM("zod/v4/mini").test(text))).toBe(true);
    expect(all.some((text) => BUNDLED_FROM("discord-api-types").test(text))).toBe(true);
  }, 120_000);

  it("builds a first start's postings in its worker thread, equal to the main thread's", async () => {
    await build();
    // The worker is an entry of its own in the bundle; under tsx or vitest none can load and the main thread builds.
    const script = `
      const engine = await import(${JSON.stringify(join(root, "dist", "src", "engine", "index.js"))});
      const { corpus } = await engine.loadCorpus("seeds");
      const wait = engine.countPostingsAside(corpus.articles.flatMap((a) => a.paragraphs));
      const p = wait();
      console.log(JSON.stringify({ where: wait.where, postings: { ...p, terms: [...p.terms],
        termStarts: [...p.termStarts], docs: [...p.docs], frequencies: [...p.frequencies],
        fieldLengths: p.fieldLengths.map((l) => [...l]) } }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const aside = JSON.parse(out.trim().split("\n").at(-1)!) as {
      where: string;
      postings: unknown;
    };
    expect(aside.where).toBe("worker");
    const { corpus } = await loadCorpus("seeds");
    const here = buildParagraphPostings(corpus.articles.flatMap((a) => a.paragraphs));
    expect(aside.postings).toEqual({
      ...here,
      terms: [...here.terms],
      termStarts: [...here.termStarts],
      docs: [...here.docs],
      frequencies: [...here.frequencies],
      fieldLengths: here.fieldLengths.map((l) => [...l]),
    });
  }, 120_000);

  it("reads the last articles' names in its worker thread, and the snapshot is the main thread's, byte for byte", async () => {
    await build();
    const caches = mkdtempSync(join(tmpdir(), "verbatim-aside-"));
    try {
      // The bundle's first build: its worker reads the names of the second half (collectFacts takes them).
      const script = `
        const engine = await import(${JSON.stringify(join(root, "dist", "src", "engine", "index.js"))});
        const { corpus } = await engine.loadCorpus("seeds");
        const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
        const wait = engine.countPostingsAside(paragraphs, undefined, paragraphs.length >> 1);
        const part = wait.facts?.();
        wait();
        engine.buildEngine(corpus, { cacheDir: ${JSON.stringify(join(caches, "bundle"))} });
        console.log(JSON.stringify({ read: part?.paragraphs.length, where: wait.where }));
      `;
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
        timeout: 60_000,
      });
      const aside = JSON.parse(out.trim().split("\n").at(-1)!) as { read?: number; where: string };
      const { corpus } = await loadCorpus("seeds");
      const paragraphs = corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
      expect(aside).toEqual({ read: paragraphs - (paragraphs >> 1), where: "worker" });
      // Under vitest no worker can load: this build reads every name on the main thread.
      buildEngine(corpus, { cacheDir: join(caches, "here") });
      const indexFile = (dir: string) =>
        readFileSync(
          join(
            dir,
            readdirSync(dir).find((f) => f.startsWith("verbatim-index-"))!,
          ),
        );
      expect(indexFile(join(caches, "bundle")).equals(indexFile(join(caches, "here")))).toBe(true);
    } finally {
      rmSync(caches, { recursive: true, force: true });
    }
  }, 120_000);
});
