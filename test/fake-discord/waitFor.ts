import type { EventEmitter } from "node:events";

/**
 * Resolve with the first defined value of `check`, re-evaluated on every
 * `change` event of `events`; reject after `timeoutMs` with `describe()` so a
 * failing test says what it was waiting for instead of hanging.
 */
export function waitFor<T>(
  events: EventEmitter,
  check: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const first = check();
  if (first !== undefined) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const onChange = (): void => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        cleanup();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value !== undefined) {
        cleanup();
        resolve(value);
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      events.off("change", onChange);
    };
    events.on("change", onChange);
  });
}
