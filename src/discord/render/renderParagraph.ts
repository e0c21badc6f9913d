import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbedField,
} from "discord-api-types/v10";
import { ACTION_ROW, BUTTON, BUTTON_SECONDARY } from "./componentKinds.js";
import type { Paragraph } from "../../engine/types.js";
import { corpusTag, encodeStampedId, fitsContextButton } from "../customId.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { formatCitation, type SourceLabels } from "./formatCitation.js";
import { citationLink } from "./formatCitationLinks.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

/** The embed title's link: the article's sidecar url, else the paragraph's source page, when there is one. */
function articleUrl(labels: SourceLabels, article: string, paragraph: number): { url?: string } {
  const url = citationLink(labels, article, paragraph)?.url;
  return url ? { url } : {};
}

function contextButton(
  paragraph: Paragraph,
  total: number,
  version: string,
): APIActionRowComponent<APIButtonComponent>[] {
  if (total <= 1 || !fitsContextButton(paragraph.article, paragraph.n)) return [];
  return [
    {
      type: ACTION_ROW,
      components: [
        {
          type: BUTTON,
          style: BUTTON_SECONDARY,
          label: "Show context",
          // Stamped: paragraph numbers may mean other text once the sources change.
          custom_id: encodeStampedId(
            { kind: "context", article: paragraph.article, paragraph: paragraph.n },
            corpusTag(version),
          ),
        },
      ],
    },
  ];
}

/**
 * One paragraph verbatim (escaped so it shows literally), with its citation as the title (a link
 * to the article when its sidecar gives a url) and a "Show context" button for the paragraphs around it.
 */
export function renderParagraph(
  paragraph: Paragraph,
  labels: SourceLabels,
  total: number,
  version: string,
): Reply {
  return {
    embeds: [
      fitEmbed({
        title: fitFormatted(
          formatCitation({ article: paragraph.article, paragraph: paragraph.n }, labels),
          LIMITS.embedTitle,
          escapeText,
        ),
        ...articleUrl(labels, paragraph.article, paragraph.n),
        description: fitFormatted(paragraph.text, LIMITS.embedDescription, escapeText),
        color: EMBED_COLOR,
        ...(paragraph.section
          ? {
              fields: [
                {
                  name: "Section",
                  value: fitFormatted(paragraph.section, LIMITS.fieldValue, escapeText),
                },
              ],
            }
          : {}),
        footer: {
          text: `Paragraph ${paragraph.n} of ${total} · article ${paragraph.article} · corpus ${version}`,
        },
      }),
    ],
    components: contextButton(paragraph, total, version),
    ephemeral: false,
  };
}

/** Room per neighbouring paragraph, so the three fit in one embed. */
const CONTEXT_ROOM = 1000;

/**
 * "Show context": the paragraph before, the paragraph itself and the paragraph after, verbatim and
 * each with its citation, shown only to whoever asked.
 */
export function renderParagraphContext(
  paragraphs: readonly Paragraph[],
  focus: number,
  labels: SourceLabels,
  total: number,
  version: string,
): Reply {
  const current = paragraphs.find((p) => p.n === focus);
  if (!current)
    return {
      content: `That paragraph is no longer in the sources (corpus ${version}).`,
      ephemeral: true,
    };
  const fields: APIEmbedField[] = paragraphs.map((p) => ({
    name: fitFormatted(
      `${p.n === focus ? "▶ " : ""}${formatCitation({ article: p.article, paragraph: p.n }, labels)}`,
      LIMITS.fieldName,
      escapeText,
    ),
    value: fitFormatted(p.text, Math.min(CONTEXT_ROOM, LIMITS.fieldValue), escapeText) || "—",
  }));
  return {
    embeds: [
      fitEmbed({
        title: fitFormatted(
          `Context of ${formatCitation({ article: current.article, paragraph: focus }, labels)}`,
          LIMITS.embedTitle,
          escapeText,
        ),
        ...articleUrl(labels, current.article, focus),
        color: EMBED_COLOR,
        fields,
        footer: {
          text: `Paragraphs ${paragraphs[0]!.n}–${paragraphs[paragraphs.length - 1]!.n} of ${total} · article ${current.article} · corpus ${version}`,
        },
      }),
    ],
    ephemeral: true,
  };
}

/** A private explanation of why `/source` found nothing, with the valid range when the article exists. */
export function renderNoParagraph(
  article: string,
  paragraph: number,
  total: number | undefined,
): Reply {
  const shown = fitFormatted(article, 120, escapeText) || "(empty)";
  const text =
    total === undefined
      ? `There is no article "${shown}". Use /sources to see the article ids, or pick one from the suggestions.`
      : `Article ${shown} has paragraphs 1 to ${total}; there is no paragraph ${paragraph}.`;
  return { content: text, ephemeral: true };
}
