import type { Article, CorpusWarning } from "../engine/types.js";

/** A corpus review for operators: per file, what was kept and what was dropped and why, its stories and its reader comments. */
export function formatValidation(
  articles: readonly Article[],
  warnings: readonly CorpusWarning[],
): string {
  const lines: string[] = [];
  for (const article of articles) {
    const meta = [
      article.date && `date ${article.date}`,
      article.dateline && `dateline ${article.dateline}`,
      article.outlet && `outlet ${article.outlet}`,
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `${article.file}: ${article.paragraphs.length} paragraphs kept, ${article.dropped.length} lines dropped${meta ? ` (${meta})` : ""}`,
    );
    lines.push(`  label: ${article.label}`);
    if (article.sections.length > 0) lines.push(`  sections: ${article.sections.join(" | ")}`);
    if (article.stories.length > 1)
      for (const story of article.stories)
        lines.push(`  story from ¶${story.first} (${story.rule}): ${story.label}`);
    const comments = article.paragraphs.filter((p) => p.comment);
    if (comments.length > 0)
      lines.push(
        `  reader comments, not answered from: ¶${comments[0]!.n}-¶${comments[comments.length - 1]!.n}`,
      );
    for (const dropped of article.dropped) {
      lines.push(
        `  dropped line ${dropped.line} (${dropped.reason}${dropped.detail ? `: ${dropped.detail}` : ""}): ${dropped.text.length > 90 ? `${dropped.text.slice(0, 89)}…` : dropped.text}`,
      );
    }
  }
  for (const warning of warnings)
    lines.push(`${warning.file}: skipped or repaired: ${warning.reason}`);
  const kept = articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
  lines.push(`${articles.length} articles, ${kept} paragraphs, ${warnings.length} warnings`);
  return lines.join("\n");
}
