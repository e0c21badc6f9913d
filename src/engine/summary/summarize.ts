import type { SentenceInfo } from "../analysis/types.js";
import type { AnswerContext } from "../answers/context.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";
import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Citation, Summary, SummaryBullet } from "../types.js";

/** Most bullets in a summary, fewest when the corpus has enough to say, and the longest bullet kept. */
export const SUMMARY_LIMITS = { max: 8, min: 5, bulletChars: 400, totalChars: 3000 } as const;

// Centrality is quadratic in the pool: a corpus-wide summary reads the paragraphs richest in names.
const POOL_LIMIT = 300;
const ATTRIBUTED = /[”"’'],?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:said|says|told|added|stated|remarked|wrote|noted|warned|insisted)\b|[”"’'],?\s+(?:said|says|told|added|stated|remarked|wrote|noted|warned)\b|\b(?:he|she|they)\s+(?:said|added|told|stated)\b/u;
const OPENS_WITH_REFERENCE = /^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|also)\b/i;

/** A sentence's terms weighted by rarity, with the vector's length; kept per sentence, since rarity is fixed per corpus. */
interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

const vectorCache = new WeakMap<SentenceInfo, TermVector>();

function contentTerms(sentence: SentenceInfo, index: SearchIndex): TermVector {
  let vector = vectorCache.get(sentence);
  if (!vector) {
    const weights = new Map<string, number>();
    for (const term of sentence.terms) if (!weights.has(term)) weights.set(term, Math.log(1 + index.documentCount / (1 + (index.vocabulary.get(term) ?? 0))));
    vector = { weights, norm: norm(weights) };
    vectorCache.set(sentence, vector);
  }
  return vector;
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function similarity(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let shared = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) shared += weight * other;
  }
  return shared / (a.norm * b.norm);
}

/**
 * An extractive summary: 5 to 8 source sentences that cover a topic (or the
 * whole corpus), chosen for relevance, centrality (what several articles
 * agree on) and names, places and dates, with near-repeats merged into one
 * bullet carrying every paragraph that states the fact.
 */
export function summarize(topic: string, context: AnswerContext): Summary {
  // The corpus-wide summary depends on the corpus alone: it is worked out once, like the entity table.
  if (!topic.trim()) {
    let whole = corpusSummaries.get(context.analysis);
    if (!whole) {
      whole = summarizeTopic("", context);
      corpusSummaries.set(context.analysis, whole);
    }
    return structuredClone({ ...whole, query: topic });
  }
  return summarizeTopic(topic, context);
}

const corpusSummaries = new WeakMap<object, Summary>();

