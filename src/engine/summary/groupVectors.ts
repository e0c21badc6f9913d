import { findLinkedPairs } from "./findLinkedPairs.js";
import { packedCosineOf, packVectors } from "./packVectors.js";
import { cosineOf, type TermVector } from "./termVector.js";

/**
 * How near the threshold a packed cosine must be for the link to be decided on cosineOf instead: the packed cosine
 * sums the same products in another order, so it differs from cosineOf only in the last bits (below 1e-14 on
 * generated corpora of 300k paragraphs), and outside this band both decide alike.
 */
const ROUNDING = 1e-9;

/**
 * Single-link groups of term vectors: two vectors whose cosine (as cosineOf gives it) reaches `threshold` are in one
 * group, and so is a third linked to either. Returns each vector's group number, numbered in the order of each
 * group's first vector; an empty vector is a group by itself. Only the pairs findLinkedPairs finds are compared,
 * each on packed vectors, and a link is looked at no more once its two vectors are already in one group (the groups
 * are the connected vectors, whatever order the links are found in).
 */
export function groupVectors(vectors: readonly TermVector[], threshold: number): Int32Array {
  const parent = Int32Array.from(vectors, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const packed = packVectors(vectors);
  findLinkedPairs(packed, threshold, (i, j) => {
    if (find(i) === find(j)) return;
    let cosine = packedCosineOf(packed, i, j);
    if (Math.abs(cosine - threshold) <= ROUNDING) cosine = cosineOf(vectors[i]!, vectors[j]!);
    if (cosine >= threshold) parent[find(j)] = find(i);
  });
  const groupOf = new Int32Array(vectors.length);
  const numberOfRoot = new Map<number, number>();
  for (let i = 0; i < vectors.length; i++) {
    const root = find(i);
    let group = numberOfRoot.get(root);
    if (group === undefined) numberOfRoot.set(root, (group = numberOfRoot.size));
    groupOf[i] = group;
  }
  return groupOf;
}
