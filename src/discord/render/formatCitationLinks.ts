import { hyperlink } from "@discordjs/formatters";
import type { Citation } from "../../engine/types.js";
import { escapeText, neutralizeMentions } from "./escapeText.js";
import { citationLabel, type SourceLabels } from "./formatCitation.js";

/** An article's sidecar link, as a safe http(s) URL for a markdown link, or undefined. */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  // Parentheses and spaces would end the markdown link early.
  return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\s/g, "%20");
}

/**
 * Where a citation of paragraph `paragraph` of `article` links: the article's sidecar url (with its
 * outlet), else its paragraph on the source pages when PUBLIC_URL is set, else nowhere. Markdown-safe.
 */
export function citationLink(
  labels: SourceLabels,
  article: string,
  paragraph: number,
): { url: string; outlet?: string } | undefined {
  const link = labels.links?.get(article);
  const url = safeLinkUrl(link?.url);
  if (url) return { url, ...(link?.outlet ? { outlet: link.outlet } : {}) };
  if (!labels.pages) return undefined;
  const page = safeLinkUrl(`${labels.pages}/sources/${encodeURIComponent(article)}#p${paragraph}`);
  return page ? { url: page } : undefined;
}

/** Link text shown literally: markdown escaped, and brackets too, so the label cannot end the link. */
function escapeLinkText(text: string): string {
  return escapeText(text).replace(/[[\]]/g, "\\$&");
}

/** The citations of one label (one article, or one story of a multi-story article), in order. */
export interface CitationGroup {
  article: string;
  label: string;
  paragraphs: number[];
}

/** Group citations by the label they show, keeping the order of first appearance and dropping repeats. Pure. */
export function groupCitations(
  citations: readonly Citation[],
  labels: SourceLabels,
): CitationGroup[] {
  const groups = new Map<string, CitationGroup>();
  for (const citation of citations) {
    const label = citationLabel(citation, labels);
    const key = `${citation.article}\u0000${label}`;
    const group = groups.get(key) ?? { article: citation.article, label, paragraphs: [] };
    if (!group.paragraphs.includes(citation.paragraph)) group.paragraphs.push(citation.paragraph);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Citations as Discord markdown: "Talks in Riyadh ¶3, ¶14; Other story ¶2". A label whose article
 * has a sidecar `url` is a link to it (the outlet as the link's tooltip), so a reader can check
 * the source; with PUBLIC_URL set, any other label links to its first paragraph on the source pages.
 * One link per label keeps the shape that published summaries are read back in.
 * Labels are escaped; the result is safe to put in a description or field value.
 */
export function formatCitationLinks(citations: readonly Citation[], labels: SourceLabels): string {
  return groupCitations(citations, labels)
    .map((group) => formatCitationGroup(group, labels))
    .join("; ");
}

/** One group of {@link groupCitations} as formatCitationLinks writes it: "Talks in Riyadh ¶3, ¶14". */
export function formatCitationGroup(group: CitationGroup, labels: SourceLabels): string {
  const link = citationLink(labels, group.article, group.paragraphs[0] ?? 1);
  const url = link?.url;
  const outlet = link?.outlet?.replace(/["\n\r]/g, "").trim();
  const label = url
    ? outlet
      ? hyperlink(escapeLinkText(group.label), url, neutralizeMentions(outlet))
      : hyperlink(escapeLinkText(group.label), url)
    : escapeText(group.label);
  return `${label} ${group.paragraphs.map((n) => `¶${n}`).join(", ")}`;
}
