import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";

/** What every answer function reads: the analysed corpus and its index. */
export interface AnswerContext {
  analysis: Analysis;
  index: SearchIndex;
}
