import type { Paragraph } from "../types.js";

/**
 * True when two paragraphs belong to the same story of the same article: the
 * cheap test that keeps a quotation's speaker and a pronoun's antecedent
 * inside their story. A paragraph without a story index is in story 0.
 */
export function sameStory(
  a: Pick<Paragraph, "article" | "story">,
  b: Pick<Paragraph, "article" | "story">,
): boolean {
  return a.article === b.article && (a.story ?? 0) === (b.story ?? 0);
}
