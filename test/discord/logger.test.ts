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

  it("never prints an interaction token carried in a webhook or callback path", () => {
    const { lines, logger } = capture("info");
    const token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OmFiY2RlZmdoaWprbG1ub3A";
    const error = new Error(`PATCH /api/v10/webhooks/1234/${token}/messages/@original failed`);
    logger.error("edit failed", { error, route: `/interactions/987/${token}/callback` });
    expect(lines.join("\n")).not.toContain(token);
    expect(lines[0]).toContain("/webhooks/1234/[redacted]/messages/@original");
    expect(lines[0]).toContain("/interactions/987/[redacted]/callback");
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

  it("writes a failing error's stack after its fields in text", () => {
    const { lines, logger } = capture("info");
    logger.error("interaction failed", {
      command: "who",
      error: new TypeError("x is not a function"),
    });
    expect(lines[0]).toMatch(
      /ERROR interaction failed command="who" error="TypeError: x is not a function" stack="TypeError: x is not/,
    );
    expect(lines[0]).toMatch(/stack="TypeError: x is not a function \| +at /);
  });
});

describe("createLogger with LOG_FORMAT=json", () => {
  const TOKEN = "MTIz.json-secret.token";
  function captureJson(level: Parameters<typeof createLogger>[0] = "debug") {
    const lines: string[] = [];
    return { lines, logger: createLogger(level, (l) => lines.push(l), [TOKEN], "json") };
  }

  it("writes one JSON object per line with an ISO time, the level's name, msg and the fields", () => {
    const { lines, logger } = captureJson();
    logger.info("engine ready", { articles: 7, corpus: "abc" });
    logger.warn("two\nlines", { file: "a.txt" });
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ level: "info", msg: "engine ready", articles: 7, corpus: "abc" });
    expect(new Date(String(first!.time)).toISOString()).toBe(first!.time);
    expect(second).toMatchObject({ level: "warn", msg: "two\nlines", file: "a.txt" });
    for (const line of lines) expect(line).not.toContain("\n");
  });

  it("writes an error as { type, message, stack } and scrubs the token from all of it", () => {
    const { lines, logger } = captureJson();
    const error = new TypeError(`cannot read token ${TOKEN}`);
    logger.error(`interaction failed for ${TOKEN}`, {
      command: "who",
      error,
      headers: { authorization: `Bot ${TOKEN}` },
    });
    expect(lines.join("\n")).not.toContain(TOKEN);
    const entry = JSON.parse(lines[0]!) as {
      msg: string;
      error: { type: string; message: string; stack: string };
      headers: unknown;
    };
    expect(entry.error.type).toBe("TypeError");
    expect(entry.error.message).toBe("cannot read token [redacted]");
    expect(entry.error.stack).toMatch(/^TypeError: cannot read token \[redacted\]\n +at /);
    expect(entry.msg).toBe("interaction failed for [redacted]");
    expect(entry.headers).toEqual({ authorization: "[redacted]" });
  });

  it("keeps time, level and msg when a field has the same name, and survives a circular value", () => {
    const { lines, logger } = captureJson();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    logger.info("shadow", { level: "fake", msg: "fake" });
    logger.info("odd", { loop });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "info", msg: "shadow" });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: "info", msg: "odd" });
  });
});
