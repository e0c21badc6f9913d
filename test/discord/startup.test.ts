import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Run the real entry point with a clean environment (no .env in the way: cwd is the repo, keys set explicitly). */
function start(env: Record<string, string>, input = "") {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/index.ts"], {
    input,
    encoding: "utf8",
    timeout: 15_000,
    env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: "", LOG_LEVEL: "info", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm start", () => {
  it("names every bad setting and exits 1 without a stack trace", () => {
    const { code, stderr } = start({
      LOG_LEVEL: "loud",
      COOLDOWN_SECONDS: "-4",
      DISCORD_CLIENT_ID: "abc",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/LOG_LEVEL/);
    expect(stderr).toMatch(/COOLDOWN_SECONDS/);
    expect(stderr).toMatch(/DISCORD_CLIENT_ID must be a snowflake/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("says which seeds directory is unusable and exits 1", () => {
    const { code, stderr } = start({ SEEDS_DIR: "no-such-directory-here" });
    expect(code).toBe(1);
    expect(stderr).toContain("no-such-directory-here");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("opens the console when no token is set, answers from the seeds and exits 0 at end of input", () => {
    const { code, stdout, stderr } = start({}, "/who Russian foreign minister\n");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Verbatim console ready: \d+ articles/);
    expect(stdout).toMatch(/Lavrov/);
    expect(stdout).toMatch(/¶\d+/);
    expect(stderr).toMatch(/no DISCORD_TOKEN set/);
  });
});
