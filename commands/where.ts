import type { SlashCommand } from "../src/discord/command.js";
import { answerQuestion, autocompleteQuestion } from "../src/discord/answerQuestion.js";
import { questionData } from "../src/discord/questionData.js";

/** /where: Where did something happen? Answered with a quote from the sources. */
export const where = {
  data: questionData(
    "where",
    "Where did something happen? Answered with a quote from the sources.",
    "An event or person, e.g. talks between the US and Russia",
  ),
  execute: (interaction, context) => answerQuestion("where", interaction, context),
  autocomplete: (interaction, context) => autocompleteQuestion("where", interaction, context),
} satisfies SlashCommand;
