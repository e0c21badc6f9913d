import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";

/** What every answer function reads: the analysed corpus and its index. */
export interface AnswerContext {
  analysis: Analysis;
  index: SearchIndex;
}

/** Sentences must cover at least this share of the question's words to answer it. */
export const MIN_COVERAGE = 0.5;

/** A place or date must score at least this (sentence match times closeness) to be offered. */
export const MIN_SLOT_SCORE = 0.42;
