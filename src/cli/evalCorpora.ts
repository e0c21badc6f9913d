/** What one corpus must reach: the figures an evaluation run is checked against. */
export interface EvalTargets {
  /** Least pass@1 over the answerable questions, as a fraction (0.95 = 95%). */
  readonly pass1: number;
  /** Least share of questions with accepted speakers whose first answer names one, as a fraction. */
  readonly speakers: number;
  /** Most no-answer questions that may get an answer anyway. */
  readonly wrongNoAnswers: number;
  /** Least share of the answers' citations that are verbatim in their files, as a fraction (1 = every one). */
  readonly citations: number;
}

/** One evaluation corpus: its questions, the directory of articles they are asked over, and its targets. */
export interface EvalCorpus {
  /** Short name, printed at the start of the corpus's line. */
  readonly id: string;
  /** The questions file, relative to the project root. */
  readonly questions: string;
  /** The article directory the engine is built from, relative to the project root. */
  readonly articles: string;
  /** The figures ("Engine on real news", done-when), printed beside the measured ones. */
  readonly goal: EvalTargets;
  /**
   * What CI enforces (test/eval/evalTargets.test.ts, `npm run eval -- --check`): the figures measured when this
   * row was last set, rounded down, so that a regression fails. Raise it when the engine improves; never lower it
   * to make a change pass.
   */
  readonly floor: EvalTargets;
}

/** The figures for a real-news corpus: speakers ≥ 90%, at most one wrong no-answer, every citation valid. */
const realNewsGoal = (pass1: number): EvalTargets => ({
  pass1,
  speakers: 0.9,
  wrongNoAnswers: 1,
  citations: 1,
});

/**
 * Every corpus `npm run eval` runs, in the order it prints them. The `../shared` corpora are the team's real-news
 * development set (never copied into the repository); a run skips a corpus whose files are absent.
 */
export const EVAL_CORPORA: readonly EvalCorpus[] = [
  {
    id: "seeds",
    questions: "test/eval/questions.json",
    articles: "seeds",
    goal: realNewsGoal(0.95),
    floor: { pass1: 0.98, speakers: 1, wrongNoAnswers: 0, citations: 1 },
  },
  {
    id: "bbc",
    questions: "../shared/eval/real/bbc.json",
    articles: "../shared/eval/real/bbc",
    goal: realNewsGoal(0.85),
    floor: { pass1: 0.92, speakers: 1, wrongNoAnswers: 0, citations: 1 },
  },
  {
    id: "brown",
    questions: "../shared/eval/real/brown.json",
    articles: "../shared/eval/real/brown",
    goal: realNewsGoal(0.8),
    floor: { pass1: 0.83, speakers: 1, wrongNoAnswers: 0, citations: 1 },
  },
  {
    // the project's own questions on nine further Brown texts (test/eval/real/brown-extra/README.md)
    id: "brown-extra",
    questions: "test/eval/brown-extra.json",
    articles: "test/eval/real/brown-extra",
    goal: realNewsGoal(0.8),
    floor: { pass1: 0.74, speakers: 0.93, wrongNoAnswers: 1, citations: 1 },
  },
];
