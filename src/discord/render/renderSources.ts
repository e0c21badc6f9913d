import type { SourceInfo } from "../../engine/types.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

/** The list of articles: label, date, paragraph count and id (for `/source`). */
export function renderSources(sources: readonly SourceInfo[], version: string): Reply {
  const footer = `${sources.length} article${sources.length === 1 ? "" : "s"} · corpus ${version}`;
  const lines: string[] = [];
  let used = 0;
  const max = LIMITS.embedDescription - 40;
  for (const s of sources) {
    const meta = [
      s.date ?? "undated",
      `${s.paragraphs} paragraph${s.paragraphs === 1 ? "" : "s"}`,
      `id ${escapeText(s.id)}`,
    ].join(" · ");
    const line = `**${fitFormatted(s.label, 200, escapeText)}**\n${meta}`;
    if (used + line.length + 2 > max) {
      lines.push(`…and ${sources.length - lines.length} more.`);
      break;
    }
    lines.push(line);
    used += line.length + 2;
  }
  return {
    embeds: [
      fitEmbed({
        title: "Sources",
        description: lines.length > 0 ? lines.join("\n\n") : "No articles are loaded.",
        color: EMBED_COLOR,
        footer: { text: footer },
      }),
    ],
    ephemeral: false,
  };
}
