/** Per-user, per-command cooldowns. Pure apart from the injected clock. */
export interface CooldownTracker {
  /**
   * Record a use of `command` by `userId` now, or refuse it. Returns undefined when allowed,
   * else the time (ms since the epoch) from which the user may use the command again.
   */
  take(userId: string, command: string): number | undefined;
}

/** A tracker allowing one use per `seconds` per user and command; 0 disables it. */
export function createCooldownTracker(seconds: number, now: () => number = Date.now): CooldownTracker {
  const until = new Map<string, number>();
  const windowMs = seconds * 1000;
  let lastSweep = 0;
  return {
    take(userId, command) {
      if (windowMs <= 0) return undefined;
      const at = now();
      // Forget expired entries now and then so the map does not grow without bound.
      if (at - lastSweep > 60_000 || until.size > 10_000) {
        for (const [key, end] of until) if (end <= at) until.delete(key);
        lastSweep = at;
      }
      const key = `${userId}:${command}`;
      const end = until.get(key);
      if (end !== undefined && end > at) return end;
      until.set(key, at + windowMs);
      return undefined;
    },
  };
}
