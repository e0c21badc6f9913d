import MiniSearch, { type Options } from "minisearch";
import type { Paragraph } from "../types.js";
import { termsOf } from "../text/processTerm.js";
import {
  compactPostingArrays,
  compactPostings,
  type PostingArrays,
  type PostingIndex,
} from "./postingIndex.js";
import { vocabularyOf, type Vocabulary } from "./scoreParagraphs.js";

/** The paragraph index plus the vocabulary used to correct and complete query terms. */
export interface SearchIndex {
  /** The postings of the MiniSearch index over paragraphs (id = paragraph index), fields `text` and `section`. */
  paragraphs: PostingIndex;
  /** Every index term with the number of paragraphs it occurs in. Supports fuzzy and prefix lookups. */
  vocabulary: Vocabulary;
  /** Paragraphs indexed. */
  documentCount: number;
}

/** Field weights: a heading word counts half a body word. */
export const PARAGRAPH_BOOSTS = { text: 1, section: 0.5 };

/** What MiniSearch indexes for one paragraph. */
export type ParagraphDocument = { id: number; text: string; section: string };

/** Options shared by building and loading the paragraph index. Terms are processed before they reach MiniSearch. */
export const PARAGRAPH_INDEX_OPTIONS: Options<ParagraphDocument> = {
  idField: "id",
  fields: ["text", "section"],
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: (text: string) => text.split(" ").filter(Boolean),
    processTerm: (term: string) => term,
    boost: PARAGRAPH_BOOSTS,
  },
};

/** What the index reads of a paragraph. */
export type IndexedParagraph = Pick<Paragraph, "text" | "section" | "comment">;

/** Paragraphs indexed between two progress reports. */
const PROGRESS_STEP = 2000;

/**
 * Index every paragraph with MiniSearch; reader comments are indexed without
 * terms. `onIndexed` hears how many are done after every few thousand.
 */
export function buildParagraphIndex(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): MiniSearch<ParagraphDocument> {
  const index = new MiniSearch<ParagraphDocument>(PARAGRAPH_INDEX_OPTIONS);
  paragraphs.forEach((p, id) => {
    // A reader comment is indexed empty: it keeps its id (ids are positions) but no query can retrieve it.
    index.add(
      p.comment ? { id, text: "", section: "" } : { id, text: p.text, section: p.section ?? "" },
    );
    if (onIndexed && (id + 1) % PROGRESS_STEP === 0) onIndexed(id + 1);
  });
  return index;
}

/** The postings of every paragraph, as MiniSearch indexes them ({@link buildParagraphIndex}), in compact form. */
export function buildParagraphPostings(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingIndex {
  return compactPostings(buildParagraphIndex(paragraphs, onIndexed));
}

/** {@link buildParagraphPostings} without the term tree: what a worker thread sends back. */
export function buildParagraphPostingArrays(
  paragraphs: readonly IndexedParagraph[],
  onIndexed?: (done: number) => void,
): PostingArrays {
  return compactPostingArrays(buildParagraphIndex(paragraphs, onIndexed));
}

/** The search index over a paragraph index's postings. */
export function createSearchIndex(paragraphs: PostingIndex): SearchIndex {
  return {
    paragraphs,
    vocabulary: vocabularyOf(paragraphs),
    documentCount: paragraphs.documentCount,
  };
}
