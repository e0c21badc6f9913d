import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/random.js";
import { collectFacts, createAnalysis } from "../../src/engine/analysis/analyzeCorpus.js";
import { hashCorpus, loadCorpus } from "../../src/engine/corpus/loadCorpus.js";
import {
  buildParagraphPostings,
  createSearchIndex,
} from "../../src/engine/search/buildSearchIndex.js";
import { groupStories, signatureOf } from "../../src/engine/summary/groupStories.js";
import { groupVectors } from "../../src/engine/summary/groupVectors.js";
import { GROUPING } from "../../src/engine/summary/summaryWeights.js";
import {
  addUnit,
  cosineOf,
  normOf,
  vectorOf,
  type TermVector,
} from "../../src/engine/summary/termVector.js";

/** The groups by the plain definition: every pair's cosineOf, single link, numbered by each group's first vector. */
function groupsByAllPairs(vectors: readonly TermVector[], threshold: number): number[] {
  const parent = vectors.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++)
      if (cosineOf(vectors[i]!, vectors[j]!) >= threshold) parent[find(j)] = find(i);
  const numbers = new Map<number, number>();
  return vectors.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

/**
 * Vectors over a small vocabulary with a few common terms, positive weights, some empty and some repeated, so
 * that many pairs come near any threshold and groups chain.
 */
function randomVectors(count: number, vocabulary: number, seed: number): TermVector[] {
  const random = seededRandom(seed);
  const vectors: TermVector[] = [];
  for (let v = 0; v < count; v++) {
    const weights = new Map<string, number>();
    if (v > 0 && random() < 0.05) {
      for (const [term, weight] of vectors[Math.floor(random() * v)]!.weights)
        weights.set(term, weight * 2);
    } else {
      const size = Math.floor(random() * 12);
      for (let k = 0; k < size; k++) {
        // Squaring skews the draw towards the first terms: some terms are common, most rare.
        const term = Math.floor(random() ** 2 * vocabulary);
        weights.set(`t${term}`, 0.1 + random() * 3);
      }
    }
    vectors.push({ weights, norm: normOf(weights) });
  }
  return vectors;
}

/** The story signatures of a corpus, in groupStories's order, with the analysis and index they came from. */
async function storySignatures(dirs: readonly string[]) {
  const articles = (await Promise.all(dirs.map((dir) => loadCorpus(dir)))).flatMap(
    ({ corpus }) => corpus.articles,
  );
  const corpus = { articles, version: hashCorpus(articles) };
  const analysis = createAnalysis(corpus, collectFacts(corpus));
  const index = createSearchIndex(buildParagraphPostings(articles.flatMap((a) => a.paragraphs)));
  const groups = groupStories(analysis, index);
  const keys = [...groups.paragraphsOf.keys()];
  const signatures = keys.map((key) => signatureOf(groups.paragraphsOf.get(key)!, analysis, index));
  return { analysis, index, groups, keys, signatures };
}

const REAL = ["../shared/eval/real/bbc", "../shared/eval/real/brown"].filter((dir) =>
  existsSync(dir),
);

describe("groupVectors", () => {
  it("gives the groups of comparing every pair, on random vectors at many thresholds", () => {
    for (const [seed, threshold] of [
      [1, 0.2],
      [2, 0.3],
      [3, 0.4],
      [4, 0.5],
      [5, 0.7],
      [6, 0.9],
    ] as const) {
      const vectors = randomVectors(400, 60, seed);
      const expected = groupsByAllPairs(vectors, threshold);
      // Not a trivial case: some groups join several vectors, and not all of them are one.
      expect(new Set(expected).size).toBeLessThan(vectors.length);
      expect(new Set(expected).size).toBeGreaterThan(1);
      expect([...groupVectors(vectors, threshold)]).toEqual(expected);
    }
  });

  it("gives the groups of comparing every pair, on the stories of real articles", async () => {
    const { signatures } = await storySignatures(["seeds", ...REAL]);
    for (const threshold of [0.1, 0.2, 0.3, GROUPING.link, 0.5, 0.7])
      expect([...groupVectors(signatures, threshold)], `at ${threshold}`).toEqual(
        groupsByAllPairs(signatures, threshold),
      );
  });
});

describe("groupStories", () => {
  it("groups the stories of real articles as comparing every pair of signatures does", async () => {
    const { groups, keys, signatures } = await storySignatures(["seeds", ...REAL]);
    const numbers = groupsByAllPairs(signatures, GROUPING.link);
    const members: string[][] = [];
    keys.forEach((key, i) => (members[numbers[i]!] ??= []).push(key));
    expect(groups.members).toEqual(members);
    expect([...groups.groupOf]).toEqual(keys.map((key, i) => [key, numbers[i]]));
    // The real set has stories told by several articles (see its README): some group is not a single story.
    if (REAL.length > 0) expect(members.some((group) => group.length > 1)).toBe(true);
  });
});

describe("signatureOf", () => {
  it("is the sum of its sentences' unit vectors and names, bit for bit as addUnit and vectorOf give it", async () => {
    const { analysis, index, groups, keys, signatures } = await storySignatures(["seeds", ...REAL]);
    keys.forEach((key, i) => {
      const sum = new Map<string, number>();
      for (const p of groups.paragraphsOf.get(key)!.slice(0, GROUPING.signatureParagraphs))
        for (const sentence of analysis.sentencesOf(p)) {
          addUnit(sum, vectorOf(sentence.terms, index));
          for (const m of sentence.mentions)
            if (m.entity && m.kind !== "candidate" && m.kind !== "other")
              sum.set(`@${m.entity}`, (sum.get(`@${m.entity}`) ?? 0) + 2);
        }
      expect([...signatures[i]!.weights], key).toEqual([...sum]);
      expect(signatures[i]!.norm).toBe(normOf(sum));
    });
  });
});
