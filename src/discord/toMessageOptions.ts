import { MessageFlags } from "discord-api-types/v10";
import { NO_MENTIONS, type Reply } from "./render/types.js";

/**
 * The renderers build Discord's own JSON (snake_case keys) already, but discord.js runs every plain embed and
 * component through its camelCase-to-snake_case transformer on each send (lodash's snakeCase on every key, all the
 * way down), which changes nothing here and is most of what discord.js spends on an answer's body. A copy with a
 * `toJSON` of its own is taken as it is: the method is not enumerable, so it is neither sent nor seen by readers of
 * the options, and it gives back the renderer's object. test/discord/toMessageOptions.test.ts checks that the
 * bodies discord.js makes are the same.
 */
function sendAsIs<T extends object>(data: T): T {
  const copy = { ...data };
  Object.defineProperty(copy, "toJSON", { value: () => data });
  return copy;
}

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
    embeds: (reply.embeds ?? []).map(sendAsIs),
    components: (reply.components ?? []).map(sendAsIs),
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
}
