import { createInterface } from "node:readline";
import { findStoryLabel } from "../engine/index.js";
import { findArticle } from "../discord/findArticle.js";
import { formatExplanationText } from "./formatExplanation.js";
import { formatAnswerText, formatSourcesText, formatSummaryText, labelsOf } from "./formatText.js";
import { formatValidation } from "./formatValidation.js";
import { CliError, loadEngine } from "./loadEngine.js";
import { CliUsageError, parseCliArgs, USAGE } from "./parseCliArgs.js";
import { runBatch } from "./runBatch.js";
import { writeOut } from "./writeOut.js";
import { toJsonAnswer, toJsonSummary } from "./toJson.js";

async function main(argv: string[]): Promise<void> {
  // Parse first: a usage mistake is reported without loading the corpus.
  const request = parseCliArgs(argv);
  if (request.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (request.kind === "validate") {
    const { loaded } = await loadEngine(() => {});
    process.stdout.write(`${formatValidation(loaded.corpus.articles, loaded.warnings)}\n`);
    return;
  }
  const { engine } = await loadEngine();
  if (request.kind === "batch") {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of runBatch(engine, lines)) await writeOut(`${line}\n`);
    return;
  }
  const labels = labelsOf(engine.listSources());
  const print = (value: unknown, text: string) =>
    process.stdout.write(`${request.json ? JSON.stringify(value) : text}\n`);
  switch (request.kind) {
    case "question": {
      if (request.explain) {
        const explanation = engine.explain(request.command, request.query);
        print(explanation, formatExplanationText(explanation, labels));
        return;
      }
      const result = engine.answer(request.command, request.query);
      print(toJsonAnswer(result), formatAnswerText(result, labels));
      return;
    }
    case "summary": {
      const article =
        request.article === undefined
          ? undefined
          : findArticle(engine.listSources(), request.article);
      if (request.article !== undefined && !article)
        throw new CliError(`no article ${request.article}; see npm run cli -- sources`);
      const summary = engine.summarize(request.query, article ? { article: article.id } : {});
      print(toJsonSummary(summary), formatSummaryText(summary, labels));
      return;
    }
    case "article": {
      // As in the console: the full id, or a label or id prefix that names one article.
      const id = findArticle(engine.listSources(), request.article)?.id;
      if (!id)
        throw new CliError(
          `no article matches "${request.article}" (an id, its start or a label); see npm run cli -- sources`,
        );
      const paragraph = engine.getParagraph(id, request.paragraph);
      if (!paragraph)
        throw new CliError(
          `no paragraph ${request.paragraph} in article ${id}; see npm run cli -- sources`,
        );
      print(
        { article: id, paragraph: request.paragraph, text: paragraph.text },
        `${findStoryLabel(labels.stories?.get(id), request.paragraph) ?? labels.get(id) ?? id} ¶${request.paragraph}\n${paragraph.text}`,
      );
      return;
    }
    case "sources":
      print(engine.listSources(), formatSourcesText(engine.listSources()));
      return;
  }
}

// A reader that stops early (`| head`) closes the pipe: that ends the run quietly and successfully.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  const plain = error instanceof CliError || error instanceof CliUsageError;
  process.stderr.write(
    `${plain ? error.message : `verbatim: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`,
  );
  process.exit(1);
});
