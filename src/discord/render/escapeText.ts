import { escapeMarkdown } from "@discordjs/formatters";

/** Break mentions with a zero-width space so they neither ping nor render (the engine drops that space from queries). */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<([@#])/g, "<\u200b$1");
}

/**
 * Make text show literally in Discord: markdown (including backslashes, headings, lists and
 * masked links) escaped, and mentions broken.
 */
export function escapeText(text: string): string {
  return neutralizeMentions(
    escapeMarkdown(text, {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    }),
  );
}
