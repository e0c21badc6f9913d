import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHealthState, type HealthState } from "../../src/http/healthState.js";
import type { BotMonitor } from "../../src/metrics/botMonitor.js";
import { makeSnowflakeOnShard, shardOfGuild } from "../fake-discord/index.js";
import type { FakeDiscordOptions } from "../fake-discord/fakeDiscord.js";
import { messageText, runCommand, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

/** Guilds on both shards of 2: the first on shard 0, the second on shard 1. */
function guildsOnTwoShards(extra: FakeDiscordOptions = {}): FakeDiscordOptions {
  return {
    guildId: makeSnowflakeOnShard(0, 2),
    extraGuilds: [{ id: makeSnowflakeOnShard(1, 2), name: "Second", channels: ["news"] }],
    ...extra,
  };
}

function monitorOf(health: HealthState): BotMonitor {
  return {
    interactionDone: () => undefined,
    gatewayReady: () => {
      health.gatewayReady();
    },
    gatewayDisconnected: () => {
      health.gatewayDisconnected();
    },
    reloaded: () => undefined,
  };
}

/** /who from a channel of each guild, answered publicly with the engine's answer. */
async function expectAnswersFromEveryGuild(env: BotOnFake): Promise<void> {
  for (const guildId of env.fake.guildIds) {
    const channelId = env.fake.channelIdsOf(guildId)[0]!;
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Lavrov" },
      channelId,
      user: env.fake.createUser(`asker-${guildId}`),
    });
    expect(reply.channelId).toBe(channelId);
    expect(reply.ephemeral).toBe(false);
    expect(messageText(reply)).toMatch(/Lavrov/);
  }
}

describe("GATEWAY_SHARDS=2 with guilds on both shards", () => {
  let env: BotOnFake;
  const health = createHealthState(60);

  beforeAll(async () => {
    health.engineLoaded({ version: "test", listSources: () => [] } as never);
    env = await startBotOnFake({
      fake: guildsOnTwoShards(),
      gatewayShards: "2",
      monitor: monitorOf(health),
    });
  });
  afterAll(async () => {
    await (env as { stop(): Promise<void> } | undefined)?.stop();
  });

  it("identifies one session per shard and caches the guilds of both", () => {
    expect(env.bot.shardCount).toBe(2);
    const identified = env.fake.gateway!.events.filter((e) => e.kind === "identify");
    expect(identified.map((e) => e.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(env.fake.guildIds.map((id) => shardOfGuild(id, 2))).toEqual([0, 1]);
    expect([...env.bot.client.guilds.cache.keys()].sort()).toEqual([...env.fake.guildIds].sort());
  });

  it("answers /who from a guild on each shard", async () => {
    await expectAnswersFromEveryGuild(env);
  });

  it("reports the gateway ready only while every shard is", async () => {
    expect(health.check().body.gateway).toBe("ready");
    const since = Date.now();
    env.fake.gateway!.dropConnection(1);
    await env.fake.waitForGateway("close", since);
    await expect.poll(() => health.check().body.gateway).toBe("disconnected");
    await env.fake.waitForGateway("resume", since, 15_000);
    await expect.poll(() => health.check().body.gateway, { timeout: 5_000 }).toBe("ready");
    expect(health.check().status).toBe(200);
    await expectAnswersFromEveryGuild(env);
  });
});

describe("GATEWAY_SHARDS=auto against a Discord that recommends 2", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake({ fake: guildsOnTwoShards({ shards: 2 }), gatewayShards: "auto" });
  });
  afterAll(async () => {
    await (env as { stop(): Promise<void> } | undefined)?.stop();
  });

  it("asks GET /gateway/bot on the configured REST base and runs the 2 shards it recommends", async () => {
    expect(env.fake.requests.some((r) => r.route === "GET /gateway/bot" && r.status === 200)).toBe(
      true,
    );
    expect(env.bot.shardCount).toBe(2);
    expect(env.fake.gateway!.liveShards()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(env.logs.some((l) => l.includes("bot ready") && l.includes("shards=2"))).toBe(true);
    await expectAnswersFromEveryGuild(env);
  });
});

describe("SHARD_COUNT inherited from the environment", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    process.env.SHARD_COUNT = "3";
    try {
      env = await startBotOnFake({ fake: guildsOnTwoShards(), gatewayShards: "1" });
    } finally {
      delete process.env.SHARD_COUNT;
    }
  });
  afterAll(async () => {
    await (env as { stop(): Promise<void> } | undefined)?.stop();
  });

  it("is ignored with a warning: GATEWAY_SHARDS decides the shards identified", async () => {
    const identified = env.fake.gateway!.events.filter((e) => e.kind === "identify");
    expect(identified.map((e) => e.shard)).toEqual([[0, 1]]);
    expect(env.logs.some((l) => l.includes("SHARD_COUNT is set in the environment"))).toBe(true);
    await expectAnswersFromEveryGuild(env);
  });
});

describe("too few shards for Discord", () => {
  it("fails start-up with Discord's reason instead of hanging", async () => {
    const started = Date.now();
    await expect(
      startBotOnFake({ fake: guildsOnTwoShards({ shards: 2, requiredShards: 2 }) }),
    ).rejects.toThrow(/Sharding is required.*set GATEWAY_SHARDS=auto/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
