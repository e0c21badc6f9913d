import { z } from "zod";
import { QUESTION_COMMANDS } from "../engine/questionCommands.js";
import { foldText } from "../engine/text/foldText.js";
import type { Answer, AnswerResult } from "../engine/types.js";

/** One evaluation question, as in test/eval/questions.json. */
export const evalQuestionSchema = z.object({
  id: z.string(),
  command: z.enum(QUESTION_COMMANDS),
  query: z.string(),
  expect: z.array(z.string()).optional(),
  speaker: z.array(z.string()).optional(),
  none: z.boolean().optional(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export const evalFileSchema = z.object({
  about: z.string(),
  questions: z.array(evalQuestionSchema),
});

/** Longest short answer, in words, per command (the evaluation file's rule). */
const MAX_WORDS: Partial<Record<EvalQuestion["command"], number>> = { who: 6, where: 8, when: 8 };

/** The file's normalisation: lower case, accents and quote marks folded, whitespace collapsed. */
export function normalizeForEval(text: string): string {
  return foldText(text);
}

/** Does this answer pass the question, by the file's rules? */
export function answerPasses(question: EvalQuestion, answer: Answer | undefined): boolean {
  if (!answer || question.none) return false;
  const max = MAX_WORDS[question.command];
  if (max !== undefined && answer.answer.trim().split(/\s+/).length > max) return false;
  const expected = (question.expect ?? []).map(normalizeForEval);
  const haystacks = question.command === "ask" ? [answer.answer, answer.evidence] : [answer.answer];
  const found = haystacks.some((text) => expected.some((e) => normalizeForEval(text).includes(e)));
  return found && (question.command !== "quote" || speakerMatches(question, answer));
}

/** Does the answer name one of the accepted speakers? */
export function speakerMatches(question: EvalQuestion, answer: Answer | undefined): boolean {
  if (!question.speaker) return true;
  const speaker = normalizeForEval(answer?.speaker ?? "");
  return speaker.length > 0 && question.speaker.some((s) => speaker.includes(normalizeForEval(s)));
}

/** The outcome of one question. */
export interface QuestionScore {
  id: string;
  command: string;
  query: string;
  none: boolean;
  pass1: boolean;
  pass3: boolean;
  /** For questions with accepted speakers: the first answer names one. */
  speakerRight?: boolean;
  /** For no-answer questions: nothing was answered. */
  noAnswerRight?: boolean;
  citationsValid: number;
  citationsChecked: number;
  first?: string;
  firstSpeaker?: string;
}

/**
 * Score one question. `citationValid` checks one answer's first citation:
 * the evidence is verbatim in the cited paragraph and the paragraph is
 * verbatim in its article file.
 */
export function scoreQuestion(
  question: EvalQuestion,
  result: AnswerResult,
  citationValid: (answer: Answer) => boolean,
): QuestionScore {
  const answers = result.answers;
  const score: QuestionScore = {
    id: question.id,
    command: question.command,
    query: question.query,
    none: question.none === true,
    pass1: false,
    pass3: false,
    citationsValid: answers.filter(citationValid).length,
    citationsChecked: answers.length,
  };
  if (answers[0]) score.first = answers[0].answer;
  if (answers[0]?.speaker) score.firstSpeaker = answers[0].speaker;
  if (question.none) {
    score.noAnswerRight = answers.length === 0;
    score.pass1 = score.pass3 = score.noAnswerRight;
    return score;
  }
  score.pass1 = answerPasses(question, answers[0]);
  score.pass3 = answers.slice(0, 3).some((a) => answerPasses(question, a));
  if (question.speaker) score.speakerRight = speakerMatches(question, answers[0]);
  return score;
}

/** Totals over every question. pass@1 and pass@3 are over answerable questions; no-answers are counted apart. */
export interface EvalSummary {
  answerable: number;
  pass1: number;
  pass3: number;
  speakerQuestions: number;
  speakersRight: number;
  noAnswerQuestions: number;
  noAnswersRight: number;
  citationsChecked: number;
  citationsValid: number;
}

export function summarizeScores(scores: readonly QuestionScore[]): EvalSummary {
  const answerable = scores.filter((s) => !s.none);
  const none = scores.filter((s) => s.none);
  const speakers = scores.filter((s) => s.speakerRight !== undefined);
  return {
    answerable: answerable.length,
    pass1: answerable.filter((s) => s.pass1).length,
    pass3: answerable.filter((s) => s.pass3).length,
    speakerQuestions: speakers.length,
    speakersRight: speakers.filter((s) => s.speakerRight).length,
    noAnswerQuestions: none.length,
    noAnswersRight: none.filter((s) => s.noAnswerRight).length,
    citationsChecked: scores.reduce((sum, s) => sum + s.citationsChecked, 0),
    citationsValid: scores.reduce((sum, s) => sum + s.citationsValid, 0),
  };
}

const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
const mark = (ok: boolean) => (ok ? "yes" : "no");

/** Column titles of the per-question table. */
export const SCORE_TABLE_HEADER = `${"id".padEnd(10)} ${"@1".padEnd(3)} ${"@3".padEnd(3)} ${"first answer".padEnd(50)}  speaker`;

/** One row of the per-question table: id, pass@1, pass@3, the first answer (or that there was none) and its speaker. */
export function formatScoreRow(score: QuestionScore): string {
  const first =
    score.first === undefined
      ? "(no answer)"
      : score.none
        ? `answered: ${score.first}`
        : score.first;
  return `${score.id.padEnd(10)} ${mark(score.pass1).padEnd(3)} ${mark(score.pass3).padEnd(3)} ${cut(first, 50).padEnd(50)}  ${score.firstSpeaker ?? ""}`.trimEnd();
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;

/** The closing line of an evaluation run. */
export function formatSummaryLine(summary: EvalSummary): string {
  return [
    `pass@1 ${summary.pass1}/${summary.answerable} (${percent(summary.pass1, summary.answerable)})`,
    `pass@3 ${summary.pass3}/${summary.answerable} (${percent(summary.pass3, summary.answerable)})`,
    `speaker ${summary.speakersRight}/${summary.speakerQuestions} (${percent(summary.speakersRight, summary.speakerQuestions)})`,
    `no-answer ${summary.noAnswersRight}/${summary.noAnswerQuestions}`,
    `citations ${summary.citationsValid}/${summary.citationsChecked} valid (${percent(summary.citationsValid, summary.citationsChecked)})`,
  ].join(" · ");
}

/** The gates of the answer-engine issue: pass@1 ≥ 90%, speakers ≥ 90%, every no-answer right, every citation valid. */
export function meetsTargets(summary: EvalSummary): boolean {
  return (
    summary.pass1 >= 0.9 * summary.answerable &&
    summary.speakersRight >= 0.9 * summary.speakerQuestions &&
    summary.noAnswersRight === summary.noAnswerQuestions &&
    summary.citationsValid === summary.citationsChecked
  );
}
