import type { Candidate } from "./buildCandidate.js";
import { REDUNDANCY } from "./summaryWeights.js";
import { cosineOf } from "./termVector.js";

type Fact = Pick<Candidate, "vector" | "names" | "numbers" | "words">;

const sharedCount = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * Do two candidates state the same fact? Yes when they say nearly the same words (rarity-weighted cosine), when
 * one rewords the other keeping most of its content words, when they give the same specific figure about a same
 * name ("£800m", "28.1%"), or when they name the same two people or places and share enough of the rest to be
 * about one action. Returns the reason, or undefined.
 */
export function isSameFact(
  a: Fact,
  b: Fact,
): "same-words" | "reworded" | "same-figure" | "same-event" | undefined {
  const cosine = cosineOf(a.vector, b.vector);
  if (cosine >= REDUNDANCY.cosine) return "same-words";
  const shared = sharedCount(a.words, b.words);
  if (
    shared >= REDUNDANCY.overlapShared &&
    shared >= REDUNDANCY.overlap * Math.min(a.words.size, b.words.size)
  )
    return "reworded";
  const names = sharedCount(a.names, b.names);
  if (names >= 1 && sharedCount(a.numbers, b.numbers) >= 1) return "same-figure";
  if (names >= REDUNDANCY.sharedNames && cosine >= REDUNDANCY.sharedNamesCosine)
    return "same-event";
  return undefined;
}
