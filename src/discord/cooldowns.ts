/** Per-user, per-command cooldowns. Pure apart from the injected clock. */
export interface CooldownTracker {
  /**
   * Record a use of `command` by `userId` now, or refuse it. `seconds` is the command's own
   * cooldown (default: the tracker's); 0 never limits. Returns undefined when allowed, else the
   * time (ms since the epoch) from which the user may use the command again.
   */
  take(userId: string, command: string, seconds?: number): number | undefined;
}

/**
 * A tracker allowing one use per `seconds` (the default, `COOLDOWN_SECONDS`) per user and command.
 * A default of 0 turns every cooldown off, whatever a command asks for.
 */
export function createCooldownTracker(
  seconds: number,
  now: () => number = Date.now,
): CooldownTracker {
  const until = new Map<string, number>();
  let lastSweep = 0;
  return {
    take(userId, command, own = seconds) {
      const windowMs = seconds <= 0 ? 0 : own * 1000;
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
