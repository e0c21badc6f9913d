import type { SearchIndex } from "../search/buildSearchIndex.js";

/** Terms weighted by rarity (log inverse paragraph frequency), with the vector's length. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

/** A term's rarity weight: log inverse paragraph frequency. */
export function termWeightOf(term: string, index: SearchIndex): number {
  return Math.log(1 + index.documentCount / (1 + (index.vocabulary.get(term) ?? 0)));
}

/** The rarity-weighted vector of some index terms; a repeated term counts once. */
export function vectorOf(terms: Iterable<string>, index: SearchIndex): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) if (!weights.has(term)) weights.set(term, termWeightOf(term, index));
  return { weights, norm: normOf(weights) };
}

/** Euclidean length of a sparse vector. */
export function normOf(weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Cosine of two vectors; 0 when either is empty. */
export function cosineOf(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return dotOf(a.weights, b.weights) / (a.norm * b.norm);
}

/** Dot product of two sparse vectors, walking the smaller. */
export function dotOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Add `vector`, scaled to unit length, into `sum` (or take it away with `sign` −1). */
export function addUnit(sum: Map<string, number>, vector: TermVector, sign = 1): void {
  if (vector.norm === 0) return;
  for (const [term, weight] of vector.weights)
    sum.set(term, (sum.get(term) ?? 0) + (sign * weight) / vector.norm);
}
