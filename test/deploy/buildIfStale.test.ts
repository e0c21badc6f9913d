import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIfStale, buildState } from "../../scripts/buildIfStale.mjs";

describe("the build check before npm start", () => {
  const dirs: string[] = [];
  const project = (files: Record<string, number>) => {
    const root = mkdtempSync(join(tmpdir(), "verbatim-build-"));
    dirs.push(root);
    for (const [path, ageSeconds] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), "");
      const at = Date.now() / 1000 - ageSeconds;
      utimesSync(join(root, path), at, at);
    }
    return root;
  };

  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("builds when there is no build yet, or a source is newer than the build", () => {
    expect(buildState(project({ "src/index.ts": 10 }))).toBe("missing");
    expect(buildState(project({ "src/index.ts": 10, "dist/src/index.js": 60 }))).toBe("stale");
    expect(
      buildState(project({ "src/index.ts": 60, "commands/who.ts": 10, "dist/src/index.js": 30 })),
    ).toBe("stale");
    expect(
      buildState(project({ "src/index.ts": 60, "tsconfig.json": 10, "dist/src/index.js": 30 })),
    ).toBe("stale");
  });

  it("does nothing when the build is newer than every source, or when there are no sources (a container image)", () => {
    expect(
      buildState(project({ "src/index.ts": 60, "src/engine/a.ts": 50, "dist/src/index.js": 10 })),
    ).toBe("fresh");
    expect(buildState(project({ "dist/src/index.js": 10 }))).toBe("no-sources");
    expect(buildIfStale(project({ "dist/src/index.js": 10 }), () => {})).toBe(0);
  });

  it("explains what to do, and fails, when the build is missing on a production install without TypeScript", () => {
    const lines: string[] = [];
    expect(buildIfStale(project({ "src/index.ts": 10 }), (line: string) => lines.push(line))).toBe(
      1,
    );
    expect(lines.join("\n")).toMatch(
      /dist\/ is missing and TypeScript is not installed[\s\S]*npm run build/,
    );
  });
});
