import { escapeText } from "./escapeText.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

/** The private note for an article option that names no article, with the typed text shown escaped. */
export function renderNoArticle(typed: string): Reply {
  const shown = fitFormatted(typed, 120, escapeText) || "(empty)";
  return {
    content: `There is no article "${shown}". Pick one from the suggestions, or use /sources to see the article ids.`,
    ephemeral: true,
  };
}
