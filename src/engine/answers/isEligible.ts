import type { ScoredSentence } from "../search/rankSentences.js";
import { MIN_ANCHOR, MIN_COVERAGE, MIN_SUPPORT } from "./weights.js";

/**
 * May this sentence answer? Either it holds enough of the question itself, or it holds some
 * of it and its paragraph and article hold the rest (a news lead states the fact, the next
 * sentences name who and where).
 */
export function isEligible(item: ScoredSentence): boolean {
  return item.coverage >= MIN_COVERAGE || (item.coverage >= MIN_ANCHOR && item.support >= MIN_SUPPORT);
}
