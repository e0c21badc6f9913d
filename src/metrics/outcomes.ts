/** How an interaction ended, as counted in `verbatim_interactions_total{outcome}`. */
export const INTERACTION_OUTCOMES = [
  "answered",
  "no_answer",
  "refused",
  "cooldown",
  "error",
] as const;
/**
 * One of {@link INTERACTION_OUTCOMES}: answered; the sources had no answer; refused (a missing permission,
 * someone else's buttons, an unknown command or button); turned away by the cooldown; failed with an error.
 */
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** One finished interaction: the registered command (or `button:…`, `autocomplete:…`, `unknown`), how it ended, how long it took. */
export interface InteractionReport {
  command: string;
  outcome: InteractionOutcome;
  seconds: number;
}
