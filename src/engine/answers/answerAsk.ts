import { planQuery, type QueryPlan } from "../search/planQuery.js";
import { processTerm } from "../text/processTerm.js";
import { rankSentences, type ScoredSentence } from "../search/rankSentences.js";
import type { Answer } from "../types.js";
import { answerQuote } from "./answerQuote.js";
import { answerWhen } from "./answerWhen.js";
import { answerWhere } from "./answerWhere.js";
import { answerWho } from "./answerWho.js";
import { MIN_COVERAGE, type AnswerContext } from "./context.js";
import { bestExcerpt } from "./bestExcerpt.js";
import { findAmounts } from "./findAmounts.js";
import { proximity } from "./proximity.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";

/** Which specialised command a free question belongs to, by its question word. */
export function routeQuestion(query: string): "who" | "where" | "when" | "quote" | "amount" | "sentence" {
  const text = query.trim().toLowerCase();
  if (/^(?:who|whom|whose|(?:which|what) (?:person|official|minister|leader|envoy|diplomat|spokesperson|president)\b|what is the name of\b)/.test(text)) return "who";
  if (/^(?:where\b|(?:in |at |to )?(?:which|what) (?:city|country|place|town|venue|capital|region|hotel|palace|location)\b)/.test(text)) return "where";
  if (/^(?:when\b|what (?:year|date|day|month|time)\b|since when\b|how long ago\b)/.test(text)) return "when";
  if (/^(?:what did .+ (?:say|tell|claim|state|add|remark|warn|write|argue|insist)\b|quote\b)/.test(text)) return "quote";
  if (/^(?:how (?:much|many|long|large|big|far)|what (?:share|percentage|proportion|fraction|amount|number)\b)/.test(text)) return "amount";
  return "sentence";
}

const DURATION = /\b(?:second|minute|hour|day|week|month|year|decade)s?\b/i;

function answerAmount(query: string, context: AnswerContext, limit: number): Answer[] {
  const plan = planQuery(query, context.analysis, context.index);
  const durationOnly = /^\s*how long\b/i.test(query);
  const candidates: Candidate[] = [];
  for (const item of rankSentences(plan, context.analysis, context.index, 30)) {
    if (item.coverage < MIN_COVERAGE) continue;
    const paragraph = context.analysis.paragraphs[item.sentence.paragraphIndex]!;
    for (const amount of findAmounts(paragraph.text.slice(item.sentence.start, item.sentence.end), item.sentence.start)) {
      // "How long" asks for a duration, not any number.
      if (durationOnly && !DURATION.test(amount.text)) continue;
      // "How many jobs": an amount that counts the asked-for thing ("2,500 jobs") beats other numbers nearby.
      const counted = processTerm(amount.text.split(/\s+/).at(-1) ?? "");
      const countsAsked = counted !== null && plan.concepts.some((c) => c.alternatives.has(counted)) ? 1.5 : 1;
      candidates.push({
        key: `${item.sentence.id}:${amount.start}`,
        answer: amount.text,
        evidence: item.sentence.text,
        citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
        score: item.score * countsAsked * (0.6 + 0.4 * proximity(amount.start, amount.end, item.matches)),
      });
    }
  }
  return rankCandidates(candidates, limit);
}

/** The best sentences themselves, for questions no extractor covers. Near-identical sentences merge. */
export function answerSentence(query: string, context: AnswerContext, limit: number): Answer[] {
  return rankedSentences(planQuery(query, context.analysis, context.index), context, limit);
}

/**
 * Fact-check a claim from chat: the sentences that best support it. Chat
 * adds words the sources never use ("lol", a nickname), so words unknown to
 * the corpus are left out rather than counted against the match; at least
 * two of the claim's words must still be found together.
 */
export function findSupportingSentences(claim: string, context: AnswerContext, limit: number): Answer[] {
  const full = planQuery(claim, context.analysis, context.index);
  const concepts = full.concepts.filter((c) => c.alternatives.size > 0);
  const plan = { ...full, concepts, unknownNames: [], totalWeight: concepts.filter((c) => !c.filler).reduce((sum, c) => sum + c.weight, 0) };
  const content = full.concepts.filter((c) => !c.filler).length;
  const known = concepts.filter((c) => !c.filler).length;
  // Mostly words the sources never use ("the moon is made of cheese"): nothing to check against.
  if (known === 0 || known * 2 < content) return [];
  const needed = Math.min(2, known);
  return rankedSentences(plan, context, limit, (item) => [...item.matched].filter((i) => !concepts[i]!.filler).length >= needed);
}

function rankedSentences(plan: QueryPlan, context: AnswerContext, limit: number, accept: (item: ScoredSentence) => boolean = () => true): Answer[] {
  const candidates: Candidate[] = rankSentences(plan, context.analysis, context.index, 30)
    .filter((item) => item.coverage >= MIN_COVERAGE && accept(item))
    .map((item) => ({
      key: item.sentence.terms.slice(0, 12).join(" "),
      answer: bestExcerpt(item),
      evidence: item.sentence.text,
      citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
      score: item.score,
    }));
  return rankCandidates(candidates, limit);
}

/**
 * Answer a free question: route by its question word to who, where, when or
 * quote; amounts for "how much/how many"; otherwise the best sentence. When
 * a specialised route finds nothing, the best sentence is the fallback.
 */
export function answerAsk(query: string, context: AnswerContext, limit: number): Answer[] {
  const route = routeQuestion(query);
  const routed =
    route === "who" ? answerWho(query, context, limit)
    : route === "where" ? answerWhere(query, context, limit)
    : route === "when" ? answerWhen(query, context, limit)
    : route === "quote" ? answerQuote(query.replace(/^(?:what did|quote)\s+/i, "").replace(/\b(?:say|tell|claim|state|add|remark|warn|write|argue|insist)\b\??/i, ""), context, limit)
    : route === "amount" ? answerAmount(query, context, limit)
    : [];
  return routed.length > 0 ? routed : answerSentence(query, context, limit);
}
