import { PROXIMITY_NONE, PROXIMITY_SCALE } from "../search/weights.js";

/** Closeness (0..1] of a span to the nearest matched query word: 1 when adjacent, falling with distance in characters. */
export function proximity(start: number, end: number, matches: readonly number[]): number {
  if (matches.length === 0) return PROXIMITY_NONE;
  let best = Infinity;
  for (const offset of matches) {
    const distance = offset >= end ? offset - end : offset < start ? start - offset : 0;
    if (distance < best) best = distance;
  }
  return 1 / (1 + best / PROXIMITY_SCALE);
}
