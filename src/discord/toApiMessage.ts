import type { EditOptions, ReplyOptions } from "./interaction.js";

/** A message body in Discord's JSON, the same fields the gateway path's discord.js sends. */
export function toApiMessage(options: ReplyOptions | EditOptions): Record<string, unknown> {
  return {
    ...(options.content !== undefined ? { content: options.content } : {}),
    embeds: options.embeds,
    components: options.components,
    allowed_mentions: { parse: [] },
    ...("flags" in options && options.flags !== undefined ? { flags: options.flags } : {}),
  };
}
