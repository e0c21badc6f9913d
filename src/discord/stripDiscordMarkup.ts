/**
 * Remove Discord markup that is not part of what a person asks: user, role, channel and command
 * mentions, @everyone/@here, and custom emoji (kept as their name). Queries and "Find source"
 * claims go to the engine without it, so a ping in a message does not spoil the search.
 */
export function stripDiscordMarkup(text: string): string {
  return text
    .replace(/<a?:(\w{1,32}):\d{15,21}>/g, "$1")
    .replace(
      /<(?:@[!&]?|#)\d{15,21}>|<\/[\w -]{1,32}:\d{15,21}>|<t:-?\d{1,13}(?::[tTdDfFR])?>/g,
      " ",
    )
    .replace(/@(?:everyone|here)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
