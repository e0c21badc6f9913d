import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/buildDist.mjs";
import { fingerprintEngineFiles } from "../../src/engine/snapshot/fingerprintEngine.js";

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe("the production bundle", () => {
  // A copy of the sources, so that building never replaces the dist/ other tests or a running bot read.
  const root = mkdtempSync(join(tmpdir(), "verbatim-bundle-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("carries the fingerprint of the engine files it was built from, so its snapshots are keyed as tsx's are", async () => {
    for (const part of ["src", "commands", "package.json"])
      cpSync(part, join(root, part), { recursive: true });
    symlinkSync(resolve("node_modules"), join(root, "node_modules"));
    await buildDist(root);
    const built = filesUnder(join(root, "dist")).filter((f) => f.endsWith(".js"));
    expect(built).toContain(join("src", "index.js"));
    const expected = fingerprintEngineFiles(resolve("src/engine"));
    const holding = built.filter((f) =>
      readFileSync(join(root, "dist", f), "utf8").includes(expected),
    );
    expect(holding.length).toBeGreaterThan(0);
  }, 120_000);
});
