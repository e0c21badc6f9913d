import type { TermVector } from "./termVector.js";

/**
 * Room left for rounding: a vector's indexed prefix stops only once the rest of it is this much below the threshold,
 * so a pair the bound leaves out is far from it, not within a rounding error.
 */
const MARGIN = 1e-6;

/**
 * Every pair of vectors (i < j) whose cosine may reach `threshold`, each once, in no particular order; the caller
 * works out the cosine. Comparing every pair is quadratic (175 million pairs for 19k stories), so this is prefix
 * filtering: with the terms in one order for all vectors (rarest first), the unit vector's terms past its prefix
 * have a length below the threshold, and two vectors whose cosine reaches it must share a term in both their prefixes
 * (the cosine over the other terms is at most that length, by Cauchy–Schwarz; every weight is positive). Pairs that
 * share no such term have a cosine below the threshold, so leaving them out decides nothing differently.
 */
export function findLinkedPairs(
  vectors: readonly TermVector[],
  threshold: number,
  visit: (i: number, j: number) => void,
): void {
  const spread = new Map<string, number>();
  for (const vector of vectors)
    for (const term of vector.weights.keys()) spread.set(term, (spread.get(term) ?? 0) + 1);
  const holders = new Map<string, number[]>();
  const seen = new Int32Array(vectors.length).fill(-1);
  vectors.forEach((vector, j) => {
    if (vector.norm === 0) return;
    const terms = [...vector.weights.keys()].sort(
      (a, b) => spread.get(a)! - spread.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    // The prefix ends where the unit vector's remaining terms are shorter than the threshold.
    const limit = (Math.max(0, threshold - MARGIN) * vector.norm) ** 2;
    let rest = 0;
    let end = terms.length;
    while (end > 0) {
      const weight = vector.weights.get(terms[end - 1]!)!;
      if (rest + weight * weight >= limit) break;
      rest += weight * weight;
      end--;
    }
    for (let k = 0; k < end; k++) {
      const term = terms[k]!;
      let list = holders.get(term);
      if (!list) holders.set(term, (list = []));
      for (const i of list) {
        if (seen[i] === j) continue;
        seen[i] = j;
        visit(i, j);
      }
      list.push(j);
    }
  });
}
