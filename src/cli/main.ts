import { createInterface } from "node:readline";
import type { QuestionCommand } from "../engine/types.js";
import { formatAnswerText, formatSourcesText, formatSummaryText, labelsOf } from "./formatText.js";
import { formatValidation } from "./formatValidation.js";
import { CliError, loadEngine } from "./loadEngine.js";
import { runBatch } from "./runBatch.js";
import { toJsonAnswer, toJsonSummary } from "./toJson.js";

const USAGE = `Usage:
  npm run cli -- <who|where|when|quote|ask|summary> "<query>" [--json]
  npm run cli -- article <id> <n> [--json]
  npm run cli -- sources [--json]
  npm run cli -- validate
  npm run --silent cli -- batch < requests.jsonl`;

const QUESTIONS = new Set(["who", "where", "when", "quote", "ask"]);

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const [command, ...rest] = argv.filter((a) => a !== "--json");
  if (!command || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === "validate") {
    const { loaded } = await loadEngine(() => {});
    process.stdout.write(`${formatValidation(loaded.corpus.articles, loaded.warnings)}\n`);
    return;
  }
  const { engine } = await loadEngine();
  const labels = labelsOf(engine.listSources());
  const print = (value: unknown, text: string) => process.stdout.write(`${json ? JSON.stringify(value) : text}\n`);
  if (QUESTIONS.has(command)) {
    const query = rest.join(" ");
    if (!query.trim()) throw new CliError(`${command} needs a query, e.g. npm run cli -- ${command} "Lavrov"`);
    const result = engine.answer(command as QuestionCommand, query);
    print(toJsonAnswer(result), formatAnswerText(result, labels));
    return;
  }
  switch (command) {
    case "summary": {
      const summary = engine.summarize(rest.join(" "));
      print(toJsonSummary(summary), formatSummaryText(summary, labels));
      return;
    }
    case "article": {
      const [id, n] = rest;
      const number = Number(n);
      if (!id || !Number.isInteger(number)) throw new CliError("article needs an article id and a paragraph number, e.g. npm run cli -- article 002_3005a28be2e22e32 3");
      const paragraph = engine.getParagraph(id, number);
      if (!paragraph) throw new CliError(`no paragraph ${n} in article ${id}; see npm run cli -- sources`);
      print({ article: id, paragraph: number, text: paragraph.text }, `${labels.get(id) ?? id} ¶${number}\n${paragraph.text}`);
      return;
    }
    case "sources":
      print(engine.listSources(), formatSourcesText(engine.listSources()));
      return;
    case "batch": {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of runBatch(engine, lines)) process.stdout.write(`${line}\n`);
      return;
    }
    default:
      throw new CliError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof CliError ? error.message : `verbatim: ${error instanceof Error ? error.stack ?? error.message : String(error)}`}\n`);
  process.exit(1);
});
