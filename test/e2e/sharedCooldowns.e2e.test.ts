import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText, runCommand, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";
import { redisSkipReason, startRedisServer, type RedisServer } from "./startRedisServer.js";

const skip = redisSkipReason();
if (skip) console.warn(`skipping the shared-cooldown end-to-end test: ${skip}`);

// Two instances, each its own bot process would be, sharing one Redis. Each logs in to its own fake Discord
// (one fake gateway session per shard cannot feed two bots); the same user asks both.
describe.skipIf(skip !== undefined)("two bot instances sharing cooldowns through Redis", () => {
  let redis: RedisServer;
  let first: BotOnFake;
  let second: BotOnFake;

  beforeAll(async () => {
    redis = await startRedisServer();
    first = await startBotOnFake({ cooldownSeconds: 30, redisUrl: redis.url });
    second = await startBotOnFake({ cooldownSeconds: 30, redisUrl: redis.url });
  });
  afterAll(async () => {
    await (first as { stop(): Promise<void> } | undefined)?.stop();
    await (second as { stop(): Promise<void> } | undefined)?.stop();
    await (redis as { stop(): Promise<void> } | undefined)?.stop();
  });

  it("refuses on the second instance a /who the user just ran on the first, until when it says", async () => {
    const user = first.fake.createUser("both");
    const answered = await runCommand(first.fake, {
      name: "who",
      options: { query: "Lavrov" },
      user,
    });
    expect(answered.ephemeral).toBe(false);
    expect(messageText(answered)).toMatch(/Lavrov/);

    const refused = await runCommand(second.fake, {
      name: "who",
      options: { query: "Lavrov" },
      user,
    });
    expect(refused.ephemeral).toBe(true);
    expect(refused.message.content).toMatch(
      /Slow down a little: you can use \/who again <t:\d+:R>/,
    );
    const retryAt = Number(/<t:(\d+):R>/.exec(refused.message.content)?.[1]) * 1000;
    expect(retryAt).toBeGreaterThan(Date.now() + 25_000);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 31_000);

    // Another user on the second instance is not held up.
    const other = await runCommand(second.fake, {
      name: "who",
      options: { query: "Lavrov" },
      user: second.fake.createUser("else"),
    });
    expect(other.ephemeral).toBe(false);
  });

  it("logged that the shared cooldowns connected, and no warning", () => {
    for (const env of [first, second]) {
      expect(env.logs.some((l) => l.includes("shared cooldowns connected"))).toBe(true);
      expect(env.logs.some((l) => l.includes("shared cooldowns unavailable"))).toBe(false);
    }
  });

  it("closes its Redis connection when the bot stops", async () => {
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      const clients = async () => (await raw.clientList()).length;
      // Both bots and this client.
      expect(await clients()).toBe(3);
      await second.stop();
      await expect.poll(clients).toBe(2);
    } finally {
      await raw.close();
    }
  });
});
