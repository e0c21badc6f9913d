import type { Answer } from "../../engine/types.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { formatCitation, type SourceLabels } from "./formatCitation.js";
import { formatCitationLinks } from "./formatCitationLinks.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

/** "Find source": the source sentences that best support a message, or a plain "not covered". Private. */
export function renderSupport(
  claim: string,
  support: readonly Answer[],
  labels: SourceLabels,
  version: string,
): Reply {
  const title = fitFormatted(
    `Find source: ${claim.replace(/\s+/g, " ").trim() || "(no text)"}`,
    LIMITS.embedTitle,
    escapeText,
  );
  if (!claim.trim()) {
    return { content: "That message has no text to look up.", ephemeral: true };
  }
  if (support.length === 0) {
    return {
      embeds: [
        fitEmbed({
          title,
          description: "The sources don't cover it: no paragraph supports this message.",
          color: EMBED_COLOR,
        }),
      ],
      ephemeral: true,
      outcome: "no_answer",
    };
  }
  // A field name cannot hold a link: the linked, grouped citation goes under the quoted passage.
  const fields = support.slice(0, 5).map((s) => {
    const cites = formatCitationLinks(s.citations, labels);
    const head = cites.length <= 400 ? `${cites}\n` : "";
    return {
      name: fitFormatted(formatCitation(s.citations[0]!, labels), LIMITS.fieldName, escapeText),
      value: `${head}>>> ${fitFormatted(s.evidence, LIMITS.fieldValue - 4 - head.length, escapeText)}`,
    };
  });
  return {
    embeds: [
      fitEmbed({
        title,
        description:
          "The closest passages in the sources (quoted verbatim). Whether they confirm the message is for you to judge.",
        color: EMBED_COLOR,
        fields,
        footer: { text: `corpus ${version}` },
      }),
    ],
    ephemeral: true,
  };
}
