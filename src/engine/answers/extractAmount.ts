import { processTerm } from "../text/processTerm.js";
import type { FeatureCandidate, PlannedQuestion } from "./candidate.js";
import { citationOf } from "./citationOf.js";
import { isEligible } from "./isEligible.js";
import { findAmounts } from "./findAmounts.js";
import { proximity } from "./proximity.js";

const DURATION = /\b(?:second|minute|hour|day|week|month|year|decade)s?\b/i;
/** An age ("aged 34", "a 34-year-old") is never a price or a count of things: the words around the number say so. */
const AGE_BEFORE = /\baged?\s*$/i;
const AGE_AFTER = /^(?:-|\s)(?:years?-)?old\b|^\s+years?\s+old\b/i;

/** Amount-candidates for "how much / how many / how long": money, shares, counted quantities. */
export function extractAmount(question: PlannedQuestion): FeatureCandidate[] {
  const { plan, ranked, context, query } = question;
  const durationOnly = /^\s*how long\b/i.test(query);
  const candidates: FeatureCandidate[] = [];
  for (const item of ranked) {
    const paragraph = context.analysis.paragraphs[item.sentence.paragraphIndex]!;
    for (const amount of findAmounts(
      paragraph.text.slice(item.sentence.start, item.sentence.end),
      item.sentence.start,
    )) {
      // "How long" asks for a duration, not any number; "how much" never for an age.
      if (durationOnly && !DURATION.test(amount.text)) continue;
      if (
        !durationOnly &&
        (AGE_BEFORE.test(paragraph.text.slice(Math.max(0, amount.start - 8), amount.start)) ||
          AGE_AFTER.test(paragraph.text.slice(amount.end, amount.end + 12)))
      )
        continue;
      // "How many jobs": an amount that counts the asked-for thing ("2,500 jobs") beats other numbers nearby.
      const counted = processTerm(amount.text.split(/\s+/).at(-1) ?? "");
      candidates.push({
        key: `${item.sentence.id}:${amount.start}`,
        answer: amount.text,
        evidence: item.sentence.text,
        citation: citationOf(item.sentence),
        relevance: item.score,
        features: {
          eligible: isEligible(item) ? 1 : 0,
          countsAsked:
            counted !== null && plan.concepts.some((c) => c.alternatives.has(counted)) ? 1 : 0,
          near: proximity(amount.start, amount.end, item.matches),
        },
      });
    }
  }
  return candidates;
}
