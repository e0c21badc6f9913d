import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord-api-types/v10";
import { ACTION_ROW, BUTTON, BUTTON_PRIMARY } from "./componentKinds.js";
import type { Summary } from "../../engine/types.js";
import { corpusTag, encodeStampedId } from "../customId.js";
import {
  formatScopeMarker,
  hashScope,
  readScopeMarker,
  type MarkerKind,
  type SummaryScope,
} from "../summaryScope.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { formatCitationLinks } from "./formatCitationLinks.js";
import type { SourceLabels } from "./formatCitation.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

const WHOLE_CORPUS = "all articles";
/** The first word of a published summary's footer (shown to readers; never parsed for new pins). */
export const SUMMARY_MARK = "Summary";

/** The words each footer opens with, by marker kind. */
const FOOTER_HEAD = { preview: "Preview", summary: SUMMARY_MARK } as const satisfies Record<
  MarkerKind,
  string
>;

// The footer of summaries published before the marker existed: "<Kind> · …\nTopic: <topic>".
const LEGACY_TOPIC_PREFIX = "\nTopic: ";

/**
 * The footer: a line for readers, then the machine-readable scope marker, which is what the bot
 * reads back (rewording the first line orphans nothing).
 */
function footerText(kind: MarkerKind, scope: SummaryScope, version: string): string {
  return `${FOOTER_HEAD[kind]} · quoted from the sources · corpus ${version}\n${formatScopeMarker(kind, scope)}`;
}

/**
 * Read the topic from a footer in the format used before scope markers ("Summary · …\nTopic: x"),
 * "" for the whole corpus; undefined when the footer is not in that format.
 */
export function readLegacyTopic(footer: string | undefined, kind: MarkerKind): string | undefined {
  if (!footer?.startsWith(`${FOOTER_HEAD[kind]} · `)) return undefined;
  const at = footer.indexOf(LEGACY_TOPIC_PREFIX);
  if (at < 0) return undefined;
  const topic = footer.slice(at + LEGACY_TOPIC_PREFIX.length);
  return topic === WHOLE_CORPUS ? "" : topic;
}

/**
 * Which summary a footer belongs to: the scope's hash, and the scope itself when readable. The
 * marker comes first; pins posted before it existed are read by their old footer. Undefined when the
 * footer is not a summary of this kind.
 */
export function readSummaryFooter(
  footer: string | undefined,
  kind: MarkerKind,
): { hash: string; scope?: SummaryScope } | undefined {
  const marker = readScopeMarker(footer);
  if (marker)
    return marker.kind === kind
      ? { hash: marker.hash, ...(marker.scope ? { scope: marker.scope } : {}) }
      : undefined;
  const topic = readLegacyTopic(footer, kind);
  return topic === undefined ? undefined : { hash: hashScope({ topic }), scope: { topic } };
}

function summaryEmbed(summary: Summary, labels: SourceLabels, footer: string): APIEmbed {
  const scope = summary.article
    ? `${labels.get(summary.article) ?? summary.article}${summary.query ? ` · ${summary.query}` : ""}`
    : summary.query || WHOLE_CORPUS;
  const title = fitFormatted(`Summary: ${scope}`, LIMITS.embedTitle, escapeText);
  const room = LIMITS.embedTotal - title.length - footer.length - 10;
  const max = Math.min(LIMITS.embedDescription, room);
  const lines: string[] = [];
  let used = 0;
  for (const bullet of summary.bullets) {
    const cites = formatCitationLinks(bullet.citations.slice(0, 3), labels);
    const line = `• ${fitFormatted(bullet.text, 900, escapeText)} — *${cites}*`;
    if (used + line.length + 1 > max) break;
    lines.push(line);
    used += line.length + 1;
  }
  const omitted = summary.bullets.length - lines.length;
  // A short summary says so rather than pad: the sources hold no more distinct facts on it.
  if (summary.few && omitted === 0) {
    const note = `Only ${lines.length} point${lines.length === 1 ? "" : "s"}: the sources say little more on this.`;
    if (used + note.length + 1 <= max) lines.push(note);
  }
  if (omitted > 0) {
    const note = `…and ${omitted} more point${omitted === 1 ? "" : "s"} that did not fit.`;
    if (used + note.length + 1 <= max) lines.push(note);
  }
  return fitEmbed({
    title,
    description:
      lines.length > 0 ? lines.join("\n") : "The sources don't say anything on this topic.",
    color: EMBED_COLOR,
    footer: { text: footer },
  });
}

/** The scope a summary was made for when the caller names none: its topic. */
const scopeOf = (summary: Summary): SummaryScope => ({
  topic: summary.query,
  ...(summary.article ? { article: summary.article } : {}),
});

/** The private preview a moderator sees, with the "Publish & pin" button when there is something to publish. */
export function renderSummaryPreview(
  summary: Summary,
  labels: SourceLabels,
  version: string,
  scope: SummaryScope = scopeOf(summary),
): Reply {
  const components: APIActionRowComponent<APIButtonComponent>[] =
    summary.bullets.length === 0
      ? []
      : [
          {
            type: ACTION_ROW,
            components: [
              {
                type: BUTTON,
                style: BUTTON_PRIMARY,
                label: "Publish & pin",
                // Stamped: publishing recomputes the summary, so on other sources it would not be the one previewed.
                custom_id: encodeStampedId(
                  {
                    kind: "publish",
                    topic: scope.topic,
                    ...(scope.article !== undefined ? { article: scope.article } : {}),
                  },
                  corpusTag(version),
                ),
              },
            ],
          },
        ];
  return {
    content:
      "Preview, visible only to you. Publish & pin posts it in this channel and pins it (or updates the summary already pinned for this topic).",
    embeds: [summaryEmbed(summary, labels, footerText("preview", scope, version))],
    components,
    ephemeral: true,
  };
}

/** The public summary message; its footer shows the corpus version and carries the scope marker that later edits find. */
export function renderPublishedSummary(
  summary: Summary,
  labels: SourceLabels,
  version: string,
  scope: SummaryScope = scopeOf(summary),
): Reply {
  return {
    embeds: [summaryEmbed(summary, labels, footerText("summary", scope, version))],
    components: [],
    ephemeral: false,
  };
}
