import type { AnswerResult, Summary } from "../engine/types.js";

/** The machine form of an answer list, keys in the documented order. */
export function toJsonAnswer(result: AnswerResult) {
  return {
    command: result.command,
    query: result.query,
    answers: result.answers.map((a) => ({
      answer: a.answer,
      evidence: a.evidence,
      citations: a.citations.map((c) => ({ article: c.article, paragraph: c.paragraph })),
      ...(a.speaker !== undefined ? { speaker: a.speaker } : {}),
      ...(a.role !== undefined ? { role: a.role } : {}),
      score: a.score,
      ...(a.resolved !== undefined ? { resolved: a.resolved } : {}),
    })),
    ...(result.answers.length === 0 && result.suggestions
      ? { suggestions: result.suggestions }
      : {}),
  };
}

/** The machine form of a summary. */
export function toJsonSummary(summary: Summary) {
  return {
    command: "summary" as const,
    query: summary.query,
    ...(summary.article !== undefined ? { article: summary.article } : {}),
    ...(summary.few ? { few: true } : {}),
    bullets: summary.bullets.map((b) => ({
      text: b.text,
      citations: b.citations.map((c) => ({ article: c.article, paragraph: c.paragraph })),
    })),
  };
}
