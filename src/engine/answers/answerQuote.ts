import type { QuoteInfo } from "../analysis/types.js";
import { planQuery, type QueryPlan } from "../search/planQuery.js";
import { CANDIDATE_PARAGRAPHS, searchParagraphs } from "../search/rankSentences.js";
import type { Answer } from "../types.js";
import type { AnswerContext } from "./context.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";

/** The verbatim evidence for a quotation: the sentences it touches, as one slice of the paragraph. */
export function quoteEvidence(quote: QuoteInfo, context: AnswerContext): string {
  const first = quote.sentences[0]!;
  const last = quote.sentences[quote.sentences.length - 1]!;
  return context.analysis.paragraphs[quote.paragraphIndex]!.text.slice(first.start, last.end);
}

/**
 * Answer "quote": verbatim quotations with their speaker. The query may name
 * a speaker, a topic, or both; a named speaker must match, topic words are
 * looked for in the quotation first and its sentence second. Quotations with
 * no attributable speaker are never offered.
 */
export function answerQuote(query: string, context: AnswerContext, limit: number): Answer[] {
  const plan = planQuery(query, context.analysis, context.index);
  if (plan.unknownNames.length > 0) return [];
  // The first person named who has quotations is the speaker; anyone else named is part of the topic.
  const speaker = plan.entities.find((e) => (e.kind === "person" || e.kind === "org") && context.analysis.speakerQuotes.has(e.id));
  const bySpeaker = findQuotes(plan, new Set(speaker ? [speaker.id] : []), context, limit);
  // "Putin bad guy" may be a quotation about Putin rather than by him.
  if (bySpeaker.length === 0 && speaker && plan.concepts.some((c) => !c.filler && !c.entity)) return findQuotes(plan, new Set(), context, limit);
  return bySpeaker;
}

/** Quotations worth scoring: all of a named speaker's, or those in the paragraphs that best match the topic. */
function candidateQuotes(plan: QueryPlan, speakers: Set<string>, context: AnswerContext): QuoteInfo[] {
  const paragraphs = new Set<number>();
  const topic = { ...plan, concepts: plan.concepts.filter((c) => !(c.entity && speakers.has(c.entity))) };
  for (const id of speakers) {
    const own = context.analysis.speakerQuotes.get(id) ?? [];
    // A speaker quoted in many paragraphs: read the ones that best match the topic, else the first ones.
    if (own.length > SPEAKER_PARAGRAPHS && topic.concepts.length > 0) {
      const ownSet = new Set(own);
      for (const p of searchParagraphs(topic, context.index, 1000)) if (ownSet.has(p) && paragraphs.size < SPEAKER_PARAGRAPHS) paragraphs.add(p);
    }
    for (const p of own) if (paragraphs.size < SPEAKER_PARAGRAPHS) paragraphs.add(p);
  }
  if (speakers.size === 0) for (const p of searchParagraphs(plan, context.index, CANDIDATE_PARAGRAPHS)) paragraphs.add(p);
  const quotes: QuoteInfo[] = [];
  for (const p of paragraphs) for (const quote of context.analysis.quotesOf(p)) if (quote.paragraphIndex === p) quotes.push(quote);
  return quotes;
}

/** Paragraphs read for one speaker's quotations. */
const SPEAKER_PARAGRAPHS = 12;

function findQuotes(plan: QueryPlan, speakers: Set<string>, context: AnswerContext, limit: number): Answer[] {
  const topic = plan.concepts.filter((c) => !c.filler && !(c.entity && speakers.has(c.entity)));
  const topicWeight = topic.reduce((sum, c) => sum + c.weight, 0);
  if (speakers.size === 0 && topicWeight === 0) return [];
  const candidates: Candidate[] = [];
  for (const quote of candidateQuotes(plan, speakers, context)) {
    if (!quote.speaker) continue;
    if (speakers.size > 0 && !(quote.speakerEntity && speakers.has(quote.speakerEntity))) continue;
    const evidence = quoteEvidence(quote, context);
    const quoteTerms = new Set(quote.terms);
    const contextTerms = new Set(quote.sentences.flatMap((s) => s.terms));
    let inQuote = 0;
    let inContext = 0;
    for (const concept of topic) {
      let best = 0;
      let bestContext = 0;
      for (const [term, worth] of concept.alternatives) {
        if (quoteTerms.has(term)) best = Math.max(best, worth);
        if (contextTerms.has(term)) bestContext = Math.max(bestContext, worth);
      }
      inQuote += concept.weight * best;
      inContext += concept.weight * Math.max(0, bestContext - best);
    }
    const topicScore = topicWeight > 0 ? (inQuote + 0.5 * inContext) / topicWeight : 0.5;
    // With a named speaker any overlap with the topic will do; without one, the quotation must carry the topic.
    if (topicWeight > 0 && (speakers.size > 0 ? topicScore === 0 : topicScore < 0.5)) continue;
    const words = quote.span.text.split(/\s+/).length;
    // Two-word scare quotes ("below zero") say less than a full statement.
    const substance = words < 4 ? 0.35 : words < 8 ? 0.85 : 1;
    const attribution = quote.attribution === "explicit" ? 1 : 0.92;
    candidates.push({
      key: `${quote.paragraphIndex}:${quote.span.start}`,
      answer: quote.span.text,
      evidence,
      citation: { article: quote.article, paragraph: quote.paragraph },
      score: (speakers.size > 0 ? 0.5 : 0) + topicScore * substance * attribution,
      speaker: quote.speaker,
    });
  }
  return rankCandidates(candidates, limit);
}
