import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildEngine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";
import {
  ENGINE_DIR,
  engineFingerprint,
  fingerprintEngine,
} from "../../src/engine/snapshot/fingerprintEngine.js";
import type { Corpus, Engine } from "../../src/engine/types.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the engine directory at `<temp>/<name>/engine`, with the project's node_modules reachable from it as from the original. */
function copyEngine(name = "copy"): { root: string; engine: string } {
  const temp = mkdtempSync(join(tmpdir(), "verbatim-engine-"));
  dirs.push(temp);
  symlinkSync(resolve("node_modules"), join(temp, "node_modules"), "dir");
  const engine = join(temp, name, "engine");
  cpSync(ENGINE_DIR, engine, { recursive: true });
  return { root: join(temp, name), engine };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The same text with the character in the middle replaced by a different one. */
function changeOneCharacter(text: string): string {
  const at = Math.floor(text.length / 2);
  return text.slice(0, at) + (text[at] === "x" ? "y" : "x") + text.slice(at + 1);
}

describe("engine fingerprint", () => {
  it("is the fingerprint of the engine's own directory, and an unchanged copy has the same one", () => {
    const { engine } = copyEngine();
    expect(engineFingerprint()).toBe(fingerprintEngine(ENGINE_DIR));
    expect(fingerprintEngine(engine)).toBe(engineFingerprint());
  });

  it("changes when one character of any engine file changes: every rule table, lexicon and code file", () => {
    const { engine } = copyEngine();
    const original = fingerprintEngine(engine);
    const files = filesUnder(engine);
    expect(files.length).toBeGreaterThan(10);
    const seen = new Set([original]);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      writeFileSync(file, changeOneCharacter(text));
      const changed = fingerprintEngine(engine);
      expect(changed, relative(engine, file)).not.toBe(original);
      seen.add(changed);
      writeFileSync(file, text);
    }
    expect(seen.size).toBe(files.length + 1);
    expect(fingerprintEngine(engine)).toBe(original);
  });

  it("changes when a data file is added to the engine or a file is renamed", () => {
    const { engine } = copyEngine();
    const original = fingerprintEngine(engine);
    writeFileSync(join(engine, "rules", "extraLexicon.json"), "[]");
    const added = fingerprintEngine(engine);
    expect(added).not.toBe(original);
    rmSync(join(engine, "rules", "extraLexicon.json"));
    writeFileSync(join(engine, "rules", "extraLexicon2.json"), "[]");
    expect(fingerprintEngine(engine)).not.toBe(added);
  });

  it("changes when the installed version of a package the engine imports changes", () => {
    const { root, engine } = copyEngine();
    const original = fingerprintEngine(engine);
    const manifest = JSON.parse(
      readFileSync(resolve("node_modules/minisearch/package.json"), "utf8"),
    ) as { version: string };
    // Nearer to the engine than the project's node_modules, so Node (and the fingerprint) would take this one.
    mkdirSync(join(root, "node_modules", "minisearch"), { recursive: true });
    writeFileSync(
      join(root, "node_modules", "minisearch", "package.json"),
      JSON.stringify({ name: "minisearch", version: manifest.version }),
    );
    expect(fingerprintEngine(engine)).toBe(original);
    writeFileSync(
      join(root, "node_modules", "minisearch", "package.json"),
      JSON.stringify({ name: "minisearch", version: `${manifest.version}-other` }),
    );
    expect(fingerprintEngine(engine)).not.toBe(original);
  });
});

describe("index snapshot across engine changes", () => {
  const corpus = (): Corpus => {
    const articles = [
      chunkArticle("a", "a.txt", "Foreign Minister Jan Novak met envoys in Geneva on Monday."),
    ];
    return { articles, version: hashCorpus(articles) };
  };

  it("rebuilds, never loads, a snapshot written by an engine whose files differ by one character", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "verbatim-cache-"));
    dirs.push(cacheDir);
    const { engine: copy } = copyEngine();
    const lexicon = join(copy, "entities", "lexicon.ts");
    writeFileSync(lexicon, `${readFileSync(lexicon, "utf8")} `);
    expect(fingerprintEngine(copy)).not.toBe(engineFingerprint());
    const changed = (await import(join(copy, "buildEngine.ts"))) as {
      buildEngine: (corpus: Corpus, options: { cacheDir: string }) => Engine;
    };

    expect(buildEngine(corpus(), { cacheDir }).snapshot).toMatchObject({
      state: "built",
      reason: "missing",
    });
    expect(buildEngine(corpus(), { cacheDir }).snapshot.state).toBe("loaded");
    expect(changed.buildEngine(corpus(), { cacheDir }).snapshot).toMatchObject({
      state: "built",
      reason: "stale",
    });
    expect(changed.buildEngine(corpus(), { cacheDir }).snapshot.state).toBe("loaded");
    const back = buildEngine(corpus(), { cacheDir });
    expect(back.snapshot).toMatchObject({ state: "built", reason: "stale" });
    expect(back.answer("where", "Where did Novak meet envoys?").answers[0]?.answer).toBe("Geneva");
  });
});
