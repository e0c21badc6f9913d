import { DATE_SPECIFICITY, OTHER_CLAUSE_FLOOR } from "../dates/dateWeights.js";
import { resolveDate } from "../dates/resolveDate.js";
import { foldText } from "../text/foldText.js";
import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Answer } from "../types.js";
import { MIN_COVERAGE, MIN_SLOT_SCORE, type AnswerContext } from "./context.js";
import { clauseBarrier } from "./clauseBarrier.js";
import { clauseShare } from "./clauseShare.js";
import { proximity } from "./proximity.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";

const LOOKS_AHEAD = /\b(?:will|would|is set to|are set to|plans? to|planned|is expected to|are expected to|scheduled|upcoming|next|to visit|to meet|starting)\b/i;

/**
 * Answer "when": date and time expressions as written, from the sentences
 * that best match the question. A relative date ("on Tuesday", "last month")
 * is also resolved when its article's date is known.
 */
export function answerWhen(query: string, context: AnswerContext, limit: number): Answer[] {
  const plan = planQuery(query, context.analysis, context.index);
  const ranked = rankSentences(plan, context.analysis, context.index, 40);
  const queryText = foldText(query);
  const candidates: Candidate[] = [];
  for (const item of ranked) {
    if (item.coverage < MIN_COVERAGE) continue;
    const articleDate = context.analysis.articleDates.get(item.sentence.article);
    for (const date of item.sentence.dates) {
      // A date the question already gives is not its answer.
      if (queryText.includes(foldText(date.text))) continue;
      const near = proximity(date.start, date.end, item.matches);
      // A date far from the question's words usually belongs to another clause.
      const paragraphText = context.analysis.paragraphs[item.sentence.paragraphIndex]!.text;
      // Coordinated clauses ("began 40 years ago but opened … in 1971") each have their own time.
      const clauseFactor = OTHER_CLAUSE_FLOOR + (1 - OTHER_CLAUSE_FLOOR) * clauseShare(item.sentence.text, item.sentence.start, date.start, date.end, item.matches);
      const score = item.score * DATE_SPECIFICITY[date.kind] * (0.3 + 0.7 * near) * clauseBarrier(paragraphText, date.start, date.end, item.matches) * clauseFactor;
      if (score < MIN_SLOT_SCORE) continue;
      const candidate: Candidate = {
        // The same absolute date merges across articles; "Monday" in two articles may be two days.
        key: /\d{4}/.test(date.text) ? `date:${foldText(date.text)}` : `date:${foldText(date.text)}:${item.sentence.article}`,
        answer: date.text,
        evidence: item.sentence.text,
        citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
        score,
      };
      // resolveDate leaves dates with a year alone; a range has two ends and is shown as written.
      if (articleDate && date.kind !== "range") {
        const resolved = resolveDate(date.text, articleDate, LOOKS_AHEAD.test(item.sentence.text));
        if (resolved) candidate.resolved = resolved;
      }
      candidates.push(candidate);
    }
  }
  return rankCandidates(candidates, limit);
}
