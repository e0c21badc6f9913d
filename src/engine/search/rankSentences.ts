import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";
import { foldText } from "../text/foldText.js";
import { LOWER_ORDINALS } from "../text/numberWords.js";
import { processTerm, termsOf } from "../text/processTerm.js";
import { splitWords } from "../text/splitWords.js";
import { STOP_WORDS } from "../text/stopWords.js";
import { PARAGRAPH_BOOSTS, type SearchIndex } from "./buildSearchIndex.js";
import { scoreParagraphs } from "./scoreParagraphs.js";
import {
  CANDIDATE_PARAGRAPHS,
  RELEVANCE,
  SETTING_WORTH,
  SUPERLATIVE_RANKED,
  SUPPORT_WORTH,
} from "./weights.js";
import type { QueryPlan } from "./planQuery.js";

/** A sentence ranked for a query. */
export interface ScoredSentence {
  sentence: SentenceInfo;
  /** Relevance: sentence coverage plus a little paragraph context. */
  score: number;
  /** Weighted share (0..1) of the query's non-filler concepts found in the sentence itself. */
  coverage: number;
  /**
   * Coverage when the names in the question (people, places) may also be found in the sentence's paragraph
   * or story (SETTING_WORTH): "The meeting is taking place in Jeddah" answers where the US-Ukraine
   * talks are, in a story about them.
   */
  setting: number;
  /**
   * Coverage when every question word may also be found in the sentence's paragraph or
   * story (at SUPPORT_WORTH): news text spreads one fact
   * over a lead sentence and the sentences after it.
   */
  support: number;
  /**
   * Share (0..1) of the question's words that are not names (what it asks about: "buried",
   * "agent", "sports minister") found in the sentence or its paragraph; 1 when the question
   * has only names. A paragraph that only names the question's people cannot answer it.
   */
  predicate: number;
  /** The same share found in the sentence itself. */
  predicateHere: number;
  /**
   * Every multi-word name of the question that is no entity ("U.S. Open") occurs whole in the
   * sentence's story, and every entity it names is there by its head word (a surname, the
   * "Series" of World Series), and the paragraph gives every number or ordinal of the question:
   * a story that never mentions what the question is about cannot answer it.
   */
  phrases: boolean;
  /** Paragraph offsets of the words that matched. */
  matches: number[];
  /** Indexes of the concepts matched in the sentence. */
  matched: Set<number>;
}

export { CANDIDATE_PARAGRAPHS };

/**
 * The concepts a text holds, each at its best alternative's worth. `sentences` are the text's sentences: a name
 * that needs its whole spelling (QueryConcept.together) counts fully where a sentence mentions that entity or
 * gives the spelling's terms in a row, not where its words are scattered ("Transylvania Symphony Conductor Pfohl"
 * beside the "National Symphony Orchestra League").
 */
function conceptsIn(
  termSet: ReadonlySet<string>,
  plan: QueryPlan,
  sentences: readonly SentenceInfo[],
): Map<number, number> {
  const found = new Map<number, number>();
  plan.concepts.forEach((concept, i) => {
    let best = 0;
    for (const [term, worth] of concept.alternatives)
      if (worth > best && termSet.has(term)) best = worth;
    if (best < 1 && concept.together && sentences.some((s) => namesWhole(s, concept))) best = 1;
    if (best > 0) found.set(i, best);
  });
  return found;
}

/** Does the sentence mention the concept's entity, or give one of its whole spellings' terms in a row? */
function namesWhole(sentence: SentenceInfo, concept: QueryPlan["concepts"][number]): boolean {
  if (concept.entity && sentence.mentions.some((m) => m.entity === concept.entity)) return true;
  return (concept.together ?? []).some((spelling) =>
    sentence.terms.some((_, at) => spelling.every((t, k) => sentence.terms[at + k] === t)),
  );
}

/** Paragraph indexes that best match the plan's concepts, best first. */
export function searchParagraphs(plan: QueryPlan, index: SearchIndex, limit: number): number[] {
  const groups = plan.concepts
    .filter((c) => c.alternatives.size > 0)
    .map((c) => ({ terms: c.alternatives, weight: c.weight }));
  if (groups.length === 0) return [];
  return scoreParagraphs(index.paragraphs, groups, PARAGRAPH_BOOSTS, limit);
}

/**
 * Rank sentences for a query: MiniSearch picks the candidate paragraphs,
 * then each of their sentences is scored by the weighted share of query
 * concepts it contains, plus a little for concepts found elsewhere in its
 * paragraph or section heading.
 */
