import type { PlaceSpecificity } from "../entities/extractMentions.js";
import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Answer } from "../types.js";
import { MIN_COVERAGE, MIN_SLOT_SCORE, type AnswerContext } from "./context.js";
import { clauseBarrier } from "./clauseBarrier.js";
import { proximity } from "./proximity.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";
import { roleSpans } from "./roleSpans.js";

// A venue or city says more than a country.
const SPECIFICITY: Record<PlaceSpecificity, number> = { venue: 1, city: 0.92, unknown: 0.8, region: 0.75, country: 0.7 };

/**
 * Answer "where": places, from venues to countries, in the sentences that
 * best match the question. Places named in the question, and places inside
 * someone's title ("envoy to Ukraine"), are not answers.
 */
export function answerWhere(query: string, context: AnswerContext, limit: number): Answer[] {
  const plan = planQuery(query, context.analysis, context.index);
  const excluded = new Set(plan.entities.map((e) => e.id));
  const ranked = rankSentences(plan, context.analysis, context.index, 40);
  const candidates: Candidate[] = [];
  for (const item of ranked) {
    // A place sentence often leaves out who met: the names may come from its paragraph or article.
    if (item.setting < MIN_COVERAGE) continue;
    const paragraph = context.analysis.paragraphs[item.sentence.paragraphIndex]!;
    const titles = roleSpans(item.sentence, paragraph.text);
    for (const mention of item.sentence.mentions) {
      if (mention.kind !== "place" || !mention.entity || excluded.has(mention.entity)) continue;
      if (titles.some(([from, to]) => mention.start >= from && mention.end <= to)) continue;
      const near = proximity(mention.start, mention.end, item.matches);
      // "in Jeddah" is where; "Moscow held referendums" is who (a government named by its capital).
      const located = mention.located ? 1 : mention.acts ? 0.6 : 0.8;
      // A city in a country the question names ("Kyiv" for "... in Ukraine") is a good refinement.
      const refines = mention.country && plan.entities.some((e) => e.name === mention.country) ? 1.1 : 1;
      const barrier = clauseBarrier(paragraph.text, mention.start, mention.end, item.matches);
      const score = item.score * SPECIFICITY[mention.specificity ?? "unknown"] * (0.4 + 0.6 * near) * located * refines * barrier * (mention.possessive ? 0.7 : 1);
      if (score < MIN_SLOT_SCORE) continue;
      candidates.push({
        key: mention.entity,
        answer: mention.text,
        evidence: item.sentence.text,
        citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
        score,
      });
    }
  }
  return rankCandidates(candidates, limit);
}
