import { findStoryLabel } from "../engine/index.js";
import type { AnswerResult, Citation, SourceInfo, Summary } from "../engine/types.js";
import { labelSources, type SourceLabels } from "../discord/render/formatCitation.js";

/** Article id to label, for citations; the same map the Discord renderer uses, with story labels. */
export type Labels = SourceLabels;

/** Map each article id to its label, and multi-story articles to their stories. */
export function labelsOf(sources: readonly SourceInfo[]): Labels {
  return labelSources(sources);
}

/** "label ¶n (article id)": the story's label when the article bundles several stories. */
export function formatCitationText(citation: Citation, labels: Labels): string {
  const label =
    findStoryLabel(labels.stories?.get(citation.article), citation.paragraph) ??
    labels.get(citation.article);
  return label
    ? `${label} ¶${citation.paragraph} (${citation.article})`
    : `${citation.article} ¶${citation.paragraph}`;
}

/** A question's answers as plain text for a terminal: answer, who said it or their role, evidence, citations. */
export function formatAnswerText(result: AnswerResult, labels: Labels): string {
  if (result.answers.length === 0) {
    const lines = [`/${result.command} ${result.query}`, "The sources don't say."];
    if (result.suggestions && result.suggestions.length > 0)
      lines.push(`Try: ${result.suggestions.join(", ")}`);
    return lines.join("\n");
  }
  const lines = [`/${result.command} ${result.query}`];
  result.answers.forEach((answer, i) => {
    lines.push("");
    lines.push(`${i + 1}. ${answer.answer}`);
    if (answer.speaker) lines.push(`   said by: ${answer.speaker}`);
    if (answer.role) lines.push(`   role: ${answer.role}`);
    if (answer.variants && answer.variants.length > 0)
      lines.push(`   also written: ${answer.variants.slice(0, 4).join(", ")}`);
    if (answer.resolved) lines.push(`   date: ${answer.resolved}`);
    lines.push(`   evidence: ${answer.evidence}`);
    lines.push(
      `   source: ${answer.citations.map((c) => formatCitationText(c, labels)).join("; ")}`,
    );
  });
  return lines.join("\n");
}

/** A summary as bullets with their citations. */
export function formatSummaryText(summary: Summary, labels: Labels): string {
  const scope = summary.article
    ? `${labels.get(summary.article) ?? summary.article}${summary.query ? ` · ${summary.query}` : ""}`
    : summary.query;
  const heading = scope ? `Summary: ${scope}` : "Summary of all sources";
  if (summary.bullets.length === 0) return `${heading}\nThe sources don't cover this topic.`;
  const bullets = summary.bullets.map(
    (b) => `• ${b.text}\n  [${b.citations.map((c) => formatCitationText(c, labels)).join("; ")}]`,
  );
  const note = summary.few
    ? [
        `Only ${bullets.length} point${bullets.length === 1 ? "" : "s"}: the sources say little more on this.`,
      ]
    : [];
  return [heading, ...bullets, ...note].join("\n");
}

/** The articles with label, date and paragraph count. */
export function formatSourcesText(sources: readonly SourceInfo[]): string {
  return sources
    .map((s) => `${s.id}  ${s.label}${s.date ? `  (${s.date})` : ""}  ${s.paragraphs} paragraphs`)
    .join("\n");
}
