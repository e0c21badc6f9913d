import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord-api-types/v10";
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Summary } from "../../engine/types.js";
import { encodeCustomId } from "../customId.js";
import { escapeText, neutralizeMentions } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { formatCitation, type SourceLabels } from "./formatCitation.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted, truncateText } from "./truncateText.js";
import type { Reply } from "./types.js";

const TOPIC_PREFIX = "\nTopic: ";
const WHOLE_CORPUS = "all articles";
/** First footer line of a published summary; with the topic line it marks the bot's pin for that topic. */
export const SUMMARY_MARK = "Summary";

/** Topics compare without case or extra spaces. */
export function sameTopic(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\u200b/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  return norm(a) === norm(b);
}

function footerText(kind: "Preview" | typeof SUMMARY_MARK, topic: string, version: string): string {
  const head = `${kind} · quoted from the sources · corpus ${version}`;
  const shown = neutralizeMentions(topic) || WHOLE_CORPUS;
  return `${head}${TOPIC_PREFIX}${truncateText(shown, LIMITS.footer - head.length - TOPIC_PREFIX.length)}`;
}

/**
 * Read the topic back from a summary footer; "" for the whole corpus; undefined when the
 * footer is not one of ours (`kind` checks preview vs published).
 */
export function readTopicFromFooter(footer: string | undefined, kind: "Preview" | typeof SUMMARY_MARK): string | undefined {
  if (!footer?.startsWith(`${kind} · `)) return undefined;
  const at = footer.indexOf(TOPIC_PREFIX);
  if (at < 0) return undefined;
  const topic = footer.slice(at + TOPIC_PREFIX.length);
  return topic === WHOLE_CORPUS ? "" : topic;
}

function summaryEmbed(summary: Summary, labels: SourceLabels, footer: string): APIEmbed {
  const scope = summary.article ? `${labels.get(summary.article) ?? summary.article}${summary.query ? ` · ${summary.query}` : ""}` : summary.query || WHOLE_CORPUS;
  const title = fitFormatted(`Summary: ${scope}`, LIMITS.embedTitle, escapeText);
  const room = LIMITS.embedTotal - title.length - footer.length - 10;
  const max = Math.min(LIMITS.embedDescription, room);
  const lines: string[] = [];
  let used = 0;
  for (const bullet of summary.bullets) {
    const cites = bullet.citations.slice(0, 3).map((c) => escapeText(formatCitation(c, labels))).join("; ");
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
    description: lines.length > 0 ? lines.join("\n") : "The sources don't say anything on this topic.",
    color: EMBED_COLOR,
    footer: { text: footer },
  });
}

/** The private preview a moderator sees, with the "Publish & pin" button when there is something to publish. */
export function renderSummaryPreview(summary: Summary, labels: SourceLabels, version: string): Reply {
  const components: APIActionRowComponent<APIButtonComponent>[] =
    summary.bullets.length === 0
      ? []
      : [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Primary,
                label: "Publish & pin",
                custom_id: encodeCustomId({ kind: "publish", topic: summary.query }),
              },
            ],
          },
        ];
  return {
    content: "Preview, visible only to you. Publish & pin posts it in this channel and pins it (or updates the summary already pinned for this topic).",
    embeds: [summaryEmbed(summary, labels, footerText("Preview", summary.query, version))],
    components,
    ephemeral: true,
  };
}

/** The public summary message; its footer shows topic and corpus version and marks it for later edits. */
export function renderPublishedSummary(summary: Summary, labels: SourceLabels, version: string): Reply {
  return { embeds: [summaryEmbed(summary, labels, footerText(SUMMARY_MARK, summary.query, version))], components: [], ephemeral: false };
}
