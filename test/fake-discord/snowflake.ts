/** Discord's epoch (2015-01-01), the zero point of every snowflake. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/**
 * A fresh snowflake for the current time. discord.js derives `createdTimestamp`
 * from ids, so they must carry a real time, not a counter alone.
 */
export function makeSnowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** The shard a guild's events go to, as Discord computes it: `(guild_id >> 22) % count`. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A fresh snowflake for a guild that lands on `shard` of `count`. */
export function makeSnowflakeOnShard(
  shard: number,
  count: number,
  at: number = Date.now(),
): string {
  // The shard depends on the timestamp part only: step the time by 1 ms until it lands.
  for (let t = at; ; t++) {
    const id = makeSnowflake(t);
    if (shardOfGuild(id, count) === shard) return id;
  }
}
