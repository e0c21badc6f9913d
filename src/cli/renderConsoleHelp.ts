import { renderHelpCard, type HelpSurface } from "../discord/render/renderHelpCard.js";
import type { Reply } from "../discord/render/types.js";

/** What the console understands, in the order its /help lists it. */
export const CONSOLE_HELP_LINES = [
  ["/who query", "Who is or did something, with the role the text gives them."],
  ["/where query", "Where something happened."],
  ["/when query", "When something happened, with relative dates resolved."],
  ["/quote query", "What someone said, with the speaker."],
  ["/ask query", "Any other question: the best matching sentence."],
  [
    "/more, /previous",
    "The next or previous answer to the last question (the buttons in Discord).",
  ],
  [
    "/summary [topic] [article:<id>]",
    "A cited summary of a topic or one article, as moderators preview it (publishing and pinning happen in Discord).",
  ],
  ["/sources", "The articles, with dates, paragraph counts and ids."],
  [
    "/source article paragraph",
    "One paragraph, verbatim; the article by id, the start of its id, or its label.",
  ],
  ["/findsource text", "The passages closest to a text (Find source in Discord's message menu)."],
  ["/reload", "Re-read SEEDS_DIR and report what changed."],
  ["/help", "This list. Ctrl+D quits."],
] as const;

const CONSOLE_HELP: HelpSurface = {
  title: "Verbatim console — help",
  lines: CONSOLE_HELP_LINES,
  notes: [
    "Add `private: True` to a question to see it as a private answer would read in Discord.",
    "When the sources don't say, the answer says so instead of guessing.",
  ],
  ephemeral: false,
};

/** The console's /help: what works here, each answer quoted from the sources. */
export function renderConsoleHelp(articleCount: number): Reply {
  return renderHelpCard(CONSOLE_HELP, articleCount);
}
