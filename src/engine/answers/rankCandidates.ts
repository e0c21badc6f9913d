import type { Answer, Citation } from "../types.js";
import { SUPPORT_BONUS, SUPPORT_CAP } from "./weights.js";

/** A candidate answer found in one sentence. */
export interface Candidate {
  /** Groups candidates that are the same answer (an entity id or folded text). */
  key: string;
  answer: string;
  evidence: string;
  citation: Citation;
  score: number;
  role?: string;
  speaker?: string;
  resolved?: string;
  variants?: string[];
}

/**
 * Merge candidates that name the same thing: the best one speaks for the
 * group, others add their paragraphs as further citations and a small bonus
 * for independent support.
 */
export function rankCandidates(candidates: Candidate[], limit: number): Answer[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates)
    groups.set(candidate.key, [...(groups.get(candidate.key) ?? []), candidate]);
  const ranked = [...groups.values()].map((group) => {
    group.sort((a, b) => b.score - a.score);
    const best = group[0]!;
    const support = new Set(group.map((c) => `${c.citation.article}#${c.citation.paragraph}`)).size;
    return {
      best,
      group,
      score: best.score + Math.min(SUPPORT_CAP, SUPPORT_BONUS * (support - 1)),
    };
  });
  ranked.sort((a, b) => b.score - a.score || (a.best.answer < b.best.answer ? -1 : 1));
  return ranked.slice(0, limit).map(({ best, group, score }) => {
    const citations: Citation[] = [best.citation];
    for (const other of group) {
      if (citations.length >= 5) break;
      if (
        !citations.some(
          (c) => c.article === other.citation.article && c.paragraph === other.citation.paragraph,
        )
      )
        citations.push(other.citation);
    }
    const answer: Answer = {
      answer: best.answer,
      evidence: best.evidence,
      citations,
      score: Math.round(score * 1000) / 1000,
    };
    if (best.role) answer.role = best.role;
    if (best.speaker) answer.speaker = best.speaker;
    if (best.resolved) answer.resolved = best.resolved;
    if (best.variants) answer.variants = best.variants;
    return answer;
  });
}
