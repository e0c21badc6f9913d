import { bestExcerpt } from "./bestExcerpt.js";
import type { FeatureCandidate, PlannedQuestion } from "./candidate.js";
import { citationOf } from "./citationOf.js";
import { isEligible } from "./isEligible.js";

/** The best sentences themselves, for questions no extractor covers. Near-identical sentences merge. */
export function extractSentence(question: PlannedQuestion): FeatureCandidate[] {
  return question.ranked.slice(0, 30).map((item) => ({
    key: item.sentence.terms.slice(0, 12).join(" "),
    answer: bestExcerpt(item),
    evidence: item.sentence.text,
    citation: citationOf(item.sentence),
    relevance: item.score,
    features: { eligible: isEligible(item) ? 1 : 0 },
  }));
}
