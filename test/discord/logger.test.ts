import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

function capture(level: Parameters<typeof createLogger>[0], secrets: string[] = []) {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, (l) => lines.push(l), secrets) };
}

describe("createLogger", () => {
  it("writes one line per entry with level, message and fields", () => {
    const { lines, logger } = capture("debug");
    logger.info("command done", { command: "who", latencyMs: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ INFO command done command="who" latencyMs=12$/);
  });

  it("drops entries below the level and writes nothing when silent", () => {
    const a = capture("warn");
    a.logger.info("hidden");
    a.logger.debug("hidden");
    a.logger.error("shown");
    expect(a.lines).toHaveLength(1);
    const b = capture("silent");
    b.logger.error("hidden");
    expect(b.lines).toHaveLength(0);
  });

  it("never prints a field named like a token or authorization header", () => {
    const { lines, logger } = capture("info");
    logger.info("request", { token: "abc.def", headers: { Authorization: "Bot abc.def" } });
    expect(lines[0]).not.toContain("abc.def");
    expect(lines[0]).toContain("[redacted]");
  });

  it("never prints a registered secret, wherever it appears", () => {
    const { lines, logger } = capture("info", ["MTIz.secret.token"]);
    logger.addSecret("second-secret");
    logger.error("login failed with MTIz.secret.token", {
      error: new Error("bad token MTIz.secret.token"),
      detail: { nested: "second-secret here" },
    });
    expect(lines.join("\n")).not.toMatch(/MTIz\.secret\.token|second-secret/);
  });

  it("survives values that cannot be serialized and a sink that throws", () => {
    const { lines, logger } = capture("info");
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    logger.info("odd", { loop, big: 5n });
    expect(lines[0]).toContain("[unserializable]");
    const broken = createLogger("info", () => {
      throw new Error("disk full");
    });
    expect(() => broken.info("x")).not.toThrow();
  });
});
