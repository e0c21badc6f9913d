import { CliError } from "./loadEngine.js";

/** What `npm run eval` was asked to do. */
export interface EvalArgs {
  /** A questions file to run alone over SEEDS_DIR; absent: every corpus of the table. */
  file?: string;
  /** Print the runs as JSON instead of tables. */
  json: boolean;
  /** Exit 1 when a corpus is below its floor (what CI enforces). */
  check: boolean;
  /** Exit 1 when a corpus is below the goal. */
  goal: boolean;
  /** Print every question's row too, not only the corpus lines (always on with a single file). */
  questions: boolean;
  /** Print every summary the summary score reads, with the facts it missed. */
  summaries: boolean;
}

export const EVAL_USAGE =
  "Usage: npm run eval [-- [questions.json] [--json] [--check] [--goal] [--questions] [--summaries]]";

const FLAGS = {
  "--json": "json",
  "--check": "check",
  "--goal": "goal",
  "--questions": "questions",
  "--summaries": "summaries",
} as const;

/** Read the arguments of `npm run eval`; an unknown option or a second file is an error with the usage. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = {
    json: false,
    check: false,
    goal: false,
    questions: false,
    summaries: false,
  };
  for (const arg of argv) {
    if (arg in FLAGS) args[FLAGS[arg as keyof typeof FLAGS]] = true;
    else if (arg.startsWith("-")) throw new CliError(`unknown option ${arg}\n${EVAL_USAGE}`);
    else if (args.file !== undefined)
      throw new CliError(`one questions file at most, got ${args.file} and ${arg}\n${EVAL_USAGE}`);
    else args.file = arg;
  }
  return args;
}
