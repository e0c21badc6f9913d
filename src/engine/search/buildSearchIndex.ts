import MiniSearch, { type Options } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Analysis } from "../analysis/analyzeCorpus.js";
import { termsOf } from "../text/processTerm.js";

/** The paragraph index plus the vocabulary used to correct and complete query terms. */
export interface SearchIndex {
  /** MiniSearch over paragraphs (id = paragraph index), fields `text` and `section`. */
  paragraphs: MiniSearch<ParagraphDocument>;
  /** Every index term to the number of sentences it occurs in. Supports fuzzy and prefix lookups. */
  vocabulary: SearchableMap<number>;
  sentenceCount: number;
}

type ParagraphDocument = { id: number; text: string; section: string };

/** Options shared by building and loading the paragraph index. Terms are processed before they reach MiniSearch. */
export const PARAGRAPH_INDEX_OPTIONS: Options<ParagraphDocument> = {
  idField: "id",
  fields: ["text", "section"],
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: (text: string) => text.split(" ").filter(Boolean),
    processTerm: (term: string) => term,
    boost: { text: 1, section: 0.5 },
  },
};

/** Index every paragraph with MiniSearch and collect the sentence vocabulary. */
export function buildSearchIndex(analysis: Analysis): SearchIndex {
  const paragraphs = new MiniSearch<ParagraphDocument>(PARAGRAPH_INDEX_OPTIONS);
  paragraphs.addAll(analysis.paragraphs.map((p, id) => ({ id, text: p.text, section: p.section ?? "" })));
  const vocabulary = new SearchableMap<number>();
  for (const [term, count] of analysis.facts.vocabulary) vocabulary.set(term, count);
  return { paragraphs, vocabulary, sentenceCount: analysis.facts.sentenceCount };
}
