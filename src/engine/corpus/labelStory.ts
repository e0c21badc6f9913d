import { splitSentences } from "../text/splitSentences.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** Cut `text` to at most `labelChars` characters at a word boundary, with "…" when cut; trailing clause punctuation goes. */
export function clipLabel(text: string, max: number = T.labelChars): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean.replace(/[.,;:]$/, "");
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > T.labelMinCut ? cut.slice(0, space) : cut).replace(/[,;:–—-]+$/, "").trimEnd()}…`;
}

/**
 * A readable label for a story: its headline; else its dateline place and
 * its first words (`Austin, Texas: The Texas Senate voted…`); else its first
 * sentence, cut short. At most about `labelChars` characters.
 */
export function labelStory(story: { headline?: string; place?: string; text: string }): string {
  if (story.headline) return clipLabel(story.headline);
  const first = splitSentences(story.text)[0]?.text ?? story.text;
  if (!story.place) return clipLabel(first);
  const prefix = `${story.place}: `;
  return `${prefix}${clipLabel(first, Math.max(T.labelMinCut, T.labelChars - prefix.length))}`;
}
