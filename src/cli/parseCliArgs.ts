import { parseArgs } from "node:util";
import { closestName } from "./closestName.js";
import { isQuestionCommand, QUESTION_COMMANDS } from "../engine/questionCommands.js";
import type { QuestionCommand } from "../engine/types.js";

/** How to call the command line, shown on `help` and after an unknown command. */
export const USAGE = `Usage:
  npm run cli -- <${QUESTION_COMMANDS.join("|")}> "<query>" [--json] [--explain]
  npm run cli -- summary "<topic>" [--article <id>] [--json]
  npm run cli -- article <id or its start> <n> [--json]
  npm run cli -- sources [--json]
  npm run cli -- validate
  npm run --silent cli -- batch < requests.jsonl`;

/** One parsed command-line request. `json` asks for the machine form. */
export type CliRequest =
  | { kind: "help" }
  | { kind: "validate" }
  | { kind: "batch" }
  | { kind: "sources"; json: boolean }
  | {
      kind: "question";
      command: QuestionCommand;
      query: string;
      json: boolean;
      /** Print how the answer was found. */ explain: boolean;
    }
  | {
      kind: "summary";
      query: string;
      /** Summarise this article only (id or label). */ article?: string;
      json: boolean;
    }
  | { kind: "article"; article: string; paragraph: number; json: boolean };

/** A request the command line cannot run; the message says what to type instead. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

const OTHER_COMMANDS = ["summary", "article", "sources", "validate", "batch", "help"] as const;

const OPTIONS = {
  json: { type: "boolean" },
  explain: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  article: { type: "string" },
} as const;

/** Read flags and words with node:util's strict parser: an unknown or misspelt flag is a usage error, never part of a query. */
function readArgs(argv: readonly string[]): {
  values: { json?: boolean; explain?: boolean; help?: boolean; article?: string };
  positionals: string[];
} {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const meant = flag?.startsWith("--")
        ? closestName(flag.slice(2), Object.keys(OPTIONS))
        : undefined;
      const hint = meant
        ? `did you mean --${meant}?`
        : `put -- before a query that starts with "-"`;
      throw new CliUsageError(`unknown option "${flag ?? "?"}": ${hint}\n${USAGE}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag?.startsWith("--article")) {
      throw new CliUsageError(
        '--article needs an article id, e.g. npm run cli -- summary "" --article 002_3005a28be2e22e32',
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new CliUsageError(`option "${flag ?? "?"}" takes no value\n${USAGE}`);
    throw error;
  }
}

/** Turn `process.argv.slice(2)` into a request, or throw CliUsageError with a clear message. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const { values, positionals } = readArgs(argv);
  const json = values.json ?? false;
  const explain = values.explain ?? false;
  const [command, ...rest] = positionals;
  if (!command || values.help || command === "help") return { kind: "help" };
  if (isQuestionCommand(command)) {
    const query = rest.join(" ").trim();
    if (!query)
      throw new CliUsageError(`${command} needs a query, e.g. npm run cli -- ${command} "Lavrov"`);
    return { kind: "question", command, query, json, explain };
  }
  if (explain)
    throw new CliUsageError(
      `--explain works with questions only (${QUESTION_COMMANDS.join(", ")})\n${USAGE}`,
    );
  if (json && (command === "validate" || command === "batch")) {
    const why = command === "batch" ? "its output is JSON already" : "it prints a report";
    throw new CliUsageError(`${command} takes no --json: ${why}\n${USAGE}`);
  }
  if (values.article !== undefined && command !== "summary")
    throw new CliUsageError(`--article works with summary only\n${USAGE}`);
  switch (command) {
    case "summary": {
      // A blank topic is allowed: it summarises the whole corpus (or the whole article).
      const article = values.article?.trim();
      if (values.article === undefined)
        return { kind: "summary", query: rest.join(" ").trim(), json };
      if (!article)
        throw new CliUsageError(
          '--article needs an article id, e.g. npm run cli -- summary "" --article 002_3005a28be2e22e32',
        );
      return { kind: "summary", query: rest.join(" ").trim(), article, json };
    }
    case "article": {
      const [article, n, ...extra] = rest;
      const paragraph = Number(n);
      if (!article || !n || !Number.isInteger(paragraph) || paragraph < 1 || extra.length > 0) {
        throw new CliUsageError(
          "article needs an article id (or the start of one) and a paragraph number from 1, e.g. npm run cli -- article 002 3",
        );
      }
      return { kind: "article", article, paragraph, json };
    }
    case "sources":
      if (rest.length > 0)
        throw new CliUsageError(`sources takes no words, got "${rest.join(" ")}"\n${USAGE}`);
      return { kind: "sources", json };
    case "validate":
      return { kind: "validate" };
    case "batch":
      return { kind: "batch" };
    default: {
      const meant = closestName(command, [...QUESTION_COMMANDS, ...OTHER_COMMANDS]);
      throw new CliUsageError(
        `unknown command "${command}"${meant ? `: did you mean ${meant}?` : ""}\n${USAGE}`,
      );
    }
  }
}
