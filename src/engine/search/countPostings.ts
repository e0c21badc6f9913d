import SearchableMap from "minisearch/SearchableMap";
import type { Paragraph } from "../types.js";
import { termsOf } from "../text/processTerm.js";
import { compareCodeUnits, type PostingIndex } from "./postingIndex.js";

/** The indexed fields in MiniSearch's numbering (the order of `PARAGRAPH_INDEX_OPTIONS.fields`). */
const FIELDS = ["text", "section"] as const;

/** Paragraphs indexed between two progress reports. */
const PROGRESS_STEP = 2000;

/** A growable list of unsigned 32-bit numbers: millions of postings as plain arrays would be most of a build's garbage. */
class NumberList {
  values = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * The postings of every paragraph counted straight from its terms, without
 * building a MiniSearch index first: the same {@link PostingIndex} that
 * `compactPostings(buildParagraphIndex(paragraphs))` gives (a test holds them
 * equal), for a fraction of the time and garbage. What it reproduces of
 * MiniSearch 7: a document's field length is its number of distinct terms, the
 * average field length is updated per document in MiniSearch's own order of
 * floating-point operations, an empty term is counted in the length but not
 * indexed, and a reader comment is indexed with empty fields.
 */
export function countParagraphPostings(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingIndex {
  return withTermMap(countPostingArrays(paragraphs, onIndexed));
}

/** What the index reads of a paragraph. */
export type IndexedParagraph = Pick<Paragraph, "text" | "section" | "comment">;

/** A {@link PostingIndex} without its term tree: plain data and typed arrays, which a worker thread can send. */
export type PostingArrays = Omit<PostingIndex, "terms">;

/** The term tree of counted postings: every term (in code-unit order) to its number. */
export function withTermMap(arrays: PostingArrays): PostingIndex {
  const terms = new SearchableMap<number>();
  arrays.termList.forEach((term, t) => terms.set(term, t));
  const { documentCount, fieldIds, fieldCount, averageLengths, fieldLengths } = arrays;
  const { termList, termStarts, docs, frequencies } = arrays;
  // In PostingIndex's key order, as compactPostings makes it.
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

/** {@link countParagraphPostings} without the term tree. */
export function countPostingArrays(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingArrays {
  const fieldCount = FIELDS.length;
  const documentCount = paragraphs.length;
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  // One posting per (term, field, document), in document order: its slot (term * fieldCount + field) and frequency.
  const slots = new NumberList();
  const docsInOrder = new NumberList();
  const counts = new NumberList();
  const fieldLengths = FIELDS.map(() => new Uint32Array(documentCount));
  const averageLengths: number[] = [];
  // How often each term occurs in the field being read; the terms met there, in first-seen order.
  const frequency: number[] = [];
  const met: number[] = [];
  let highest = 0;
  for (let doc = 0; doc < documentCount; doc++) {
    const paragraph = paragraphs[doc]!;
    for (let field = 0; field < fieldCount; field++) {
      // A reader comment is indexed empty: it keeps its id (ids are positions) but no query can retrieve it.
      const value = paragraph.comment
        ? ""
        : field === 0
          ? paragraph.text
          : (paragraph.section ?? "");
      const tokens = termsOf(value);
      met.length = 0;
      let distinct = 0;
      let sawEmpty = false;
      for (const token of tokens) {
        if (!token) {
          // MiniSearch counts an empty token as a distinct term of the field but does not index it.
          if (!sawEmpty) distinct++;
          sawEmpty = true;
          continue;
        }
        let id = termIds.get(token);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(token, id);
          termNames.push(token);
          frequency.push(0);
        }
        if (frequency[id] === 0) {
          met.push(id);
          distinct++;
        }
        frequency[id]!++;
      }
      fieldLengths[field]![doc] = distinct;
      // MiniSearch's addFieldLength, operation for operation, so the average is the same double.
      const average = averageLengths[field] || 0;
      averageLengths[field] = (average * doc + distinct) / (doc + 1);
      for (const id of met) {
        const count = frequency[id]!;
        if (count > highest) highest = count;
        slots.push(id * fieldCount + field);
        docsInOrder.push(doc);
        counts.push(count);
        frequency[id] = 0;
      }
    }
    if (onIndexed && (doc + 1) % PROGRESS_STEP === 0) onIndexed(doc + 1);
  }

  // Renumber the terms in code-unit order, then place every posting in its term's list by a stable counting sort.
  const termList = [...termNames].sort(compareCodeUnits);
  const sortedId = new Uint32Array(termNames.length);
  termList.forEach((term, t) => (sortedId[termIds.get(term)!] = t));
  const slotCount = termList.length * fieldCount;
  const termStarts = new Uint32Array(slotCount + 1);
  const postings = slots.length;
  const sortedSlot = new Uint32Array(postings);
  for (let i = 0; i < postings; i++) {
    const slot = slots.values[i]!;
    const sorted = sortedId[Math.floor(slot / fieldCount)]! * fieldCount + (slot % fieldCount);
    sortedSlot[i] = sorted;
    termStarts[sorted + 1]!++;
  }
  for (let s = 0; s < slotCount; s++) termStarts[s + 1]! += termStarts[s]!;
  const docs = new Uint32Array(postings);
  const frequencies = highest > 0xffff ? new Uint32Array(postings) : new Uint16Array(postings);
  const next = termStarts.slice(0, slotCount);
  for (let i = 0; i < postings; i++) {
    const at = next[sortedSlot[i]!]!++;
    docs[at] = docsInOrder.values[i]!;
    frequencies[at] = counts.values[i]!;
  }
  return {
    documentCount,
    fieldIds: Object.fromEntries(FIELDS.map((name, id) => [name, id])),
    fieldCount,
    averageLengths,
    fieldLengths,
    termList,
    termStarts,
    docs,
    frequencies,
  };
}
