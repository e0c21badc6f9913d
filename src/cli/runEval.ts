import type { Article, Engine } from "../engine/types.js";
import { isCitationValid } from "./checkCitation.js";
import {
  scoreQuestion,
  summarizeScores,
  type EvalQuestion,
  type EvalSummary,
  type QuestionScore,
} from "./scoreEval.js";

/** Every question's score and the totals. */
export interface EvalRun {
  summary: EvalSummary;
  questions: QuestionScore[];
}

/** The part of the engine an evaluation uses. */
export type EvalEngine = Pick<Engine, "answer" | "getParagraph"> & {
  readonly corpus: { readonly articles: readonly Pick<Article, "id" | "file">[] };
};

/**
 * Ask the engine every question and score the answers. `readArticleFile` returns
 * the raw text of an article's file (by its name in the corpus directory), for
 * checking that cited paragraphs are verbatim in the sources.
 */
export function runEval(
  engine: EvalEngine,
  questions: readonly EvalQuestion[],
  readArticleFile: (file: string) => string | undefined,
): EvalRun {
  const files = new Map(engine.corpus.articles.map((a) => [a.id, a.file]));
  const texts = new Map<string, string | undefined>();
  const sources = {
    paragraphText: (id: string, n: number) => engine.getParagraph(id, n)?.text,
    fileText: (id: string) => {
      const file = files.get(id);
      if (file === undefined) return undefined;
      if (!texts.has(file)) texts.set(file, readArticleFile(file));
      return texts.get(file);
    },
  };
  const scores = questions.map((q) =>
    scoreQuestion(q, engine.answer(q.command, q.query), (answer) =>
      isCitationValid(answer, sources),
    ),
  );
  return { summary: summarizeScores(scores), questions: scores };
}
