import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClosableCooldownTracker } from "../../src/discord/cooldowns.js";
import { connectRedisCooldowns, COOLDOWN_KEY_PREFIX } from "../../src/discord/redisCooldowns.js";
import { createLogger } from "../../src/logger.js";
import {
  freePort,
  redisSkipReason,
  startRedisServer,
  type RedisServer,
} from "../e2e/startRedisServer.js";

const skip = redisSkipReason();
if (skip) console.warn(`skipping the shared-cooldown tests: ${skip}`);

function logged() {
  const lines: string[] = [];
  return { lines, logger: createLogger("debug", (line) => lines.push(line)) };
}

describe.skipIf(skip !== undefined)("shared cooldowns on a real Redis-compatible server", () => {
  let server: RedisServer;
  const open: ClosableCooldownTracker[] = [];
  const connect = async (
    seconds: number,
    extra: Partial<Parameters<typeof connectRedisCooldowns>[0]> = {},
  ) => {
    const tracker = await connectRedisCooldowns({
      url: server.url,
      seconds,
      logger: logged().logger,
      ...extra,
    });
    open.push(tracker);
    return tracker;
  };
  let user = 0;
  const freshUser = () => `user-${Date.now()}-${++user}`;

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(open.map((t) => t.close()));
    await server.stop();
  });

  it("refuses on a second instance a use made on the first, with the time it frees up", async () => {
    const first = await connect(3);
    const second = await connect(3);
    const id = freshUser();
    const before = Date.now();
    expect(await first.take(id, "who")).toBeUndefined();
    const retryAt = await second.take(id, "who");
    expect(retryAt).toBeDefined();
    expect(retryAt!).toBeGreaterThan(before + 2_500);
    expect(retryAt!).toBeLessThanOrEqual(Date.now() + 3_000);
    // The first instance is refused too: the record is the server's, not either instance's.
    expect(await first.take(id, "who")).toBeDefined();
  });

  it("keeps users and commands apart, under the verbatim:cooldown: prefix", async () => {
    const tracker = await connect(30);
    const id = freshUser();
    expect(await tracker.take(id, "who")).toBeUndefined();
    expect(await tracker.take(id, "where")).toBeUndefined();
    expect(await tracker.take(freshUser(), "who")).toBeUndefined();
    const raw = createClient({ url: server.url });
    await raw.connect();
    try {
      const keys = await raw.keys(`${COOLDOWN_KEY_PREFIX}*:${id}`);
      expect(keys.sort()).toEqual([
        `${COOLDOWN_KEY_PREFIX}where:${id}`,
        `${COOLDOWN_KEY_PREFIX}who:${id}`,
      ]);
      const ttl = await raw.pTTL(`${COOLDOWN_KEY_PREFIX}who:${id}`);
      expect(ttl).toBeGreaterThan(29_000);
      expect(ttl).toBeLessThanOrEqual(30_000);
    } finally {
      await raw.close();
    }
  });

  it("frees the use once the window has passed", async () => {
    const first = await connect(1);
    const second = await connect(1);
    const id = freshUser();
    expect(await first.take(id, "who")).toBeUndefined();
    expect(await second.take(id, "who")).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await second.take(id, "who")).toBeUndefined();
  });

  it("never limits a command whose cooldown is 0, nor anything when the default is 0", async () => {
    const tracker = await connect(3);
    const off = await connect(0);
    const id = freshUser();
    for (let i = 0; i < 3; i++) {
      expect(await tracker.take(id, "help", 0)).toBeUndefined();
      expect(await off.take(id, "who")).toBeUndefined();
      expect(await off.take(id, "summary", 30)).toBeUndefined();
    }
  });

  it("uses a command's own cooldown over the default", async () => {
    const tracker = await connect(3);
    const id = freshUser();
    expect(await tracker.take(id, "summary", 30)).toBeUndefined();
    const retryAt = await tracker.take(id, "summary", 30);
    expect(retryAt! - Date.now()).toBeGreaterThan(29_000);
  });

  it("allows uses within the timeout while the server hangs, warns once, and limits again after", async () => {
    const { lines, logger } = logged();
    const tracker = await connectRedisCooldowns({
      url: server.url,
      seconds: 3,
      logger,
      timeoutMs: 250,
    });
    open.push(tracker);
    const id = freshUser();
    expect(await tracker.take(id, "who")).toBeUndefined();
    server.pause();
    try {
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        expect(await tracker.take(id, "who")).toBeUndefined();
        expect(performance.now() - started).toBeLessThan(600);
      }
    } finally {
      server.resume();
    }
    const warnings = lines.filter((l) => l.includes("shared cooldowns unavailable"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("no answer within 250 ms");
    // The server is back: the record made before the pause still holds.
    await expect.poll(() => tracker.take(id, "who"), { timeout: 3_000 }).toBeDefined();
  });
});

describe("shared cooldowns with no server to reach", () => {
  it("start, allow every use at once, warn at most once a period, and close cleanly", async () => {
    const { lines, logger } = logged();
    const port = await freePort();
    const started = performance.now();
    const tracker = await connectRedisCooldowns({
      url: `redis://127.0.0.1:${port}`,
      seconds: 3,
      logger,
      connectTimeoutMs: 300,
    });
    expect(performance.now() - started).toBeLessThan(1_500);
    for (let i = 0; i < 5; i++) {
      const at = performance.now();
      expect(await tracker.take("u1", "who")).toBeUndefined();
      expect(performance.now() - at).toBeLessThan(250);
    }
    await tracker.close();
    const warnings = lines.filter((l) => l.includes("shared cooldowns unavailable"));
    expect(warnings).toHaveLength(1);
    expect(lines.join("\n")).toContain(`127.0.0.1:${port}`);
  });

  it("never logs the password of the URL", async () => {
    const { lines, logger } = logged();
    const port = await freePort();
    const tracker = await connectRedisCooldowns({
      url: `redis://:hunter2secret@127.0.0.1:${port}`,
      seconds: 3,
      logger,
      connectTimeoutMs: 200,
    });
    await tracker.take("u1", "who");
    await tracker.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain("hunter2secret");
  });
});
