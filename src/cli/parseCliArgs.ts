import { isQuestionCommand, QUESTION_COMMANDS } from "../engine/questionCommands.js";
import type { QuestionCommand } from "../engine/types.js";

/** How to call the command line, shown on `help` and after an unknown command. */
export const USAGE = `Usage:
  npm run cli -- <${QUESTION_COMMANDS.join("|")}> "<query>" [--json] [--explain]
  npm run cli -- summary "<topic>" [--article <id>] [--json]
  npm run cli -- article <id> <n> [--json]
  npm run cli -- sources [--json]
  npm run cli -- validate
  npm run --silent cli -- batch < requests.jsonl`;

/** One parsed command-line request. `json` asks for the machine form. */
export type CliRequest =
  | { kind: "help" }
  | { kind: "validate" }
  | { kind: "batch" }
  | { kind: "sources"; json: boolean }
  | { kind: "question"; command: QuestionCommand; query: string; json: boolean; /** Print how the answer was found. */ explain: boolean }
  | { kind: "summary"; query: string; /** Summarise this article only (id or label). */ article?: string; json: boolean }
  | { kind: "article"; article: string; paragraph: number; json: boolean };

/** A request the command line cannot run; the message says what to type instead. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

/** Turn `process.argv.slice(2)` into a request, or throw CliUsageError with a clear message. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const json = argv.includes("--json");
  const explain = argv.includes("--explain");
  const [command, ...rest] = argv.filter((a) => a !== "--json" && a !== "--explain");
  if (!command || command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (isQuestionCommand(command)) {
    const query = rest.join(" ").trim();
    if (!query) throw new CliUsageError(`${command} needs a query, e.g. npm run cli -- ${command} "Lavrov"`);
    return { kind: "question", command, query, json, explain };
  }
  switch (command) {
    case "summary": {
      // A blank topic is allowed: it summarises the whole corpus (or the whole article).
      const at = rest.indexOf("--article");
      if (at < 0) return { kind: "summary", query: rest.join(" ").trim(), json };
      const article = rest[at + 1];
      if (!article) throw new CliUsageError('--article needs an article id, e.g. npm run cli -- summary "" --article 002_3005a28be2e22e32');
      return { kind: "summary", query: [...rest.slice(0, at), ...rest.slice(at + 2)].join(" ").trim(), article, json };
    }
    case "article": {
      const [article, n, ...extra] = rest;
      const paragraph = Number(n);
      if (!article || !n || !Number.isInteger(paragraph) || paragraph < 1 || extra.length > 0) {
        throw new CliUsageError("article needs an article id and a paragraph number from 1, e.g. npm run cli -- article 002_3005a28be2e22e32 3");
      }
      return { kind: "article", article, paragraph, json };
    }
    case "sources":
      return { kind: "sources", json };
    case "validate":
      return { kind: "validate" };
    case "batch":
      return { kind: "batch" };
    default:
      throw new CliUsageError(`unknown command "${command}"\n${USAGE}`);
  }
}
