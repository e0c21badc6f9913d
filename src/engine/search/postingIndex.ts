import type MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";

/**
 * The postings the engine reads, in typed arrays: for every index term and
 * field, the paragraphs it occurs in (ascending) and how often. It is made
 * from a built MiniSearch index ({@link compactPostings}) and holds exactly
 * what MiniSearch scores with, in about a tenth of the memory: MiniSearch
 * keeps a Map of Maps per term, which is most of an engine's heap on a large
 * corpus. Document ids are paragraph indexes.
 */
export interface PostingIndex {
  /** Paragraphs indexed. */
  documentCount: number;
  /** Field name to field number (MiniSearch's own numbering). */
  fieldIds: Readonly<Record<string, number>>;
  /** Number of fields; the stride of `termStarts`. */
  fieldCount: number;
  /** Average length of each field over every document, in terms (MiniSearch's `_avgFieldLength`). */
  averageLengths: readonly number[];
  /** Length of each field of each document, in terms: `fieldLengths[field][doc]`. */
  fieldLengths: readonly Uint32Array[];
  /** Every term to its number. */
  terms: SearchableMap<number>;
  /** The terms by number, for writing a snapshot. */
  termList: readonly string[];
  /** Where the postings of term `t`, field `f` start in `docs`: `termStarts[t * fieldCount + f]`; one more entry ends the last. */
  termStarts: Uint32Array;
  /** Document ids of every posting list, each list ascending. */
  docs: Uint32Array;
  /** Term frequency of each posting, aligned with `docs`. */
  frequencies: Uint16Array | Uint32Array;
}

/** One term's postings in one field: the slice [start, end) of `docs` and `frequencies`. */
export interface PostingRange {
  start: number;
  end: number;
}

interface MiniSearchInternals {
  _index: SearchableMap<Map<number, Map<number, number>>>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

/**
 * The postings of a built MiniSearch index as a {@link PostingIndex}.
 * MiniSearch's private fields are read (its version is pinned in
 * package.json); a test checks that scores over these postings agree with
 * MiniSearch's own search. Throws when MiniSearch's document numbering is not
 * the paragraph order (it numbers documents as they are added).
 */
export function compactPostings(index: MiniSearch): PostingIndex {
  return withTermMap(compactPostingArrays(index));
}

/** {@link compactPostings} without the term tree, for a worker thread to send (a tree it made would be thrown away). */
export function compactPostingArrays(index: MiniSearch): PostingArrays {
  const internals = index as unknown as MiniSearchInternals;
  for (const [short, id] of internals._documentIds)
    if (short !== id)
      throw new Error("compactPostings: document ids must be the order documents were added");
  const fieldCount = Object.keys(internals._fieldIds).length;
  const termList: string[] = [];
  let postings = 0;
  let highest = 0;
  for (const [term, fields] of internals._index) {
    termList.push(term);
    for (const list of fields.values()) {
      postings += list.size;
      for (const frequency of list.values()) if (frequency > highest) highest = frequency;
    }
  }
  termList.sort(compareCodeUnits);
  const termStarts = new Uint32Array(termList.length * fieldCount + 1);
  const docs = new Uint32Array(postings);
  const frequencies = highest > 0xffff ? new Uint32Array(postings) : new Uint16Array(postings);
  let at = 0;
  termList.forEach((term, t) => {
    const fields = internals._index.get(term)!;
    for (let f = 0; f < fieldCount; f++) {
      termStarts[t * fieldCount + f] = at;
      const list = fields.get(f);
      if (!list) continue;
      const sorted = [...list].sort((a, b) => a[0] - b[0]);
      for (const [doc, frequency] of sorted) {
        docs[at] = doc;
        frequencies[at] = frequency;
        at++;
      }
    }
  });
  termStarts[termList.length * fieldCount] = at;
  const fieldLengths = Array.from(
    { length: fieldCount },
    () => new Uint32Array(internals._documentCount),
  );
  for (const [doc, lengths] of internals._fieldLength)
    lengths.forEach((length, f) => (fieldLengths[f]![doc] = length));
  return {
    documentCount: internals._documentCount,
    fieldIds: { ...internals._fieldIds },
    fieldCount,
    averageLengths: [...internals._avgFieldLength],
    fieldLengths,
    termList,
    termStarts,
    docs,
    frequencies,
  };
}

/** A {@link PostingIndex} without its term tree: plain data and typed arrays, which a worker thread can send. */
export type PostingArrays = Omit<PostingIndex, "terms">;

/** The postings with their term tree: every term (in code-unit order) to its number. */
export function withTermMap(arrays: PostingArrays): PostingIndex {
  const terms = new SearchableMap<number>();
  arrays.termList.forEach((term, t) => terms.set(term, t));
  const { documentCount, fieldIds, fieldCount, averageLengths, fieldLengths } = arrays;
  const { termList, termStarts, docs, frequencies } = arrays;
  // In PostingIndex's key order.
  return {
    documentCount,
    fieldIds,
    fieldCount,
    averageLengths,
    fieldLengths,
    terms,
    termList,
    termStarts,
    docs,
    frequencies,
  };
}

/** Code-unit order: the same on every machine, unlike locale order. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The postings of `term` in field `field`, or undefined when it has none there. */
export function postingsOf(
  index: PostingIndex,
  term: string,
  field: number,
): PostingRange | undefined {
  const t = index.terms.get(term);
  return t === undefined ? undefined : rangeOf(index, t, field);
}

/** The postings of term number `t` in field `field`, or undefined when empty. */
export function rangeOf(index: PostingIndex, t: number, field: number): PostingRange | undefined {
  const slot = t * index.fieldCount + field;
  const start = index.termStarts[slot]!;
  const end = index.termStarts[slot + 1]!;
  return end > start ? { start, end } : undefined;
}

/** The position in `docs` of the first posting of `range` whose document is at least `doc` (the range's end when none is). */
export function seekDoc(index: PostingIndex, range: PostingRange, doc: number): number {
  let low = range.start;
  let high = range.end;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (index.docs[mid]! < doc) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How often `doc` holds the term of `range`, or 0. */
export function frequencyIn(index: PostingIndex, range: PostingRange, doc: number): number {
  const at = seekDoc(index, range, doc);
  return at < range.end && index.docs[at] === doc ? index.frequencies[at]! : 0;
}
