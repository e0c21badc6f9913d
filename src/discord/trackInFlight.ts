/** How draining ended: interactions that finished while waiting, and those still running at the deadline. */
export interface DrainResult {
  finished: number;
  cutOff: number;
}

/** The interactions being handled, so a shutdown can wait for them. */
export interface InFlight {
  /** Follow `work` until it settles. */
  track(work: Promise<unknown>): void;
  readonly size: number;
  /** Wait until nothing is in flight or `timeoutMs` has passed. */
  drain(timeoutMs: number): Promise<DrainResult>;
}

/** Track promises in flight; `drain` never rejects and never waits past its bound. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  let settledWhileDraining = 0;
  let onEmpty: (() => void) | undefined;
  return {
    track(work) {
      const tracked = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(tracked);
      void tracked.then(() => {
        pending.delete(tracked);
        settledWhileDraining++;
        if (pending.size === 0) onEmpty?.();
      });
    },
    get size() {
      return pending.size;
    },
    async drain(timeoutMs) {
      settledWhileDraining = 0;
      if (pending.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          onEmpty = resolve;
          timer = setTimeout(resolve, Math.max(0, timeoutMs));
        });
        clearTimeout(timer);
        onEmpty = undefined;
      }
      return { finished: settledWhileDraining, cutOff: pending.size };
    },
  };
}
