import type { Engine, QuestionCommand, Suggestion } from "../engine/types.js";
import type { BotContext } from "./command.js";
import type { AutocompleteInteraction, ChatInteraction } from "./interaction.js";
import { buildAnswerReply } from "./buildAnswerReply.js";
import { stripDiscordMarkup } from "./stripDiscordMarkup.js";
import { LIMITS } from "./render/limits.js";
import { toReplyOptions } from "./toMessageOptions.js";
import { truncateText } from "./render/truncateText.js";

/** Handle /who, /where, /when, /quote and /ask. */
export async function answerQuestion(
  command: QuestionCommand,
  interaction: ChatInteraction,
  context: BotContext,
): Promise<void> {
  const query = stripDiscordMarkup(interaction.options.getString("query", true));
  const ephemeral = interaction.options.getBoolean("private") ?? false;
  const reply = buildAnswerReply(context.engine, context.labels, {
    command,
    query,
    page: 0,
    userId: interaction.user.id,
    ephemeral,
  });
  if (reply.outcome) context.noteOutcome?.(reply.outcome);
  await interaction.reply(toReplyOptions(reply));
}

const KINDS: Record<QuestionCommand, Suggestion["kind"][] | undefined> = {
  who: ["person"],
  where: ["place"],
  when: undefined,
  quote: ["speaker"],
  ask: undefined,
};

/** Autocomplete choices within Discord's limits: at most 25, name and value 1..100 characters. Pure. */
export function toChoices(suggestions: readonly Suggestion[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const s of suggestions) {
    // A cut value would be a different query: skip it rather than shorten it. Names may be cut.
    const value = s.value.trim();
    const name = truncateText(s.name.trim() || value, LIMITS.choiceName);
    if (!value || value.length > LIMITS.choiceValue || !name || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name, value });
    if (choices.length >= LIMITS.choices) break;
  }
  return choices;
}

/** Suggestions for the query being typed; a failure just means no suggestions. */
export function suggestFor(
  engine: Engine,
  typed: string,
  kinds: Suggestion["kind"][] | undefined,
): { name: string; value: string }[] {
  try {
    return toChoices(engine.suggest(typed, { limit: LIMITS.choices, ...(kinds ? { kinds } : {}) }));
  } catch {
    return [];
  }
}

/** Autocomplete for the `query` option of a question command. */
export async function autocompleteQuestion(
  command: QuestionCommand,
  interaction: AutocompleteInteraction,
  context: BotContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices = suggestFor(context.engine, focused.value, KINDS[command]);
  if (choices.length === 0 && KINDS[command])
    choices = suggestFor(context.engine, focused.value, undefined);
  await interaction.respond(choices);
}
