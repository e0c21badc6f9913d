import type { AnswerResult } from "../../engine/types.js";
import { escapeText } from "./escapeText.js";
import { fitEmbed } from "./fitEmbed.js";
import { COMMAND_TITLES } from "./renderAnswer.js";
import { EMBED_COLOR, LIMITS } from "./limits.js";
import { fitFormatted } from "./truncateText.js";
import type { Reply } from "./types.js";

const MAX_SUGGESTIONS = 5;

/** "The sources don't say", privately, with the engine's suggestions to try instead. Never an invented answer. */
export function renderNoAnswer(result: AnswerResult): Reply {
  const suggestions = (result.suggestions ?? []).slice(0, MAX_SUGGESTIONS);
  const lines = [
    result.query
      ? "The sources don't say. Nothing in the articles answers this, so there is no answer rather than a guess."
      : "Please type a question: the query was empty.",
  ];
  if (suggestions.length > 0) {
    lines.push(
      "",
      "You could try:",
      ...suggestions.map((s) => `• ${fitFormatted(s, 200, escapeText)}`),
    );
  }
  return {
    embeds: [
      fitEmbed({
        title: fitFormatted(
          `${COMMAND_TITLES[result.command]}: ${result.query || "(empty)"}`,
          LIMITS.embedTitle,
          escapeText,
        ),
        description: lines.join("\n"),
        color: EMBED_COLOR,
      }),
    ],
    ephemeral: true,
    outcome: "no_answer",
  };
}
