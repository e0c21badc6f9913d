/** What the summaries of one key-facts file must reach. */
export interface SummaryTargets {
  /** Least share of the listed key facts the summaries state, as a fraction. */
  readonly coverage: number;
  /** Most pairs of bullets, over all the file's summaries, that state one fact twice. */
  readonly repeats: number;
  /** Most bullets that cannot be pinned (uncited, not verbatim, opening on an unresolved reference) or summaries of the wrong size. */
  readonly invalid: number;
}

/** One key-facts file: its topics, the article directory of each corpus it names, and its targets. */
export interface SummarySet {
  /** Short name, printed at the start of the set's line. */
  readonly id: string;
  /** The key-facts file, relative to the project root. */
  readonly topics: string;
  /** The article directory of each corpus named in the file, relative to the project root. */
  readonly articles: Readonly<Record<string, string>>;
  /** The figures ("Summaries moderators would pin", done-when). */
  readonly goal: SummaryTargets;
  /** What CI enforces (test/eval/summaryTargets.test.ts): the figures last measured, so that a regression fails. */
  readonly floor: SummaryTargets;
}

/**
 * Every key-facts file `npm run eval` scores summaries against. The `../shared` file is the team's real-news
 * development set; a run skips a set whose files are absent.
 */
export const SUMMARY_SETS: readonly SummarySet[] = [
  {
    id: "seeds",
    topics: "test/eval/summaries.json",
    articles: { seeds: "seeds" },
    goal: { coverage: 0.85, repeats: 0, invalid: 0 },
    floor: { coverage: 0.85, repeats: 0, invalid: 0 },
  },
  {
    // one-article summaries (`/summary article:`), on the project's own key facts of two seed articles
    id: "seeds-articles",
    topics: "test/eval/summaries-articles.json",
    articles: { seeds: "seeds" },
    goal: { coverage: 0.85, repeats: 0, invalid: 0 },
    floor: { coverage: 0.81, repeats: 0, invalid: 0 },
  },
  {
    id: "dev",
    topics: "../shared/eval/real/summaries.json",
    articles: { bbc: "../shared/eval/real/bbc", brown: "../shared/eval/real/brown" },
    goal: { coverage: 0.8, repeats: 0, invalid: 0 },
    floor: { coverage: 0.81, repeats: 0, invalid: 0 },
  },
];

/**
 * Fewest articles the whole-corpus summary (no topic) of each evaluation corpus (EVAL_CORPORA) must cite, as last
 * measured: a summary that leaves stories out fails. Its repeated-fact pairs and invalid bullets must be none.
 */
export const WHOLE_CORPUS_ARTICLES: Readonly<Record<string, number>> = {
  seeds: 5,
  bbc: 13,
  brown: 8,
  "brown-extra": 9,
};
