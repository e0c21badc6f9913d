import type { SlashCommand } from "../src/discord/command.js";
import { answerQuestion, autocompleteQuestion } from "../src/discord/answerQuestion.js";
import { questionData } from "../src/discord/questionData.js";

/** /ask: Ask anything: the sentence from the sources that answers it best. */
export const ask = {
  data: questionData(
    "ask",
    "Ask anything: the sentence from the sources that answers it best.",
    "Your question",
  ),
  execute: (interaction, context) => answerQuestion("ask", interaction, context),
  autocomplete: (interaction, context) => autocompleteQuestion("ask", interaction, context),
} satisfies SlashCommand;
