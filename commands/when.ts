import type { SlashCommand } from "../src/discord/command.js";
import { answerQuestion, autocompleteQuestion } from "../src/discord/answerQuestion.js";
import { questionData } from "../src/discord/questionData.js";

/** /when: When did something happen? Answered with a quote from the sources. */
export const when = {
  data: questionData(
    "when",
    "When did something happen? Answered with a quote from the sources.",
    "An event, e.g. Jeddah talks",
  ),
  execute: (interaction, context) => answerQuestion("when", interaction, context),
  autocomplete: (interaction, context) => autocompleteQuestion("when", interaction, context),
} satisfies SlashCommand;
