import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Answer, QuestionCommand } from "../types.js";
import { answerQuote } from "./answerQuote.js";
import type {
  AnswerKind,
  AnswerTrace,
  FeatureCandidate,
  PlannedQuestion,
  TracedCandidate,
} from "./candidate.js";
import type { AnswerContext } from "./context.js";
import { extractAmount } from "./extractAmount.js";
import { extractSentence } from "./extractSentence.js";
import { extractWhen } from "./extractWhen.js";
import { extractWhere } from "./extractWhere.js";
import { extractWho } from "./extractWho.js";
import { findProfileTarget, profileAnswers } from "./profileAnswers.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";
import { quoteTopic, routeQuestion } from "./routeQuestion.js";
import { NUMBER_WORDS } from "../text/numberWords.js";
import { splitWords } from "../text/splitWords.js";
import { scoreCandidate, type ScoringRow } from "./scoreCandidate.js";
import {
  AMOUNT_ROWS,
  MIN_ANSWER_SCORE,
  RETRIEVED_SENTENCES,
  SENTENCE_ROWS,
  WHEN_ROWS,
  WHERE_ROWS,
  WHO_ROWS,
} from "./weights.js";

/** One answer kind: the extractor that finds its candidates and the table that scores them. */
interface Stage {
  extract(question: PlannedQuestion): FeatureCandidate[];
  rows: readonly ScoringRow[];
  /** Candidates scoring below this are not offered. */
  minScore: number;
}

const STAGES: Record<AnswerKind, Stage> = {
  who: { extract: extractWho, rows: WHO_ROWS, minScore: MIN_ANSWER_SCORE.who },
  where: { extract: extractWhere, rows: WHERE_ROWS, minScore: MIN_ANSWER_SCORE.where },
  when: { extract: extractWhen, rows: WHEN_ROWS, minScore: MIN_ANSWER_SCORE.when },
  amount: { extract: extractAmount, rows: AMOUNT_ROWS, minScore: MIN_ANSWER_SCORE.amount },
  sentence: { extract: extractSentence, rows: SENTENCE_ROWS, minScore: MIN_ANSWER_SCORE.sentence },
};

function extractAndRank(
  kind: AnswerKind,
  question: PlannedQuestion,
  limit: number,
  trace: AnswerTrace | undefined,
): Answer[] {
  const stage = STAGES[kind];
  const kept: Candidate[] = [];
  for (const candidate of stage.extract(question)) {
    const { score, effects, droppedBy } = scoreCandidate(
      candidate.relevance,
      candidate.features,
      stage.rows,
    );
    const dropped =
      droppedBy ?? (score !== undefined && score < stage.minScore ? "below-min-score" : undefined);
    if (trace) {
      const traced: TracedCandidate = {
        kind,
        answer: candidate.answer,
        evidence: candidate.evidence,
        citation: candidate.citation,
        relevance: candidate.relevance,
        features: candidate.features,
        effects,
      };
      if (score !== undefined) traced.score = score;
      if (dropped) traced.dropped = dropped;
      trace.candidates.push(traced);
    }
    if (score === undefined || dropped) continue;
    const { relevance: _relevance, features: _features, ...rest } = candidate;
    kept.push({ ...rest, score });
  }
  return rankCandidates(kept, limit);
}

/**
 * The one answer pipeline. The question is planned and retrieved once; its kind's extractor
 * proposes candidates with named features; the kind's scoring table turns features into a
 * score; candidates naming the same thing merge. `ask` routes by its question word and falls
 * back to the best sentence. Quotations have their own search (`answerQuote`), and "Who is X?"
 * is a profile of X.
 */
export function answerQuestion(
  command: QuestionCommand,
  query: string,
  context: AnswerContext,
  limit: number,
  trace?: AnswerTrace,
): Answer[] {
  const route = command === "ask" ? routeQuestion(query) : command;
  if (trace && command === "ask") trace.route = route;
  if (route === "quote") {
    if (trace) trace.kind = "quote";
    const quotes = answerQuote(
      command === "ask" ? quoteTopic(query) : query,
      context,
      limit,
      trace,
    );
    if (quotes.length > 0 || command === "quote") return quotes;
  }
  const kind: AnswerKind = route === "quote" ? "sentence" : route;
  // The engine's callers check the command, but a bad one must still be "no answer", not a crash.
  if (!Object.hasOwn(STAGES, kind)) return [];
  if (kind === "who") {
    const target = findProfileTarget(query, context);
    if (target) {
      if (trace) trace.kind = "profile";
      return profileAnswers(target, context, limit);
    }
  }
  const plan = planQuery(query, context.analysis, context.index);
  const ranked = rankSentences(plan, context.analysis, context.index, RETRIEVED_SENTENCES);
  if (trace) Object.assign(trace, { kind, plan, ranked });
  const question: PlannedQuestion = { query, plan, ranked, context };
  const answers = extractAndRank(kind, question, limit, trace);
  if (answers.length > 0 || command !== "ask" || kind === "sentence") return answers;
  const sentences = extractAndRank("sentence", question, limit, trace);
  // "How much did the tickets cost?": a sentence that gives no figure at all does not answer it, however close its
  // words; one that does may hold an amount the extractor could not read ("a top strength of 19,000").
  return kind === "amount" ? sentences.filter((a) => statesFigure(a.answer)) : sentences;
}

/** Does a text give a number, in digits or in words ("19,000", "thirty cents")? */
function statesFigure(text: string): boolean {
  return /\d/.test(text) || splitWords(text).some((w) => NUMBER_WORDS.has(w.text.toLowerCase()));
}
