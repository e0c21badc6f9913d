import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the engine stays pure", () => {
  const files = sourceFiles("src/engine");

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s imports no Discord code, reads no environment and does not log", (file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(
      /from\s+["'](?:discord\.js|@discordjs\/[^"']+|discord-api-types[^"']*)["']/,
    );
    expect(source).not.toMatch(/from\s+["'](?:\.\.\/)+(?:discord|cli|config|logger)/);
    expect(source).not.toMatch(/process\.env/);
    expect(source).not.toMatch(/console\.\w+\(/);
  });
});
