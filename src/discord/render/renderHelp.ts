import { renderHelpCard, type HelpSurface } from "./renderHelpCard.js";
import type { Reply } from "./types.js";

/** Command name and what it does, in the order /help lists them. */
export const HELP_LINES = [
  ["/who query", "Who is or did something, with the role the text gives them."],
  ["/where query", "Where something happened."],
  ["/when query", "When something happened, with relative dates resolved."],
  ["/quote query", "What someone said, with the speaker."],
  ["/ask query", "Any other question: the best matching sentence."],
  ["/sources", "The articles, with dates and paragraph counts."],
  ["/source article paragraph", "One paragraph, verbatim."],
  [
    "/summary [topic] [article]",
    "Moderators: preview a cited summary of a topic or one article, then publish and pin it.",
  ],
  [
    "/stale-summaries",
    "Moderators: this server's pinned summaries whose cited sentences are no longer in the sources.",
  ],
  [
    "/reload",
    "Operator (Manage Server in the operator's server): re-read the articles without a restart; lists what changed and this server's stale pins.",
  ],
  ["Find source", "Message menu (Apps › Find source): the passages closest to a message."],
  ["/help", "This message."],
] as const;

const DISCORD_HELP: HelpSurface = {
  title: "Verbatim — help",
  lines: HELP_LINES,
  notes: [
    "**What it cannot do:** it does not write its own text, guess, browse the web or know anything beyond the articles. When the sources don't say, it tells you so instead of answering.",
    "Add `private: True` to a question to see the answer alone. Use More answers / Previous under an answer for other matches.",
  ],
  ephemeral: true,
};

/** What the bot can and cannot do; every answer is quoted from the sources. */
export function renderHelp(articleCount: number): Reply {
  return renderHelpCard(DISCORD_HELP, articleCount);
}
