import { createClient } from "@redis/client";
import type { Logger } from "../logger.js";
import { cooldownWindowMs, type ClosableCooldownTracker } from "./cooldowns.js";

/** Every key the shared tracker writes starts with this, so one Redis can serve other things too. */
export const COOLDOWN_KEY_PREFIX = "verbatim:cooldown:";

/**
 * One round trip, atomic: record the use unless one is already recorded, else say how long it has left.
 * SET ... NX answers nil (false in Lua) when the key exists; PTTL is then its remaining ms.
 */
const TAKE_SCRIPT = `if redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return -1 end
return redis.call('PTTL', KEYS[1])`;

/** How to reach the shared cooldowns. */
export interface RedisCooldownOptions {
  /** redis:// or rediss:// URL (REDIS_URL). */
  url: string;
  /** The default cooldown (COOLDOWN_SECONDS); 0 turns every cooldown off. */
  seconds: number;
  logger: Logger;
  /** How long one use may wait for Redis before it is allowed anyway. Default 250 ms. */
  timeoutMs?: number;
  /** At most one warning per this many ms while Redis fails. Default 60 s. */
  warnEveryMs?: number;
  /** How long start-up waits for the first connection before going on without it. Default 2 s. */
  connectTimeoutMs?: number;
  now?: () => number;
}

/**
 * Cooldowns shared by every instance through Redis (or Valkey). Fails open: while Redis is unreachable or
 * slower than `timeoutMs`, uses are allowed, and a warning is logged at most every `warnEveryMs`. Resolves
 * once connected, or after `connectTimeoutMs` without a connection (the client keeps trying meanwhile).
 */
export async function connectRedisCooldowns(
  options: RedisCooldownOptions,
): Promise<ClosableCooldownTracker> {
  const { seconds, logger } = options;
  const timeoutMs = options.timeoutMs ?? 250;
  const warnEveryMs = options.warnEveryMs ?? 60_000;
  const now = options.now ?? Date.now;
  const where = describeServer(options.url);

  let lastWarning = Number.NEGATIVE_INFINITY;
  let quiet = 0;
  const warn = (reason: string, error?: unknown) => {
    const at = now();
    if (at - lastWarning < warnEveryMs) {
      quiet++;
      return;
    }
    lastWarning = at;
    logger.warn("shared cooldowns unavailable: allowing uses until Redis answers", {
      server: where,
      reason,
      ...(error !== undefined ? { error } : {}),
      ...(quiet > 0 ? { sinceLastWarning: quiet } : {}),
    });
    quiet = 0;
  };

  const client = createClient({
    url: options.url,
    // A command while disconnected fails at once instead of queueing: the use is then allowed.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  });
  // node-redis emits every socket error here; without a listener it would end the process.
  client.on("error", (error: unknown) => {
    warn("connection error", error);
  });
  let closed = false;
  client.on("ready", () => {
    if (!closed) logger.info("shared cooldowns connected", { server: where });
  });

  const connecting = client.connect().then(
    () => true,
    (error: unknown) => {
      warn("could not connect", error);
      return false;
    },
  );
  const connected = await Promise.race([
    connecting,
    delay(options.connectTimeoutMs ?? 2_000, false),
  ]);
  if (!connected) warn("not reachable at start-up; retrying in the background");

  return {
    async take(userId, command, own = seconds) {
      const windowMs = cooldownWindowMs(seconds, own);
      if (windowMs <= 0) return undefined;
      if (!client.isReady) {
        warn("not connected");
        return undefined;
      }
      const key = `${COOLDOWN_KEY_PREFIX}${command}:${userId}`;
      const asked = client.eval(TAKE_SCRIPT, { keys: [key], arguments: [String(windowMs)] });
      // A late answer after the timeout is dropped; the use was allowed already.
      const left = await Promise.race([
        asked.catch((error: unknown) => {
          warn("command failed", error);
          return undefined;
        }),
        delay(timeoutMs, "timeout" as const),
      ]);
      if (left === "timeout") {
        warn(`no answer within ${timeoutMs} ms`);
        return undefined;
      }
      return typeof left === "number" && left > 0 ? now() + left : undefined;
    },
    async close() {
      if (closed) return;
      closed = true;
      if (client.isReady)
        await client.close().catch(() => {
          client.destroy();
        });
      else if (client.isOpen) client.destroy();
      await connecting;
    },
  };
}

/** A promise of `value` after `ms`, that does not keep the process alive. */
function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(resolve, ms, value).unref());
}

/** host:port of a Redis URL, for logs: never the password. */
function describeServer(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${protocol}//${hostname}:${port || "6379"}`;
  } catch {
    return "redis";
  }
}
