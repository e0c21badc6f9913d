/**
 * Per-user, per-command cooldowns. Asynchronous because the shared tracker (REDIS_URL) asks a server;
 * the in-memory one answers at once.
 */
export interface CooldownTracker {
  /**
   * Record a use of `command` by `userId` now, or refuse it. `seconds` is the command's own
   * cooldown (default: the tracker's); 0 never limits. Resolves to undefined when allowed, else the
   * time (ms since the epoch) from which the user may use the command again. Never rejects.
   */
  take(userId: string, command: string, seconds?: number): Promise<number | undefined>;
}

/** A tracker that may hold a connection (the shared one does), closed on shutdown. */
export interface ClosableCooldownTracker extends CooldownTracker {
  close(): Promise<void>;
}

/**
 * A tracker allowing one use per `seconds` (the default, `COOLDOWN_SECONDS`) per user and command, in
 * this process's memory: each instance keeps its own. Pure apart from the injected clock.
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
      return Promise.resolve(takeNow(userId, command, own));
    },
  };

  function takeNow(userId: string, command: string, own: number): number | undefined {
    const windowMs = cooldownWindowMs(seconds, own);
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
  }
}

/** The window of one use in ms: 0 when the default (`COOLDOWN_SECONDS`) or the command's own is 0. */
export function cooldownWindowMs(defaultSeconds: number, ownSeconds: number): number {
  return defaultSeconds <= 0 || ownSeconds <= 0 ? 0 : ownSeconds * 1000;
}
