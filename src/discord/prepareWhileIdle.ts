import type { Engine } from "../engine/types.js";

/** Paragraphs analysed per turn of the event loop: one is well under a millisecond, so a reply waits at most that. */
const PARAGRAPHS_PER_TURN = 1;
/** How long to wait before looking again while interactions are being answered. */
const BUSY_RETRY_MS = 20;

/** A running warm-up of the analysis cache. */
export interface IdlePreparation {
  /** Start over on the engine serving now (after a reload installed a new one). */
  restart(): void;
  /** Stop for good; nothing more is scheduled. */
  stop(): void;
}

/**
 * After a start, each paragraph a question reads is analysed the first time (its names most of all), which makes a
 * new question slower than it need be. While the bot has nothing in flight, analyse paragraphs ahead, one per turn
 * of the event loop so an arriving interaction waits at most one paragraph, bounded by the engine's analysis cache
 * (it fills free room only, never evicting what questions read). Answers are the same with or without it.
 */
export function prepareWhileIdle(engine: () => Engine, busy: () => boolean): IdlePreparation {
  let stopped = false;
  let generation = 0;
  const run = (own: number) => {
    const turn = () => {
      if (stopped || own !== generation) return;
      if (busy()) {
        setTimeout(turn, BUSY_RETRY_MS).unref();
        return;
      }
      let more: boolean;
      try {
        more = engine().prepare(PARAGRAPHS_PER_TURN);
      } catch {
        // Preparing is only ever an optimisation: a question will analyse the paragraph itself.
        more = false;
      }
      // Not unref'd: the event loop runs an unref'd immediate only when something else wakes it. The work is bounded
      // (the engine stops at its limit) and stop() ends it at shutdown.
      if (more) setImmediate(turn);
    };
    setImmediate(turn);
  };
  run(generation);
  return {
    restart() {
      if (!stopped) run(++generation);
    },
    stop() {
      stopped = true;
    },
  };
}
