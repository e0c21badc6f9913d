import { z } from "zod";
import { QUESTION_COMMANDS } from "../engine/questionCommands.js";
import type { Engine } from "../engine/types.js";
import { findArticle } from "../discord/findArticle.js";
import { toJsonAnswer, toJsonSummary } from "./toJson.js";

const question = z.object({
  command: z.enum(QUESTION_COMMANDS),
  query: z.string(),
  /** Reply with the explanation (plan, retrieval, scored candidates, names, quotations) as well as the answers. */
  explain: z.boolean().optional(),
});
const summary = z.object({
  command: z.literal("summary"),
  query: z.string().optional(),
  /** Summarise this article only: its id or label, as /source takes it. */
  article: z.string().min(1).optional(),
});
const article = z.object({
  command: z.literal("article"),
  article: z.string().min(1),
  paragraph: z.number().int().positive(),
});
const sources = z.object({ command: z.literal("sources") });
const line = z.discriminatedUnion("command", [question, summary, article, sources]);

/**
 * Answer one JSON Lines request. Never throws: a bad line gets `{"error": "…", "line": N}`, `line` being its
 * 1-based number in the input (when given), so an error can be matched to its request.
 */
export function answerBatchLine(engine: Engine, text: string, lineNumber?: number): string {
  const failed = (error: string) =>
    JSON.stringify(lineNumber === undefined ? { error } : { error, line: lineNumber });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return failed("not valid JSON");
  }
  const parsed = line.safeParse(input);
  if (!parsed.success) {
    const command = (input as { command?: unknown } | null)?.command;
    const known: readonly string[] = [...QUESTION_COMMANDS, "summary", "article", "sources"];
    if (typeof command !== "string" || !known.includes(command)) {
      return failed(
        `unknown command ${JSON.stringify(command ?? null)}; expected one of ${known.join(", ")}`,
      );
    }
    return failed(
      parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; "),
    );
  }
  const request = parsed.data;
  switch (request.command) {
    case "summary": {
      const article =
        request.article === undefined
          ? undefined
          : findArticle(engine.listSources(), request.article);
      if (request.article !== undefined && !article)
        return JSON.stringify({ error: `no article ${JSON.stringify(request.article)}` });
      return JSON.stringify(
        toJsonSummary(
          engine.summarize(request.query ?? "", article ? { article: article.id } : {}),
        ),
      );
    }
    case "article": {
      // As in the console: the full id, or a label or id prefix that names one article.
      const id = findArticle(engine.listSources(), request.article)?.id;
      const paragraph = id ? engine.getParagraph(id, request.paragraph) : undefined;
      if (!id || !paragraph)
        return failed(
          `no paragraph ${request.paragraph} in article ${JSON.stringify(request.article)}`,
        );
      return JSON.stringify({ article: id, paragraph: request.paragraph, text: paragraph.text });
    }
    case "sources":
      return JSON.stringify({ command: "sources", sources: engine.listSources() });
    default:
      if (request.explain)
        return JSON.stringify({
          ...toJsonAnswer(engine.answer(request.command, request.query)),
          explanation: engine.explain(request.command, request.query),
        });
      return JSON.stringify(toJsonAnswer(engine.answer(request.command, request.query)));
  }
}

/** Answer JSON Lines in order, one output line per input line; blank lines are skipped but counted in line numbers. */
export async function* runBatch(
  engine: Engine,
  lines: AsyncIterable<string>,
): AsyncGenerator<string> {
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber++;
    if (!text.trim()) continue;
    yield answerBatchLine(engine, text, lineNumber);
  }
}
