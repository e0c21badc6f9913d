import { MessageFlags } from "discord-api-types/v10";
import { NO_MENTIONS, type Reply } from "./render/types.js";

/** Options for `reply`/`followUp`: the rendered message, the ephemeral flag when private, and never a ping. */
export function toReplyOptions(reply: Reply) {
  return {
    ...toEditOptions(reply),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** Options for `update`/`editReply`/`edit`/`send`, where the ephemeral flag cannot change. */
export function toEditOptions(reply: Reply) {
  return {
    ...(reply.content !== undefined ? { content: reply.content } : {}),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
}
