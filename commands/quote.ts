import type { SlashCommand } from "../src/discord/command.js";
import { answerQuestion, autocompleteQuestion } from "../src/discord/answerQuestion.js";
import { questionData } from "../src/discord/questionData.js";

/** /quote: What did someone say? Quotations from the sources, with the speaker. */
export const quote = {
  data: questionData(
    "quote",
    "What did someone say? Quotations from the sources, with the speaker.",
    "A speaker or subject, e.g. Witkoff",
  ),
  execute: (interaction, context) => answerQuestion("quote", interaction, context),
  autocomplete: (interaction, context) => autocompleteQuestion("quote", interaction, context),
} satisfies SlashCommand;
