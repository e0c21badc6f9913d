import { findStoryLabel } from "../../engine/index.js";
import type { Citation, SourceInfo } from "../../engine/types.js";

/**
 * Article id to human label, built once per engine from `engine.listSources()`.
 * `stories` holds, for articles that bundle more than one story, each story's
 * label and first paragraph: their citations show the story's label.
 */
export interface SourceLabels extends ReadonlyMap<string, string> {
  readonly stories?: ReadonlyMap<string, readonly { label: string; first: number }[]>;
}

/** Map each article id to its label, and each multi-story article to its stories. */
export function labelSources(sources: readonly SourceInfo[]): SourceLabels {
  const stories = new Map(sources.flatMap((s) => (s.stories && s.stories.length > 1 ? [[s.id, s.stories] as const] : [])));
  return Object.assign(new Map(sources.map((s) => [s.id, s.label])), { stories });
}

/**
 * "label ¶n" (raw text, not escaped): the story's label when the article
 * bundles several stories, else the article's; the article id when the label
 * is unknown. The number is always counted over the whole article.
 */
export function formatCitation(citation: Citation, labels: SourceLabels): string {
  const label = findStoryLabel(labels.stories?.get(citation.article), citation.paragraph) ?? labels.get(citation.article) ?? citation.article;
  return `${label} ¶${citation.paragraph}`;
}
