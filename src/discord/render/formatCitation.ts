import type { Citation, SourceInfo } from "../../engine/types.js";

/** Article id to human label, built once per engine from `engine.listSources()`. */
export type SourceLabels = ReadonlyMap<string, string>;

/** Map each article id to its label. */
export function labelSources(sources: readonly SourceInfo[]): SourceLabels {
  return new Map(sources.map((s) => [s.id, s.label]));
}

/** "label ¶n" (raw text, not escaped); falls back to the article id when the label is unknown. */
export function formatCitation(citation: Citation, labels: SourceLabels): string {
  return `${labels.get(citation.article) ?? citation.article} ¶${citation.paragraph}`;
}
