import {
  frequencyIn,
  rangeOf,
  seekDoc,
  type PostingIndex,
  type PostingRange,
} from "./postingIndex.js";

/** The index's terms with the number of paragraphs each occurs in, for correcting and completing query words. */
export interface Vocabulary {
  /** Paragraphs the term occurs in, or undefined when it never does. */
  get(term: string): number | undefined;
  has(term: string): boolean;
  /** Terms within `distance` edits, as [term, [paragraphs, edits]]. */
  fuzzyGet(term: string, distance: number): Map<string, [number, number]>;
  /** Terms that start with `prefix`. */
  atPrefix(prefix: string): Iterable<[string, number]>;
  /** Does any paragraph with an id in [from, to) contain the term (body or heading)? */
  inRange(term: string, from: number, to: number): boolean;
}

/** The vocabulary straight from the postings' own term tree: no second copy of every term. */
export function vocabularyOf(index: PostingIndex, textField = "text"): Vocabulary {
  const field = index.fieldIds[textField] ?? 0;
  const count = (t: number | undefined) => {
    if (t === undefined) return undefined;
    const range = rangeOf(index, t, field);
    return range ? range.end - range.start : undefined;
  };
  return {
    get: (term) => count(index.terms.get(term)),
    has: (term) => count(index.terms.get(term)) !== undefined,
    fuzzyGet(term, distance) {
      const found = new Map<string, [number, number]>();
      for (const [candidate, [t, edits]] of index.terms.fuzzyGet(term, distance)) {
        const paragraphs = count(t);
        if (paragraphs !== undefined) found.set(candidate, [paragraphs, edits]);
      }
      return found;
    },
    inRange(term, from, to) {
      const t = index.terms.get(term);
      if (t === undefined) return false;
      for (let f = 0; f < index.fieldCount; f++) {
        const range = rangeOf(index, t, f);
        if (!range) continue;
        const at = seekDoc(index, range, from);
        if (at < range.end && index.docs[at]! < to) return true;
      }
      return false;
    },
    *atPrefix(prefix) {
      for (const [candidate, t] of index.terms.atPrefix(prefix)) {
        const paragraphs = count(t);
        if (paragraphs !== undefined) yield [candidate, paragraphs];
      }
    },
  };
}

/** One group of interchangeable index terms (a query word and its variants) with its weight. */
export interface TermGroup {
  /** Term to how much a match is worth (1 exact, less for variants). */
  terms: ReadonlyMap<string, number>;
  weight: number;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
let scores = new Float64Array(0);
let counts = new Uint16Array(0);
let groupScores = new Float64Array(0);
interface Posting {
  range: PostingRange;
  worth: number;
  boost: number;
  idf: number;
  average: number;
  lengths: Uint32Array;
}

/**
 * Top documents for weighted term groups, scored with MiniSearch's BM25 over
 * its own postings, without a result object per hit: scores add into flat
 * arrays and only the best `limit` are kept. A group counts once per
 * document (its best variant); documents matching more groups rank higher.
 * Rare groups go first; a group far more common than the candidates found so
 * far only scores those candidates (AND before OR), so a common word costs
 * lookups for the candidates, not a walk over most of the corpus. Returns
 * document ids, best first.
 */
export function scoreParagraphs(
  index: PostingIndex,
  groups: readonly TermGroup[],
  boosts: Record<string, number>,
  limit: number,
): number[] {
  const size = index.documentCount + 1;
  if (scores.length < size) {
    scores = new Float64Array(size);
    counts = new Uint16Array(size);
    groupScores = new Float64Array(size);
  }
  const prepared = groups.map((group) => {
    const postings: Posting[] = [];
    let total = 0;
    for (const [term, worth] of group.terms) {
      const t = index.terms.get(term);
      if (t === undefined) continue;
      for (const [field, boost] of Object.entries(boosts)) {
        const fieldId = index.fieldIds[field];
        const range = fieldId === undefined ? undefined : rangeOf(index, t, fieldId);
        if (!range || fieldId === undefined) continue;
        const size = range.end - range.start;
        total += size;
        postings.push({
          range,
          worth,
          boost,
          idf: Math.log(1 + (index.documentCount - size + 0.5) / (size + 0.5)),
          average: index.averageLengths[fieldId] ?? 1,
          lengths: index.fieldLengths[fieldId]!,
        });
      }
    }
    return { weight: group.weight, postings, total };
  });
  prepared.sort((a, b) => a.total - b.total);
  const touched: number[] = [];
  const bm25 = (posting: Posting, doc: number, frequency: number) => {
    const length = posting.lengths[doc] || posting.average;
    return (
      posting.worth *
      posting.boost *
      posting.idf *
      (BM25.d +
        (frequency * (BM25.k + 1)) /
          (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / posting.average)))
    );
  };
  for (const group of prepared) {
    if (group.postings.length === 0) continue;
    if (touched.length > 0 && group.total > Math.max(LOOKUP_FLOOR, touched.length * 4)) {
      for (const doc of touched) {
        let best = 0;
        for (const posting of group.postings) {
          const frequency = frequencyIn(index, posting.range, doc);
          if (frequency > 0) best = Math.max(best, bm25(posting, doc, frequency));
        }
        if (best > 0) {
          scores[doc]! += group.weight * best;
          counts[doc]! += 1;
        }
      }
      continue;
    }
    const seen: number[] = [];
    for (const posting of group.postings) {
      for (let at = posting.range.start; at < posting.range.end; at++) {
        const doc = index.docs[at]!;
        const score = bm25(posting, doc, index.frequencies[at]!);
        if (groupScores[doc] === 0) seen.push(doc);
        if (score > groupScores[doc]!) groupScores[doc] = score;
      }
    }
    for (const doc of seen) {
      if (scores[doc] === 0 && counts[doc] === 0) touched.push(doc);
      scores[doc]! += group.weight * groupScores[doc]!;
      counts[doc]! += 1;
      groupScores[doc] = 0;
    }
  }
  // Keep the best `limit` with a small sorted buffer: touched can be most of the corpus.
  const best: [number, number][] = [];
  for (const doc of touched) {
    const score = scores[doc]! * (1 + counts[doc]! / Math.max(1, groups.length));
    scores[doc] = 0;
    counts[doc] = 0;
    if (best.length < limit) {
      best.push([doc, score]);
      if (best.length === limit) best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      continue;
    }
    const last = best[limit - 1]!;
    if (score < last[1] || (score === last[1] && doc > last[0])) continue;
    let at = limit - 1;
    while (
      at > 0 &&
      (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > doc))
    )
      at--;
    best.splice(at, 0, [doc, score]);
    best.pop();
  }
  if (best.length < limit) best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best.map(([doc]) => doc);
}

/** Below this many postings a group is always walked in full. */
const LOOKUP_FLOOR = 2000;
