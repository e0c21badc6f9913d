import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { QuestionCommand } from "../engine/types.js";
import type { SlashCommand } from "./command.js";
import { guildOnly } from "./guildOnly.js";

/** Longest query Discord will accept from the command form; the engine reads at most 1000 characters anyway. */
export const QUERY_MAX_LENGTH = 300;

/** Registration JSON shared by the question commands: `query` (required, autocomplete) and `private`. */
export function questionData(
  name: QuestionCommand,
  description: string,
  queryDescription: string,
): SlashCommand["data"] {
  return {
    name,
    ...guildOnly(),
    description,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "query",
        description: queryDescription,
        required: true,
        autocomplete: true,
        min_length: 1,
        max_length: QUERY_MAX_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "private",
        description: "Show the answer only to me",
        required: false,
      },
    ],
  };
}
