import SearchableMap from "minisearch/SearchableMap";
import type { Paragraph } from "../types.js";
import { buildParagraphIndex } from "./buildSearchIndex.js";
import { compactPostings, type PostingIndex } from "./postingIndex.js";

/**
 * The postings of every paragraph as MiniSearch indexes them ({@link buildParagraphIndex}), in compact form
 * without the term tree, so that a worker thread can send them (countPostingsWorker.ts).
 */
export function countPostingArrays(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingArrays {
  const { terms: _terms, ...arrays } = compactPostings(buildParagraphIndex(paragraphs, onIndexed));
  return arrays;
}

/** {@link countPostingArrays} with the term tree: the postings the engine searches. */
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
