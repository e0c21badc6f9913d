import type { APIEmbed } from "discord-api-types/v10";
import { LIMITS } from "./limits.js";
import { truncateText } from "./truncateText.js";

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Total characters Discord counts toward the 6000 limit across the embeds of one message. */
export function countEmbedChars(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/**
 * A last line of defence: clamp every part of an embed to Discord's limits, then shorten the
 * description and the last fields until the whole embed fits in 6000 characters. Renderers aim
 * to fit already; this keeps a surprise from becoming a rejected message.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncateText(out.title, LIMITS.embedTitle) || "…";
  if (out.description !== undefined)
    out.description = truncateText(out.description, LIMITS.embedDescription);
  if (out.footer)
    out.footer = { ...out.footer, text: truncateText(out.footer.text, LIMITS.footer) };
  if (out.author)
    out.author = { ...out.author, name: truncateText(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncateText(f.name, LIMITS.fieldName) || "\u200b",
      value: truncateText(f.value, LIMITS.fieldValue) || "\u200b",
    }));
  }
  let excess = embedLength(out) - LIMITS.embedTotal;
  if (excess > 0 && out.description) {
    out.description = truncateText(out.description, Math.max(1, out.description.length - excess));
    excess = embedLength(out) - LIMITS.embedTotal;
  }
  while (excess > 0 && out.fields && out.fields.length > 0) {
    const last = out.fields[out.fields.length - 1]!;
    if (last.value.length - excess >= 20) {
      out.fields = [
        ...out.fields.slice(0, -1),
        { ...last, value: truncateText(last.value, last.value.length - excess) },
      ];
    } else {
      out.fields = out.fields.slice(0, -1);
    }
    excess = embedLength(out) - LIMITS.embedTotal;
  }
  return out;
}
