/**
 * The question commands, in the order they are listed to users: the one list
 * every other list of them (types, schemas, usage texts, Discord commands) is
 * derived from.
 */
export const QUESTION_COMMANDS = ["who", "where", "when", "quote", "ask"] as const;

/** A question command: one of {@link QUESTION_COMMANDS}. */
export type QuestionCommand = (typeof QUESTION_COMMANDS)[number];

const NAMES: ReadonlySet<string> = new Set(QUESTION_COMMANDS);

/** True when `name` (already lower-cased) is a question command. */
export function isQuestionCommand(name: string): name is QuestionCommand {
  return NAMES.has(name);
}
