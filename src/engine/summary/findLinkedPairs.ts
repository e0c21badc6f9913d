import type { PackedVectors } from "./packVectors.js";

/**
 * Room left for rounding: a vector's indexed prefix stops only once the rest of it is this much below the threshold,
 * and a pair is left out only when its bound is this much below it, so a pair left out is far from the threshold,
 * not within a rounding error of it.
 */
const MARGIN = 1e-6;

/**
 * Every pair of packed vectors (i < j) whose cosine may reach `threshold`, each once, in no particular order; the
 * caller works out the cosine. Comparing every pair is quadratic (175 million pairs for 19k stories), so this is
 * prefix filtering with the dot products accumulated (Bayardo, Ma & Srikant, "Scaling up all pairs similarity
 * search", 2007, with the length bounds of Anastasiu & Karypis's L2AP, 2014).
 *
 * The terms are in one order for all vectors (rarest first) and each vector's prefix is indexed: its terms up to
 * where the rest of the unit vector is shorter than the threshold. Two vectors whose cosine reaches it share a prefix
 * term (over the other terms the cosine is at most that length, by Cauchy–Schwarz; every weight is positive). While
 * the pairs sharing one are found, their products over the shared prefix terms are summed. Every other term a pair
 * shares comes after the last shared prefix term, and is at or past q, the first term either vector leaves out of
 * its prefix; so the rest of the cosine is at most the product of the two vectors' lengths past the last shared term,
 * and at most their lengths from q on. A pair whose sum and rest bound together fall short is left out: most pairs
 * of a corpus with one vocabulary share a few terms and little else. (At 300k generated paragraphs, a pair sharing a
 * prefix term was a third of all pairs, and their cosines were mostly below 0.2.)
 */
export function findLinkedPairs(
  packed: PackedVectors,
  threshold: number,
  visit: (i: number, j: number) => void,
): void {
  const { starts, terms, weights } = packed;
  const count = starts.length - 1;
  const reach = threshold - MARGIN;
  const { ends, tails } = prefixesOf(packed, reach);
  const lists = listPrefixes(packed, ends, tails);
  // Of each vector i met while j reads its prefix: the sum of products, and the rest bound past the last term met.
  const sums = new Float64Array(count);
  const rests = new Float64Array(count);
  const filled = lists.starts.slice(0, packed.termCount);
  for (let j = 0; j < count; j++) {
    const start = starts[j]!;
    const stop = starts[j + 1]!;
    const end = ends[j]!;
    for (let k = start; k < end; k++) {
      const term = terms[k]!;
      const weight = weights[k]!;
      const after = tailOf(tails, k + 1, stop);
      // The list's vectors before j (a list is in vector order; j's own entry comes next).
      const first = lists.starts[term]!;
      const last = filled[term]!++;
      for (let at = first; at < last; at++) {
        const i = lists.vectors[at]!;
        sums[i]! += lists.weights[at]! * weight;
        rests[i] = lists.after[at]! * after;
      }
    }
    for (let i = 0; i < j; i++) {
      const sum = sums[i]!;
      // Every product is positive: a vector with no sum shares no prefix term with j.
      if (sum === 0) continue;
      sums[i] = 0;
      if (sum + Math.sqrt(rests[i]!) < reach) continue;
      const iStart = starts[i]!;
      const iStop = starts[i + 1]!;
      const iEnd = ends[i]!;
      const q = Math.min(
        iEnd < iStop ? terms[iEnd]! : Infinity,
        end < stop ? terms[end]! : Infinity,
      );
      const rest = Math.sqrt(
        tailOf(tails, firstAtOrPast(terms, iStart, iStop, q), iStop) *
          tailOf(tails, firstAtOrPast(terms, start, stop, q), stop),
      );
      if (sum + rest >= reach) visit(i, j);
    }
  }
}

/**
 * Each vector's prefix end (its first entry left out: the unit vector from there on is shorter than `reach`) and, for
 * each entry, the squared length of its vector from there to the end.
 */
function prefixesOf(
  packed: PackedVectors,
  reach: number,
): { ends: Int32Array; tails: Float64Array } {
  const { starts, weights } = packed;
  const count = starts.length - 1;
  const tails = new Float64Array(weights.length);
  const ends = new Int32Array(count);
  const limit = Math.max(0, reach) ** 2;
  for (let v = 0; v < count; v++) {
    const start = starts[v]!;
    let end = starts[v + 1]!;
    let rest = 0;
    for (let k = end - 1; k >= start; k--) {
      rest += weights[k]! * weights[k]!;
      tails[k] = rest;
    }
    while (end > start && tails[end - 1]! < limit) end--;
    ends[v] = end;
  }
  return { ends, tails };
}

/**
 * The vectors holding each term in their prefix, in vector order: term t's are `starts[t]` up to `starts[t + 1]`,
 * each with its weight and its vector's squared length past the term.
 */
function listPrefixes(
  packed: PackedVectors,
  ends: Int32Array,
  tails: Float64Array,
): { starts: Int32Array; vectors: Int32Array; weights: Float64Array; after: Float64Array } {
  const { starts, terms, weights, termCount } = packed;
  const count = starts.length - 1;
  const listStarts = new Int32Array(termCount + 1);
  for (let v = 0; v < count; v++)
    for (let k = starts[v]!; k < ends[v]!; k++) listStarts[terms[k]! + 1]!++;
  for (let t = 0; t < termCount; t++) listStarts[t + 1]! += listStarts[t]!;
  const size = listStarts[termCount]!;
  const vectors = new Int32Array(size);
  const listWeights = new Float64Array(size);
  const after = new Float64Array(size);
  const filled = listStarts.slice(0, termCount);
  for (let v = 0; v < count; v++)
    for (let k = starts[v]!; k < ends[v]!; k++) {
      const at = filled[terms[k]!]!++;
      vectors[at] = v;
      listWeights[at] = weights[k]!;
      after[at] = tailOf(tails, k + 1, starts[v + 1]!);
    }
  return { starts: listStarts, vectors, weights: listWeights, after };
}

/** Squared length of a vector from entry k to its end `stop`. */
function tailOf(tails: Float64Array, k: number, stop: number): number {
  return k < stop ? tails[k]! : 0;
}

/** The first entry in [from, to) whose term is at or past `term` (terms ascend), or `to`. */
function firstAtOrPast(terms: Int32Array, from: number, to: number, term: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}
