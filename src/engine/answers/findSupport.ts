import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Answer } from "../types.js";
import type { AnswerContext } from "./context.js";
import { citationOf } from "./citationOf.js";
import { bestExcerpt } from "./bestExcerpt.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";
import { MIN_COVERAGE } from "./weights.js";

/**
 * Fact-check a claim from chat: the sentences that best support it. Chat
 * adds words the sources never use ("lol", a nickname), so words unknown to
 * the corpus are left out rather than counted against the match; at least
 * two of the claim's words must still be found together.
 */
export function findSupportingSentences(
  claim: string,
  context: AnswerContext,
  limit: number,
): Answer[] {
  const full = planQuery(claim, context.analysis, context.index);
  const concepts = full.concepts.filter((c) => c.alternatives.size > 0);
  const plan = {
    ...full,
    concepts,
    unknownNames: [],
    totalWeight: concepts.filter((c) => !c.filler).reduce((sum, c) => sum + c.weight, 0),
  };
  const content = full.concepts.filter((c) => !c.filler).length;
  const known = concepts.filter((c) => !c.filler).length;
  // Mostly words the sources never use ("the moon is made of cheese"): nothing to check against.
  if (known === 0 || known * 2 < content) return [];
  const needed = Math.min(2, known);
  const candidates: Candidate[] = rankSentences(plan, context.analysis, context.index, 30)
    .filter(
      (item) =>
        item.coverage >= MIN_COVERAGE &&
        [...item.matched].filter((i) => !concepts[i]!.filler).length >= needed,
    )
    .map((item) => ({
      key: item.sentence.terms.slice(0, 12).join(" "),
      answer: bestExcerpt(item),
      evidence: item.sentence.text,
      citation: citationOf(item.sentence),
      score: item.score,
    }));
  return rankCandidates(candidates, limit);
}
