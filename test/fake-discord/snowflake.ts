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
