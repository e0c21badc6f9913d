import type { Engine } from "../engine/types.js";

/**
 * Engine steps per turn of the event loop. One step is one paragraph or one article's quotations: p50 0.2 ms, p99
 * a few ms (measured on a generated 10k corpus), which is all an arriving interaction can wait for it. The first four
 * steps are bigger, once (the lookups a first question would make: at 100k paragraphs up to about half a second): a
 * gateway bot makes them while it logs in, and the interaction they might delay would have waited for them anyway
 * if it were an autocomplete or had no answer.
 */
const STEPS_PER_TURN = 1;
/**
 * While no interaction can arrive yet (a gateway bot still logging in), steps run for up to this long per turn: only
 * the login's own messages wait, and its heartbeats are tens of seconds apart. Logging in to Discord takes hundreds
 * of milliseconds, enough to analyse a small corpus whole before the first question.
 */
const UNREACHABLE_TURN_MS = 8;
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
 * new question slower than it need be. While the bot has nothing in flight, analyse paragraphs ahead, one step per
 * turn of the event loop so an arriving interaction waits at most one step, as far as the engine's bound (about
 * 12 MB; it fills free room of its cache only, never evicting what questions read). Answers are the same with or
 * without it. While `unreachable` says no interaction can arrive yet, a turn does several milliseconds of steps.
 */
export function prepareWhileIdle(
  engine: () => Engine,
  busy: () => boolean,
  unreachable: () => boolean = () => false,
): IdlePreparation {
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
        more = engine().prepare(STEPS_PER_TURN);
        if (more && unreachable()) {
          const until = performance.now() + UNREACHABLE_TURN_MS;
          while (more && performance.now() < until) more = engine().prepare(STEPS_PER_TURN);
        }
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
