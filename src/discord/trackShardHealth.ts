import type { BotMonitor } from "../metrics/botMonitor.js";

/** Per-shard gateway events, folded into the one gateway state health reports. */
export interface ShardHealth {
  /** A shard is connected and ready (first login, resume or reconnect). */
  ready(shard: number): void;
  /** A shard dropped or is reconnecting. */
  down(shard: number): void;
}

/**
 * Health sees the gateway ready only while every one of `shardCount` shards is: a guild on a shard that is
 * down gets no answers, whatever the other shards do. Any shard going down counts as the gateway going down
 * (its grace period starts then), and it is ready again once the last shard is back.
 */
export function trackShardHealth(shardCount: number, monitor: BotMonitor | undefined): ShardHealth {
  const readyShards = new Set<number>();
  return {
    ready(shard) {
      readyShards.add(shard);
      if (readyShards.size >= shardCount) monitor?.gatewayReady();
    },
    down(shard) {
      readyShards.delete(shard);
      monitor?.gatewayDisconnected();
    },
  };
}
