import { escapeMarkdown } from "@discordjs/formatters";

/** Break mentions with a zero-width space so they neither ping nor render (the engine drops that space from queries). */
export function neutralizeMentions(text: string): string {
  // Most text has neither mark: two searches for a character are cheaper than two regular-expression passes.
  if (!text.includes("@") && !text.includes("<")) return text;
  return text.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<([@#])/g, "<\u200b$1");
}

/**
 * What escapeMarkdown (with the options below) acts on: a backslash, backtick, `*`, `_`, `~`, `|`, `#` or `[`
 * anywhere, or a line that opens with a `- ` bullet or a number and a full stop.
 */
const MARKDOWN_TRIGGER = /[\\`*_~|#[]|^ *(?:- |\d+\.)/m;

/**
 * Make text show literally in Discord: markdown (including backslashes, headings, lists and
 * masked links) escaped, and mentions broken.
 */
export function escapeText(text: string): string {
  // escapeMarkdown runs a dozen regular expressions (~40 µs for a sentence); it changes nothing unless the text
  // holds one of the characters its rules escape, or a line opens like a list item (checked by
  // test/discord/escapeText.test.ts).
  if (!MARKDOWN_TRIGGER.test(text)) return neutralizeMentions(text);
  return neutralizeMentions(
    escapeMarkdown(text, {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    }),
  );
}
