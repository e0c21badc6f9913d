import type MiniSearch from "minisearch";
import type SearchableMap from "minisearch/SearchableMap";

/**
 * The parts of a MiniSearch index this module reads. MiniSearch keeps them
 * private; the version is pinned in package.json and a test checks that these
 * scores agree with MiniSearch's own search, so an upgrade that changes them fails loudly.
 */
interface MiniSearchInternals {
  _index: SearchableMap<Map<number, Map<number, number>>>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

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

function paragraphCount(fields: Map<number, Map<number, number>> | undefined, textField: number): number | undefined {
  const postings = fields?.get(textField);
  return postings && postings.size > 0 ? postings.size : undefined;
}

/** The vocabulary straight from MiniSearch's own term tree: no second copy of every term. */
export function vocabularyOf(index: MiniSearch, textField = "text"): Vocabulary {
  const internals = index as unknown as MiniSearchInternals;
  const field = internals._fieldIds[textField] ?? 0;
  // MiniSearch numbers documents in the order they were added, which is our paragraph order; check, and map if not.
  let identity = true;
  for (const [short, id] of internals._documentIds) if (short !== id) identity = false;
  const toId = new Map<number, number>();
  const toShort = new Map<number, number>();
  if (!identity) for (const [short, id] of internals._documentIds) {
    toId.set(short, id as number);
    toShort.set(id as number, short);
  }
  const shortToId = (short: number) => (identity ? short : (toId.get(short) ?? -1));
  const idToShort = (id: number) => (identity ? id : (toShort.get(id) ?? -1));
  return {
    get: (term) => paragraphCount(internals._index.get(term), field),
    has: (term) => paragraphCount(internals._index.get(term), field) !== undefined,
    fuzzyGet(term, distance) {
      const found = new Map<string, [number, number]>();
      for (const [candidate, [fields, edits]] of internals._index.fuzzyGet(term, distance)) {
        const count = paragraphCount(fields, field);
        if (count !== undefined) found.set(candidate, [count, edits]);
      }
      return found;
    },
    inRange(term, from, to) {
      const fields = internals._index.get(term);
      if (!fields) return false;
      for (const postings of fields.values()) {
        // A long range is cheaper to answer from the postings, a short one by lookups.
        if (postings.size < to - from) {
          for (const doc of postings.keys()) {
            const id = shortToId(doc);
            if (id >= from && id < to) return true;
          }
        } else {
          for (let id = from; id < to; id++) if (postings.has(idToShort(id))) return true;
        }
      }
      return false;
    },
    *atPrefix(prefix) {
      for (const [candidate, fields] of internals._index.atPrefix(prefix)) {
        const count = paragraphCount(fields, field);
        if (count !== undefined) yield [candidate, count];
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
/** Field lengths by document, read once per index: MiniSearch keeps them in a Map of arrays. */
const lengthCache = new WeakMap<object, { count: number; lengths: Map<number, Float32Array> }>();

function fieldLengths(internals: MiniSearchInternals, fieldId: number): Float32Array {
  let cached = lengthCache.get(internals);
  if (!cached || cached.count !== internals._documentCount) {
    cached = { count: internals._documentCount, lengths: new Map() };
    lengthCache.set(internals, cached);
  }
  let lengths = cached.lengths.get(fieldId);
  if (!lengths) {
    let max = 0;
    for (const doc of internals._fieldLength.keys()) if (doc > max) max = doc;
    lengths = new Float32Array(max + 1);
    for (const [doc, perField] of internals._fieldLength) lengths[doc] = perField[fieldId] ?? 0;
    cached.lengths.set(fieldId, lengths);
  }
  return lengths;
}

interface Posting {
  postings: Map<number, number>;
  worth: number;
  boost: number;
  idf: number;
  average: number;
  lengths: Float32Array;
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
export function scoreParagraphs(index: MiniSearch, groups: readonly TermGroup[], boosts: Record<string, number>, limit: number): number[] {
  const internals = index as unknown as MiniSearchInternals;
  const size = internals._documentCount + internals._documentIds.size + 1;
  if (scores.length < size) {
    scores = new Float64Array(size);
    counts = new Uint16Array(size);
    groupScores = new Float64Array(size);
  }
  const prepared = groups.map((group) => {
    const postings: Posting[] = [];
    let total = 0;
    for (const [term, worth] of group.terms) {
      const fields = internals._index.get(term);
      if (!fields) continue;
      for (const [field, boost] of Object.entries(boosts)) {
        const fieldId = internals._fieldIds[field];
        const list = fieldId === undefined ? undefined : fields.get(fieldId);
        if (!list || fieldId === undefined) continue;
        total += list.size;
        postings.push({
          postings: list,
          worth,
          boost,
          idf: Math.log(1 + (internals._documentCount - list.size + 0.5) / (list.size + 0.5)),
          average: internals._avgFieldLength[fieldId] ?? 1,
          lengths: fieldLengths(internals, fieldId),
        });
      }
    }
    return { weight: group.weight, postings, total };
  });
  prepared.sort((a, b) => a.total - b.total);
  const touched: number[] = [];
  const bm25 = (posting: Posting, doc: number, frequency: number) => {
    const length = posting.lengths[doc] || posting.average;
    return posting.worth * posting.boost * posting.idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / posting.average)));
  };
  for (const group of prepared) {
    if (group.postings.length === 0) continue;
    if (touched.length > 0 && group.total > Math.max(LOOKUP_FLOOR, touched.length * 4)) {
      for (const doc of touched) {
        let best = 0;
        for (const posting of group.postings) {
          const frequency = posting.postings.get(doc);
          if (frequency !== undefined) best = Math.max(best, bm25(posting, doc, frequency));
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
      posting.postings.forEach((frequency, doc) => {
        const score = bm25(posting, doc, frequency);
        if (groupScores[doc] === 0) seen.push(doc);
        if (score > groupScores[doc]!) groupScores[doc] = score;
      });
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
    while (at > 0 && (best[at - 1]![1] < score || (best[at - 1]![1] === score && best[at - 1]![0] > doc))) at--;
    best.splice(at, 0, [doc, score]);
    best.pop();
  }
  if (best.length < limit) best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best.map(([doc]) => internals._documentIds.get(doc) as number);
}

/** Below this many postings a group is always walked in full. */
const LOOKUP_FLOOR = 2000;
