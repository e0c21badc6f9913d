import type { ScoredSentence } from "../search/rankSentences.js";
import { MIN_ANCHOR, MIN_COVERAGE, MIN_PREDICATE, MIN_SUPPORT } from "./weights.js";

/**
 * May this sentence answer? Either it holds enough of the question itself, or it holds some
 * of it and its paragraph and story hold the rest (a news lead states the fact, the next
 * sentences name who and where). Either way its paragraph must say what the question asks
 * about, not only name the question's people and places.
 */
export function isEligible(item: ScoredSentence): boolean {
  // The question's names may be all over the story; what it asks about must be said in this paragraph.
  if (item.predicate < MIN_PREDICATE || !item.phrases) return false;
  return (
    item.coverage >= MIN_COVERAGE || (item.coverage >= MIN_ANCHOR && item.support >= MIN_SUPPORT)
  );
}

/**
 * May this sentence give a place? As `isEligible`, or when the question's names are found in
 * its paragraph or story (`setting`): a place sentence often leaves out who met.
 */
export function isEligibleForPlace(item: ScoredSentence): boolean {
  return (
    isEligible(item) ||
    (item.setting >= MIN_COVERAGE && item.predicate >= MIN_PREDICATE && item.phrases)
  );
}