function summarizeTopic(topic: string, context: AnswerContext): Summary {
  const { analysis } = context;
  const trimmed = topic.trim();
  let pool: { sentence: SentenceInfo; relevance: number }[];
  if (trimmed) {
    const plan = planQuery(trimmed, analysis, context.index);
    pool = rankSentences(plan, analysis, context.index, 80)
      .filter((item) => item.coverage >= 0.34)
      // Sentences on the whole topic first; partial matches only fill up a short summary.
      .map((item) => ({ sentence: item.sentence, relevance: item.score * item.coverage ** 2 }));
  } else {
    pool = analysis.facts.salient.flatMap((p) => analysis.sentencesOf(p)).slice(0, POOL_LIMIT).map((sentence) => ({ sentence, relevance: 1 }));
  }
  const bullets: SummaryBullet[] = [];
  if (pool.length === 0) return { command: "summary", query: topic, bullets };
  const vectors = new Map(pool.map(({ sentence }) => [sentence.id, contentTerms(sentence, context.index)]));
  // Centrality: likeness to what the other articles say, against the sum of their sentence vectors (linear, not pairwise).
  const corpusSum = new Map<string, number>();
  const byArticle = new Map<string, Map<string, number>>();
  for (const { sentence } of pool) {
    const own = byArticle.get(sentence.article) ?? new Map<string, number>();
    byArticle.set(sentence.article, own);
    const vector = vectors.get(sentence.id)!;
    for (const [term, weight] of vector.weights) {
      const unit = vector.norm > 0 ? weight / vector.norm : 0;
      corpusSum.set(term, (corpusSum.get(term) ?? 0) + unit);
      own.set(term, (own.get(term) ?? 0) + unit);
    }
  }
  const scored = pool.map(({ sentence, relevance }) => {
    const vector = vectors.get(sentence.id)!;
    const own = byArticle.get(sentence.article)!;
    let centrality = 0;
    for (const [term, weight] of vector.weights) centrality += weight * ((corpusSum.get(term) ?? 0) - (own.get(term) ?? 0));
    centrality /= vector.norm || 1;
    const names = new Set(sentence.mentions.filter((m) => m.entity && m.kind !== "candidate").map((m) => m.entity)).size;
    const words = sentence.text.split(/\s+/).length;
    const shape = words < 8 ? 0.4 : words > 60 ? 0.5 : 1;
    const lead = 1 / (1 + 0.04 * sentence.paragraph);
    const reference = OPENS_WITH_REFERENCE.test(sentence.text) ? 0.6 : 1;
    const question = /\?$/.test(sentence.text) ? 0.3 : 1;
    // A quotation read alone, with no "she said" in its sentence, leaves the reader without a speaker.
    const quoteOnly = /^[“"‘']/.test(sentence.text) ? (ATTRIBUTED.test(sentence.text) ? 0.7 : 0.3) : 1;
    // A quotation cut off by the sentence split is not a clean bullet.
    const balanced = (sentence.text.match(/[“]/g) ?? []).length === (sentence.text.match(/[”]/g) ?? []).length && (sentence.text.match(/"/g) ?? []).length % 2 === 0 ? 1 : 0.2;
    const score = relevance * (1 + Math.log1p(centrality)) * (1 + 0.15 * Math.min(names, 4) + (sentence.dates.length > 0 ? 0.1 : 0)) * shape * lead * reference * question * quoteOnly * balanced;
    return { sentence, vector, score };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  const chosen: { sentence: SentenceInfo; vector: TermVector; citations: Citation[] }[] = [];
  let total = 0;
  for (const candidate of scored) {
    if (chosen.length >= SUMMARY_LIMITS.max) break;
    if (candidate.sentence.text.length > SUMMARY_LIMITS.bulletChars) continue;
    const citation = { article: candidate.sentence.article, paragraph: candidate.sentence.paragraph };
    const repeat = chosen.find((c) => similarity(c.vector, candidate.vector) >= 0.45);
    if (repeat) {
      // The same fact from another paragraph: cite it, do not repeat it.
      if (repeat.citations.length < 5 && !repeat.citations.some((c) => c.article === citation.article && c.paragraph === citation.paragraph)) repeat.citations.push(citation);
      continue;
    }
    if (candidate.score < (scored[0]?.score ?? 0) * 0.2 && chosen.length >= SUMMARY_LIMITS.min) break;
    if (total + candidate.sentence.text.length > SUMMARY_LIMITS.totalChars) continue;
    total += candidate.sentence.text.length;
    chosen.push({ sentence: candidate.sentence, vector: candidate.vector, citations: [citation] });
  }
  // Late near-repeats still add their citations.
  for (const candidate of scored) {
    const citation = { article: candidate.sentence.article, paragraph: candidate.sentence.paragraph };
    for (const bullet of chosen) {
      if (bullet.sentence.id === candidate.sentence.id || bullet.citations.length >= 5) continue;
      if (bullet.citations.some((c) => c.article === citation.article && c.paragraph === citation.paragraph)) continue;
      if (similarity(bullet.vector, candidate.vector) >= 0.45) bullet.citations.push(citation);
    }
  }
  for (const bullet of chosen) bullets.push({ text: bullet.sentence.text, citations: bullet.citations });
  return { command: "summary", query: topic, bullets };
}
