import { describe, expect, it } from "vitest";
import { trackShardHealth } from "../../src/discord/trackShardHealth.js";
import { createHealthState } from "../../src/http/healthState.js";
import type { BotMonitor } from "../../src/metrics/botMonitor.js";

function setUp(shardCount: number) {
  let now = 1_000_000;
  const health = createHealthState(60, () => now);
  health.engineLoaded({ version: "v1", listSources: () => [] } as never);
  const monitor: BotMonitor = {
    interactionDone: () => undefined,
    gatewayReady: () => {
      health.gatewayReady();
    },
    gatewayDisconnected: () => {
      health.gatewayDisconnected();
    },
    reloaded: () => undefined,
  };
  return {
    shards: trackShardHealth(shardCount, monitor),
    health,
    advance: (ms: number) => (now += ms),
  };
}

describe("trackShardHealth", () => {
  it("stays starting until the last shard is ready", () => {
    const { shards, health } = setUp(3);
    shards.ready(0);
    shards.ready(2);
    expect(health.check()).toMatchObject({ status: 503, body: { gateway: "connecting" } });
    shards.ready(1);
    expect(health.check()).toMatchObject({ status: 200, body: { gateway: "ready" } });
  });

  it("turns disconnected when any shard drops, and ready only when every shard is back", () => {
    const { shards, health, advance } = setUp(2);
    shards.ready(0);
    shards.ready(1);
    shards.down(1);
    expect(health.check().body.gateway).toBe("disconnected");
    advance(30_000);
    shards.down(0);
    shards.ready(0);
    expect(health.check().body.gateway).toBe("disconnected");
    // The grace period runs from the first shard that dropped, not the latest.
    advance(31_000);
    expect(health.check()).toMatchObject({ status: 503, body: { status: "unavailable" } });
    shards.ready(1);
    expect(health.check()).toMatchObject({ status: 200, body: { gateway: "ready" } });
  });

  it("with one shard, behaves as the gateway did before sharding", () => {
    const { shards, health } = setUp(1);
    shards.ready(0);
    expect(health.check().status).toBe(200);
    shards.down(0);
    expect(health.check().body.gateway).toBe("disconnected");
    shards.ready(0);
    expect(health.check().body.gateway).toBe("ready");
  });
});