export function rankSentences(
  plan: QueryPlan,
  analysis: Analysis,
  index: SearchIndex,
  limit = 30,
): ScoredSentence[] {
  if (plan.totalWeight === 0 || plan.unknownNames.length > 0) return [];
  const hits = searchParagraphs(plan, index, CANDIDATE_PARAGRAPHS);
  const total = plan.concepts.reduce((sum, c) => sum + (c.filler ? 0 : c.weight), 0);
  // Which concepts each candidate's story mentions anywhere, read from the index's postings (no analysis of the story).
  // A file may bundle several stories (Brown's wire copy): its other stories are not this sentence's context.
  const byStory = new Map<string, Map<number, number>>();
  const storyConcepts = (paragraphIndex: number): Map<number, number> => {
    const [from, to] = storyRange(analysis, paragraphIndex);
    const key = `${from}:${to}`;
    let found = byStory.get(key);
    if (!found) {
      found = new Map();
      plan.concepts.forEach((concept, i) => {
        let best = 0;
        for (const [term, worth] of concept.alternatives)
          if (worth > best && index.vocabulary.inRange(term, from, to)) best = worth;
        if (
          best < 1 &&
          concept.together?.some((terms) =>
            terms.every((t) => index.vocabulary.inRange(t, from, to)),
          )
        )
          best = 1;
        if (best > 0) found!.set(i, best);
      });
      byStory.set(key, found);
    }
    return found;
  };
  const fillerTotal = plan.concepts.reduce((sum, c) => sum + (c.filler ? c.weight : 0), 0);
  const predicateTotal = plan.concepts.reduce(
    (sum, c) => sum + (c.filler || c.entity || c.title ? 0 : c.weight),
    0,
  );
  const ranksSuperlatives = plan.concepts.some((c) => c.superlative);
  const scored: ScoredSentence[] = [];
  for (const hit of hits) {
    const paragraphIndex = hit;
    const paragraph = analysis.paragraphs[paragraphIndex]!;
    const sentences = analysis.sentencesOf(paragraphIndex);
    const paragraphTerms = paragraphTermsOf(sentences, paragraph.section);
    const inParagraph = conceptsIn(paragraphTerms, plan, sentences);
    const inStory = storyConcepts(paragraphIndex);
    // A number or ordinal of the question ("third prize") must be said in the paragraph itself.
    const numbers = plan.concepts.every(
      (c, i) =>
        !c.exact ||
        (inParagraph.has(i) && (c.ordinalOf === undefined || saysOrdinalOf(sentences, plan, c))),
    );
    const phrases =
      numbers &&
      (plan.phrases.length === 0 || hasPhrases(analysis, paragraphIndex, plan.phrases)) &&
      plan.concepts.every((c, i) => !c.entity || (inStory.get(i) ?? 0) >= 1);
    for (const sentence of sentences) {
      const inSentence = conceptsIn(sentence.termSet, plan, [sentence]);
      if (ranksSuperlatives) rankedSuperlatives(sentence, plan, inSentence);
      let covered = 0;
      let filler = 0;
      let context = 0;
      let background = 0;
      let named = 0;
      let spread = 0;
      let predicate = 0;
      let predicateHere = 0;
      for (const [i, worth] of inSentence) {
        const concept = plan.concepts[i]!;
        if (concept.filler) filler += concept.weight * worth;
        else covered += concept.weight * worth;
        if (!concept.filler && !concept.entity && !concept.title)
          predicateHere += concept.weight * worth;
      }
      for (const [i, worth] of inParagraph) {
        const concept = plan.concepts[i]!;
        if (!concept.filler && !concept.entity && !concept.title)
          predicate += concept.weight * worth;
        if (!inSentence.has(i) && !concept.filler) context += concept.weight * worth;
        if (!inSentence.has(i) && !concept.filler)
          spread += SUPPORT_WORTH.paragraph * concept.weight * worth;
        if (!inSentence.has(i) && concept.entity)
          named += SETTING_WORTH.paragraph * concept.weight * worth;
      }
      // The rest of the story sets the scene: "leads the delegation in Jeddah" favours the story about Jeddah.
      for (const [i, worth] of inStory) {
        const concept = plan.concepts[i]!;
        if (!inParagraph.has(i) && !concept.filler) background += concept.weight * worth;
        if (!inParagraph.has(i) && !concept.filler)
          spread += SUPPORT_WORTH.story * concept.weight * worth;
        if (!inParagraph.has(i) && concept.entity)
          named += SETTING_WORTH.story * concept.weight * worth;
      }
      const coverage = total > 0 ? covered / total : 0;
      if (coverage === 0) continue;
      const setting = total > 0 ? (covered + named) / total : 0;
      const score =
        coverage +
        (total > 0
          ? (RELEVANCE.context * context + RELEVANCE.background * background) / total
          : 0) +
        RELEVANCE.filler * (fillerTotal > 0 ? filler / fillerTotal : 0);
      const support = total > 0 ? (covered + spread) / total : 0;
      scored.push({
        sentence,
        score,
        coverage,
        setting,
        support,
        predicate: predicateTotal > 0 ? predicate / predicateTotal : 1,
        predicateHere: predicateTotal > 0 ? predicateHere / predicateTotal : 1,
        phrases,
        matches: [],
        matched: new Set(inSentence.keys()),
      });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  const top = scored.slice(0, limit);
  for (const item of top) item.matches = matchOffsets(item.sentence, plan, item.matched);
  return top;
}

const LOWER_ORDINAL_TERMS: ReadonlySet<string> = new Set(
  [...LOWER_ORDINALS].map((word) => processTerm(word) ?? word),
);

/**
 * A superlative of the question that the sentence says only right after an ordinal ("Manchester United's second
 * biggest shareholders" for "biggest shareholders") is worth SUPERLATIVE_RANKED of its match there.
 */
function rankedSuperlatives(
  sentence: SentenceInfo,
  plan: QueryPlan,
  found: Map<number, number>,
): void {
  for (const [i, worth] of found) {
    const concept = plan.concepts[i]!;
    if (!concept.superlative) continue;
    const plain = sentence.terms.some(
      (term, at) =>
        concept.alternatives.has(term) && !LOWER_ORDINAL_TERMS.has(sentence.terms[at - 1] ?? ""),
    );
    if (!plain) found.set(i, worth * SUPERLATIVE_RANKED);
  }
}

/**
 * Does the paragraph say the ordinal of its head word ("third prize", "13th annual Bake-Off"), or say it elliptically
 * ("the first in a series")? Not when every time it says the ordinal, it is of another word ("the third time").
 */
function saysOrdinalOf(
  sentences: readonly SentenceInfo[],
  plan: QueryPlan,
  ordinal: QueryPlan["concepts"][number],
): boolean {
  const head = plan.concepts[ordinal.ordinalOf!];
  if (!head) return true;
  return sentences.some((sentence) => {
    const words = splitWords(sentence.text).map((w) => w.text);
    return words.some((word, at) => {
      if (!ordinal.alternatives.has(processTerm(word) ?? "")) return false;
      const next = words[at + 1];
      if (next === undefined || STOP_WORDS.has(next.toLowerCase())) return true;
      return [next, words[at + 2]].some((w) => head.alternatives.has(processTerm(w ?? "") ?? ""));
    });
  });
}

/** Paragraph indexes [from, to) of the story that holds a paragraph: its article when the article is one story. */
function storyRange(analysis: Analysis, paragraphIndex: number): [number, number] {
  const position = analysis.paragraphArticle[paragraphIndex]!;
  const article = analysis.articles[position]!;
  const start = analysis.articleStart[position]!;
  const story = analysis.paragraphs[paragraphIndex]?.story ?? 0;
  const first = article.stories[story]?.first ?? 1;
  const next = article.stories[story + 1]?.first ?? article.paragraphs.length + 1;
  return [start + first - 1, start + next - 1];
}

const foldedStories = new Map<string, string>();

/** Does the story of a paragraph (its article's title and headings, and the story's text) contain every phrase, folded? */
function hasPhrases(
  analysis: Analysis,
  paragraphIndex: number,
  phrases: readonly string[],
): boolean {
  const [from, to] = storyRange(analysis, paragraphIndex);
  const article = analysis.articles[analysis.paragraphArticle[paragraphIndex]!]!;
  const key = `${article.id}\u0000${from}`;
  let folded = foldedStories.get(key);
  if (folded === undefined) {
    const texts: string[] = [];
    for (let i = from; i < to; i++) texts.push(analysis.paragraphs[i]?.text ?? "");
    folded = foldText([article.title ?? "", ...article.sections, ...texts].join("\n"));
    if (foldedStories.size > 5000) foldedStories.clear();
    foldedStories.set(key, folded);
  }
  return phrases.every((p) => folded.includes(p));
}

const paragraphTermCache = new WeakMap<SentenceInfo[], Set<string>>();

/** Every term of a paragraph and its heading, cached with the paragraph's analysed sentences. */
function paragraphTermsOf(
  sentences: SentenceInfo[],
  section: string | undefined,
): ReadonlySet<string> {
  let terms = paragraphTermCache.get(sentences);
  if (!terms) {
    terms = new Set(sentences.flatMap((s) => s.terms));
    if (section) for (const term of sectionTerms(section)) terms.add(term);
    paragraphTermCache.set(sentences, terms);
  }
  return terms;
}

const sectionCache = new Map<string, string[]>();

/** The index terms of a section heading; headings repeat over many paragraphs. */
function sectionTerms(section: string): string[] {
  let terms = sectionCache.get(section);
  if (!terms) {
    terms = termsOf(section);
    if (sectionCache.size > 10_000) sectionCache.clear();
    sectionCache.set(section, terms);
  }
  return terms;
}

/** Paragraph offsets of the words of a sentence that match the matched concepts, by each concept's best form there. */
function matchOffsets(sentence: SentenceInfo, plan: QueryPlan, matched: Set<number>): number[] {
  const present = sentence.termSet;
  const terms = new Set<string>();
  for (const i of matched) {
    const alternatives = plan.concepts[i]!.alternatives;
    let best = 0;
    for (const [term, worth] of alternatives) if (present.has(term) && worth > best) best = worth;
    for (const [term, worth] of alternatives)
      if (present.has(term) && worth === best) terms.add(term);
  }
  const offsets: number[] = [];
  sentence.terms.forEach((term, i) => {
    if (terms.has(term)) offsets.push(sentence.termOffsets[i]!);
  });
  return offsets;
}
