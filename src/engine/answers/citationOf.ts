import type { SentenceInfo } from "../analysis/types.js";
import type { Citation } from "../types.js";

/** The citation of a sentence: its article and paragraph. */
export function citationOf(sentence: SentenceInfo): Citation {
  return { article: sentence.article, paragraph: sentence.paragraph };
}
