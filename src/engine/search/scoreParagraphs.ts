import type MiniSearch from "minisearch";

/**
 * The parts of a MiniSearch index this module reads. MiniSearch keeps them
 * private; the version is pinned in package.json and a test checks that these
 * scores agree with MiniSearch's own search, so an upgrade that changes them fails loudly.
 */
interface MiniSearchInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

/** One group of interchangeable index terms (a query word and its variants) with its weight. */
export interface TermGroup {
  /** Term to how much a match is worth (1 exact, less for variants). */
  terms: ReadonlyMap<string, number>;
  weight: number;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
let scratch = new Float64Array(0);
let counts = new Uint16Array(0);

/**
 * Top documents for weighted term groups, scored with MiniSearch's BM25 over
 * its own postings, but without building a result object per hit: each
 * posting adds into a flat array, and only the best `limit` are kept. A group
 * counts once per document (its best variant), and documents matching more
 * groups rank higher. Returns document ids, best first.
 */
export function scoreParagraphs(index: MiniSearch, groups: readonly TermGroup[], boosts: Record<string, number>, limit: number): number[] {
  const internals = index as unknown as MiniSearchInternals;
  const size = internals._documentCount + internals._documentIds.size + 1;
  if (scratch.length < size) {
    scratch = new Float64Array(size);
    counts = new Uint16Array(size);
  }
  const touched: number[] = [];
  const groupBest = new Map<number, number>();
  for (const group of groups) {
    groupBest.clear();
    for (const [term, worth] of group.terms) {
      const fields = internals._index.get(term);
      if (!fields) continue;
      for (const [field, boost] of Object.entries(boosts)) {
        const fieldId = internals._fieldIds[field];
        const postings = fieldId === undefined ? undefined : fields.get(fieldId);
        if (!postings) continue;
        const average = internals._avgFieldLength[fieldId!] ?? 1;
        const idf = Math.log(1 + (internals._documentCount - postings.size + 0.5) / (postings.size + 0.5));
        for (const [doc, frequency] of postings) {
          const length = internals._fieldLength.get(doc)?.[fieldId!] ?? average;
          const score = worth * boost * idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
          const best = groupBest.get(doc);
          if (best === undefined || score > best) groupBest.set(doc, score);
        }
      }
    }
    for (const [doc, score] of groupBest) {
      if (scratch[doc] === 0 && counts[doc] === 0) touched.push(doc);
      scratch[doc]! += group.weight * score;
      counts[doc]! += 1;
    }
  }
  // Keep the best `limit` with a small sorted buffer: touched can be most of the corpus.
  const best: [number, number][] = [];
  for (const doc of touched) {
    const score = scratch[doc]! * (1 + counts[doc]! / Math.max(1, groups.length));
    scratch[doc] = 0;
    counts[doc] = 0;
    if (best.length < limit) {
      best.push([doc, score]);
      if (best.length === limit) best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      continue;
    }
    const last = best[limit - 1]!;
    if (score < last[1] || (score === last[1] && doc > last[0])) continue;
    let at = limit - 1;
    while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > doc))) at--;
    best.splice(at, 0, [doc, score]);
    best.pop();
  }
  if (best.length < limit) best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best.map(([doc]) => internals._documentIds.get(doc) as number);
}
