import type { Paragraph } from "../../engine/types.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { formatCitation, type SourceLabels } from "./formatCitation.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

/** One paragraph verbatim (escaped so it shows literally), with its citation as the title. */
export function renderParagraph(paragraph: Paragraph, labels: SourceLabels, total: number, version: string): Reply {
  return {
    embeds: [
      fitEmbed({
        title: fitFormatted(formatCitation({ article: paragraph.article, paragraph: paragraph.n }, labels), LIMITS.embedTitle, escapeText),
        description: fitFormatted(paragraph.text, LIMITS.embedDescription, escapeText),
        color: EMBED_COLOR,
        ...(paragraph.section ? { fields: [{ name: "Section", value: fitFormatted(paragraph.section, LIMITS.fieldValue, escapeText) }] } : {}),
        footer: { text: `Paragraph ${paragraph.n} of ${total} · article ${paragraph.article} · corpus ${version}` },
      }),
    ],
    ephemeral: false,
  };
}

/** A private explanation of why `/source` found nothing, with the valid range when the article exists. */
export function renderNoParagraph(article: string, paragraph: number, total: number | undefined): Reply {
  const shown = fitFormatted(article, 120, escapeText) || "(empty)";
  const text =
    total === undefined
      ? `There is no article "${shown}". Use /sources to see the article ids, or pick one from the suggestions.`
      : `Article ${shown} has paragraphs 1 to ${total}; there is no paragraph ${paragraph}.`;
  return { content: text, ephemeral: true };
}
