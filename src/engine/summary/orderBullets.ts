import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { Chosen } from "./selectBullets.js";

/**
 * The reading order: by story group, heaviest first; within a group by the article's date (undated articles
 * after dated ones), then by the paragraph's place in its article, so a story's lead facts come before its details.
 */
export function orderBullets(
  chosen: readonly Chosen[],
  groupWeight: ReadonlyMap<number, number>,
  analysis: Analysis,
): Chosen[] {
  const dateOf = (c: Chosen) => analysis.articleDates.get(c.candidate.sentence.article) ?? "9999";
  return [...chosen].sort(
    (a, b) =>
      groupWeight.get(b.group)! - groupWeight.get(a.group)! ||
      a.group - b.group ||
      a.candidate.sentence.paragraph - b.candidate.sentence.paragraph ||
      dateOf(a).localeCompare(dateOf(b)) ||
      a.candidate.sentence.id - b.candidate.sentence.id,
  );
}
