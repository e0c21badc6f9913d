import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildEngine, loadCorpus } from "../engine/index.js";
import type { EvalCorpus } from "./evalCorpora.js";
import { judgeCorpusRun, type CorpusOutcome } from "./judgeCorpusRun.js";
import { CliError } from "./loadEngine.js";
import { runEval } from "./runEval.js";
import { evalFileSchema, type EvalQuestion } from "./scoreEval.js";

/** Read and check a questions file; a missing or malformed file is a CliError naming it. */
export function readEvalFile(file: string): EvalQuestion[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(
      `cannot read the evaluation file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = evalFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(
      `${file} is not a valid evaluation file: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data.questions;
}

/** A reader of the article files in `dir`, by name; an unreadable file is undefined, which makes its citations invalid. */
export function articleFileReader(dir: string): (name: string) => string | undefined {
  return (name) => {
    try {
      return readFileSync(join(dir, name), "utf8");
    } catch {
      return undefined;
    }
  };
}

/**
 * Build an engine from the corpus's own article directory (never from the snapshot cache, which could hold a
 * stale entity table), ask it every question and judge the run. Paths are taken relative to `root`. A corpus
 * whose questions file or article directory is absent is skipped, with the reason.
 */
export async function evaluateCorpus(corpus: EvalCorpus, root: string): Promise<CorpusOutcome> {
  const questionsFile = resolve(root, corpus.questions);
  const articlesDir = resolve(root, corpus.articles);
  const paths = [
    { name: corpus.questions, path: questionsFile },
    { name: corpus.articles, path: articlesDir },
  ];
  const missing = paths.filter((p) => !existsSync(p.path)).map((p) => p.name);
  if (missing.length > 0)
    return { id: corpus.id, state: "skipped", reason: `${missing.join(" and ")} not found` };
  const questions = readEvalFile(questionsFile);
  const { corpus: articles } = await loadCorpus(articlesDir);
  const run = runEval(buildEngine(articles), questions, articleFileReader(articlesDir));
  return judgeCorpusRun(corpus, run);
}
