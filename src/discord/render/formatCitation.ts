import { findStoryLabel } from "../../engine/index.js";
import type { Article, Citation, SourceInfo } from "../../engine/types.js";

/**
 * Article id to human label, built once per engine from `engine.listSources()`.
 * `stories` holds, for articles that bundle more than one story, each story's
 * label and first paragraph: their citations show the story's label.
 */
export interface SourceLabels extends ReadonlyMap<string, string> {
  readonly stories?: ReadonlyMap<string, readonly { label: string; first: number }[]>;
  /** For articles whose sidecar gives a `url`: the link, and the `outlet` when given. */
  readonly links?: ReadonlyMap<string, { url: string; outlet?: string }>;
  /**
   * PUBLIC_URL (no trailing slash), when the source pages are served: a citation of an article without
   * a sidecar `url` links to its paragraph there, `${pages}/sources/<id>#p<n>`.
   */
  readonly pages?: string;
}

/**
 * Map each article id to its label, and each multi-story article to its stories. `articles`
 * (the corpus's, for their sidecar `url` and `outlet`) makes citations of those articles links;
 * `pages` (PUBLIC_URL) makes citations of the others links to the source pages.
 */
export function labelSources(
  sources: readonly SourceInfo[],
  articles: readonly Pick<Article, "id" | "url" | "outlet">[] = [],
  pages?: string,
): SourceLabels {
  const stories = new Map(
    sources.flatMap((s) => (s.stories && s.stories.length > 1 ? [[s.id, s.stories] as const] : [])),
  );
  const links = new Map(
    articles.flatMap((a) =>
      a.url ? [[a.id, { url: a.url, ...(a.outlet ? { outlet: a.outlet } : {}) }] as const] : [],
    ),
  );
  return Object.assign(new Map(sources.map((s) => [s.id, s.label])), {
    stories,
    links,
    ...(pages ? { pages } : {}),
  });
}

/** The label a citation shows: its story's in a multi-story article, else its article's, else the article id. */
export function citationLabel(citation: Citation, labels: SourceLabels): string {
  return (
    findStoryLabel(labels.stories?.get(citation.article), citation.paragraph) ??
    labels.get(citation.article) ??
    citation.article
  );
}

/**
 * "label ¶n" (raw text, not escaped): the story's label when the article
 * bundles several stories, else the article's; the article id when the label
 * is unknown. The number is always counted over the whole article.
 */
export function formatCitation(citation: Citation, labels: SourceLabels): string {
  return `${citationLabel(citation, labels)} ¶${citation.paragraph}`;
}
