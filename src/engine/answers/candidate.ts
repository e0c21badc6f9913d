import type { QueryPlan } from "../search/planQuery.js";
import type { ScoredSentence } from "../search/rankSentences.js";
import type { Citation } from "../types.js";
import type { AnswerContext } from "./context.js";
import type { Features, RowEffect } from "./scoreCandidate.js";

/** The kinds of answer the pipeline extracts; `ask` routes to one of them. */
export type AnswerKind = "who" | "where" | "when" | "amount" | "sentence";

/** A question planned and retrieved once, as every extractor reads it. */
export interface PlannedQuestion {
  /** The cleaned query text. */
  query: string;
  plan: QueryPlan;
  /** The best-matching sentences, best first. */
  ranked: ScoredSentence[];
  context: AnswerContext;
}

/** One candidate answer as an extractor finds it: where it is, and its named features. */
export interface FeatureCandidate {
  /** Groups candidates that are the same answer (an entity id or folded text). */
  key: string;
  answer: string;
  evidence: string;
  citation: Citation;
  /** How well the sentence the candidate comes from matches the question. */
  relevance: number;
  /** What the scoring table of the candidate's kind reads. */
  features: Features;
  role?: string;
  speaker?: string;
  resolved?: string;
  variants?: string[];
}

/** A candidate as scored, for `--explain`. */
export interface TracedCandidate {
  kind: AnswerKind | "quote";
  answer: string;
  evidence: string;
  citation: { article: string; paragraph: number };
  relevance: number;
  features: FeatureCandidate["features"];
  effects: RowEffect[];
  /** Undefined when a row dropped it. */
  score?: number;
  /** Why it was not offered: the row that dropped it, or "below-min-score". */
  dropped?: string;
}

/** What the pipeline did for one question, filled in when a trace is passed. */
export interface AnswerTrace {
  /** The answer kind the question went to, and for `ask` the route row that sent it there. */
  kind?: AnswerKind | "quote" | "profile";
  route?: string;
  plan?: QueryPlan;
  ranked?: ScoredSentence[];
  candidates: TracedCandidate[];
}
