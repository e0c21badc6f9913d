import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createCooldownTracker, type ClosableCooldownTracker } from "./cooldowns.js";

/**
 * The cooldown tracker the configuration asks for: shared through Redis when REDIS_URL is set, else this
 * instance's own, in memory. Never rejects: an unreachable Redis is logged and uses are allowed until it answers.
 */
export async function openCooldowns(
  config: Pick<Config, "cooldownSeconds" | "redisUrl">,
  logger: Logger,
): Promise<ClosableCooldownTracker> {
  if (!config.redisUrl) {
    const tracker = createCooldownTracker(config.cooldownSeconds);
    return { take: (...args) => tracker.take(...args), close: () => Promise.resolve() };
  }
  // Loaded only here: the Redis client costs about 0.13 s and 18 MB, which an instance without REDIS_URL does not pay.
  const { connectRedisCooldowns } = await import("./redisCooldowns.js");
  return connectRedisCooldowns({
    url: config.redisUrl,
    seconds: config.cooldownSeconds,
    logger,
  });
}
