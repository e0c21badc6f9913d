import { resolveDate } from "../dates/resolveDate.js";
import { foldText } from "../text/foldText.js";
import type { FeatureCandidate, PlannedQuestion } from "./candidate.js";
import { citationOf } from "./citationOf.js";
import { isEligible } from "./isEligible.js";
import { clauseBarrier } from "./clauseBarrier.js";
import { clauseShare } from "./clauseShare.js";
import { proximity } from "./proximity.js";

const LOOKS_AHEAD =
  /\b(?:will|would|is set to|are set to|plans? to|planned|is expected to|are expected to|scheduled|upcoming|next|to visit|to meet|starting)\b/i;

/**
 * When-candidates: date and time expressions as written, from the sentences that match the
 * question. A relative date ("on Tuesday", "last month") is also resolved when its article's date is known.
 */
export function extractWhen(question: PlannedQuestion): FeatureCandidate[] {
  const { ranked, context, query } = question;
  const queryText = foldText(query);
  const candidates: FeatureCandidate[] = [];
  for (const item of ranked) {
    const articleDate = context.analysis.articleDates.get(item.sentence.article);
    const paragraphText = context.analysis.paragraphs[item.sentence.paragraphIndex]!.text;
    for (const date of item.sentence.dates) {
      // A date the question already gives is not its answer.
      if (queryText.includes(foldText(date.text))) continue;
      const candidate: FeatureCandidate = {
        // The same absolute date merges across articles; "Monday" in two articles may be two days.
        key: /\d{4}/.test(date.text)
          ? `date:${foldText(date.text)}`
          : `date:${foldText(date.text)}:${item.sentence.article}`,
        answer: date.text,
        evidence: item.sentence.text,
        citation: citationOf(item.sentence),
        relevance: item.score,
        features: {
          eligible: isEligible(item) ? 1 : 0,
          dateKind: date.kind,
          // Coordinated clauses ("began 40 years ago but opened … in 1971") each have their own time.
          ownClause: clauseShare(
            item.sentence.text,
            item.sentence.start,
            date.start,
            date.end,
            item.matches,
          ),
          stated: item.predicateHere,
          near: proximity(date.start, date.end, item.matches),
          barrier: clauseBarrier(paragraphText, date.start, date.end, item.matches) ? 1 : 0,
        },
      };
      // resolveDate leaves dates with a year alone; a range has two ends and is shown as written.
      if (articleDate && date.kind !== "range") {
        const resolved = resolveDate(date.text, articleDate, LOOKS_AHEAD.test(item.sentence.text));
        if (resolved) candidate.resolved = resolved;
      }
      candidates.push(candidate);
    }
  }
  return candidates;
}
