import type { SlashCommand } from "../src/discord/command.js";
import { answerQuestion, autocompleteQuestion } from "../src/discord/answerQuestion.js";
import { questionData } from "../src/discord/questionData.js";

/** /who: Who is or did something? Answered with a quote from the sources. */
export const who = {
  data: questionData(
    "who",
    "Who is or did something? Answered with a quote from the sources.",
    "A person, role or deed, e.g. Russian foreign minister",
  ),
  execute: (interaction, context) => answerQuestion("who", interaction, context),
  autocomplete: (interaction, context) => autocompleteQuestion("who", interaction, context),
} satisfies SlashCommand;
