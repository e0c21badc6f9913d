import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";
import { groupVectors } from "./groupVectors.js";
import { GROUPING } from "./summaryWeights.js";
import { normOf, termWeightOf, type TermVector } from "./termVector.js";

/** Stories grouped across the corpus: the same event told by several articles (or several stories of one file) is one group. */
export interface StoryGroups {
  /** Group number of each story key (`article#storyIndex`). */
  groupOf: Map<string, number>;
  /** Each group's story keys, in corpus order. */
  members: string[][];
  /** Paragraphs (not reader comments) of each story. */
  paragraphsOf: Map<string, number[]>;
}

/** Weight of a name in a story's signature against a term: a shared person or place says "same story" more than a shared word. */
const NAME_WEIGHT = 2;

/**
 * The signature of a story: the rarity-weighted terms of its lead paragraphs (GROUPING.signatureParagraphs) and the
 * entities they name, each as a pseudo-term `@id`. Each sentence adds its vector (vectorOf) at unit length, summed
 * here in place with the same operations in the same order (the whole corpus's stories are signed at once, and a
 * map per sentence was a third of the time past the sentences' analysis); `weightOf` gives termWeightOf.
 */
export function signatureOf(
  paragraphs: readonly number[],
  analysis: Analysis,
  index: SearchIndex,
  weightOf = (term: string) => termWeightOf(term, index),
): TermVector {
  const sum = new Map<string, number>();
  const weights: number[] = [];
  for (const p of paragraphs.slice(0, GROUPING.signatureParagraphs)) {
    for (const sentence of analysis.sentencesOf(p)) {
      const terms = new Set(sentence.terms);
      weights.length = 0;
      let squares = 0;
      for (const term of terms) {
        const weight = weightOf(term);
        weights.push(weight);
        squares += weight * weight;
      }
      const norm = Math.sqrt(squares);
      let k = 0;
      if (norm !== 0)
        for (const term of terms) sum.set(term, (sum.get(term) ?? 0) + weights[k++]! / norm);
      for (const m of sentence.mentions)
        if (m.entity && m.kind !== "candidate" && m.kind !== "other")
          sum.set(`@${m.entity}`, (sum.get(`@${m.entity}`) ?? 0) + NAME_WEIGHT);
    }
  }
  return { weights: sum, norm: normOf(sum) };
}

/**
 * Group the corpus's stories by the names and terms they share: two stories whose signatures' cosine reaches
 * GROUPING.link are one story (single link, so a third article that shares the story with either joins it).
 */
export function groupStories(analysis: Analysis, index: SearchIndex): StoryGroups {
  const paragraphsOf = new Map<string, number[]>();
  analysis.paragraphs.forEach((paragraph, i) => {
    if (paragraph.comment) return;
    const key = `${paragraph.article}#${paragraph.story ?? 0}`;
    const list = paragraphsOf.get(key) ?? [];
    list.push(i);
    paragraphsOf.set(key, list);
  });
  const keys = [...paragraphsOf.keys()];
  const known = new Map<string, number>();
  const weightOf = (term: string) => {
    let weight = known.get(term);
    if (weight === undefined) known.set(term, (weight = termWeightOf(term, index)));
    return weight;
  };
  const signatures = keys.map((key) =>
    signatureOf(paragraphsOf.get(key)!, analysis, index, weightOf),
  );
  const numbers = groupVectors(signatures, GROUPING.link);
  const groupOf = new Map<string, number>();
  const members: string[][] = [];
  keys.forEach((key, i) => {
    const group = numbers[i]!;
    (members[group] ??= []).push(key);
    groupOf.set(key, group);
  });
  return { groupOf, members, paragraphsOf };
}

const cache = new WeakMap<Analysis, StoryGroups>();

/** groupStories, worked out once per analysed corpus. */
export function storyGroupsOf(analysis: Analysis, index: SearchIndex): StoryGroups {
  let groups = cache.get(analysis);
  if (!groups) {
    groups = groupStories(analysis, index);
    cache.set(analysis, groups);
  }
  return groups;
}
