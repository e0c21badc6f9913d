import { describe, expect, it } from "vitest";
import { findLinkedPairs } from "../../src/engine/summary/findLinkedPairs.js";
import { packedCosineOf, packVectors } from "../../src/engine/summary/packVectors.js";
import { seededRandom } from "../../bench/random.js";
import { cosineOf, normOf, type TermVector } from "../../src/engine/summary/termVector.js";

/** Vectors over a small vocabulary, with positive weights, so many pairs come near any threshold. */
function randomVectors(count: number, vocabulary: number, seed: number): TermVector[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const weights = new Map<string, number>();
    const size = Math.floor(random() * 8);
    for (let k = 0; k < size; k++)
      weights.set(`t${Math.floor(random() * vocabulary)}`, 0.1 + random() * 3);
    return { weights, norm: normOf(weights) };
  });
}

describe("findLinkedPairs", () => {
  it("visits every pair whose cosine reaches the threshold, and each visited pair once", () => {
    for (const [seed, threshold] of [
      [1, 0.3],
      [2, 0.5],
      [3, 0.62],
      [4, 0.8],
      [5, 0.95],
    ] as const) {
      const vectors = randomVectors(300, 40, seed);
      const visited = new Set<string>();
      findLinkedPairs(packVectors(vectors), threshold, (i, j) => {
        expect(i).toBeLessThan(j);
        const key = `${i},${j}`;
        expect(visited.has(key)).toBe(false);
        visited.add(key);
      });
      let linked = 0;
      for (let i = 0; i < vectors.length; i++)
        for (let j = i + 1; j < vectors.length; j++)
          if (cosineOf(vectors[i]!, vectors[j]!) >= threshold) {
            linked++;
            expect(visited.has(`${i},${j}`), `pair ${i},${j} at ${threshold}`).toBe(true);
          }
      expect(linked).toBeGreaterThan(0);
      // The point of it: far fewer pairs than all of them, on all but the lowest thresholds.
      if (threshold >= 0.8) expect(visited.size).toBeLessThan((300 * 299) / 2 / 2);
    }
  });

  it("finds a pair of identical vectors and skips empty ones", () => {
    const one = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    const vectors: TermVector[] = [
      { weights: new Map(), norm: 0 },
      { weights: one, norm: normOf(one) },
      { weights: new Map(one), norm: normOf(one) },
    ];
    const pairs: [number, number][] = [];
    findLinkedPairs(packVectors(vectors), 0.99, (i, j) => pairs.push([i, j]));
    expect(pairs).toEqual([[1, 2]]);
  });

  it("packs vectors so that their cosine is cosineOf's up to rounding", () => {
    const vectors = randomVectors(200, 30, 6);
    const packed = packVectors(vectors);
    for (let i = 0; i < vectors.length; i++)
      for (let j = 0; j < vectors.length; j++)
        expect(
          Math.abs(packedCosineOf(packed, i, j) - cosineOf(vectors[i]!, vectors[j]!)),
        ).toBeLessThan(1e-12);
  });
});
