import type { QuoteInfo, SentenceInfo } from "../analysis/types.js";
import { planQuery, type QueryPlan } from "../search/planQuery.js";
import { CANDIDATE_PARAGRAPHS, searchParagraphs } from "../search/rankSentences.js";
import { termsOf } from "../text/processTerm.js";
import type { Answer } from "../types.js";
import { isStoryStart } from "../quotes/isStoryStart.js";
import { readPossessedNoun } from "../quotes/possessedNouns.js";
import { ATTRIBUTION_TRUST, QUOTE_SUBSTANCE, QUOTE_TOPIC } from "../quotes/quoteWeights.js";
import type { AnswerTrace, TracedCandidate } from "./candidate.js";
import type { AnswerContext } from "./context.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";

/** The verbatim evidence for a quotation: the sentences it touches, as one slice of the paragraph. */
export function quoteEvidence(quote: QuoteInfo, context: AnswerContext): string {
  const first = quote.sentences[0]!;
  const last = quote.sentences[quote.sentences.length - 1]!;
  return context.analysis.paragraphs[quote.paragraphIndex]!.text.slice(first.start, last.end);
}

/**
 * The query asks for someone's words, so a person it names is the speaker,
 * not the topic: "What did Ferguson say about Glazer?", "Thanou on running
 * again", "Skinner tribute to Charlie Bell".
 */
const SPEECH_FORM =
  /\b(?:say|says|said|saying|tell|tells|told|think|thinks|thought|on|about|reaction|reacts?|respon(?:d|ds|se)|comments?|statement|quoted|according|vows?|tribute|announc\w*|describ\w*|warn\w*|admits?|insists?|claims?)\b/i;

/**
 * Answer "quote": verbatim quotations with their speaker. The query may name
 * a speaker, a topic, or both. A named speaker must match: when the query
 * asks for that person's words and they said nothing on the topic, there is
 * no answer (never another speaker's words). Topic words are looked for in
 * the quotation first and its sentence second. Quotations with no
 * attributable speaker are never offered.
 */
export function answerQuote(
  query: string,
  context: AnswerContext,
  limit: number,
  trace?: AnswerTrace,
): Answer[] {
  const plan = planQuery(query, context.analysis, context.index);
  if (trace) trace.plan = plan;
  if (plan.unknownNames.length > 0) return [];
  const named = plan.entities.filter((e) => e.kind === "person" || e.kind === "org");
  // "Kenteris's lawyer": a possessive names whose spokesman speaks, not the speaker; "Kennedy's invitation",
  // "Knickerbocker's verdict": a speech or opinion noun after the possessive is the owner's words (`POSSESSED_NOUNS`).
  const possessiveOf = (name: string) =>
    new RegExp(
      `\\b${escapeRegExp(name.split(/\s+/).pop() ?? name)}['’]s?\\s+(?:(\\p{Ll}[\\p{L}-]*)\\s+)?(\\p{Ll}[\\p{L}-]*)`,
      "iu",
    ).exec(query);
  const ownWords = (name: string) => {
    const found = possessiveOf(name);
    if (!found) return undefined;
    const at = [found[1], found[2]].findIndex(
      (word) => word !== undefined && readPossessedNoun(word) !== undefined,
    );
    const word = at === 0 ? found[1] : at === 1 ? found[2] : undefined;
    return word && readPossessedNoun(word)!.speaker === "possessor"
      ? { index: found.index + found[0].lastIndexOf(word) }
      : undefined;
  };
  const possessed = (name: string) => possessiveOf(name) !== null && !ownWords(name);
  const authored = named.map((e) => ownWords(e.name)).find((found) => found !== undefined);
  // The speech noun after the possessive is the query's speech word: the name is before it, the rest is the topic.
  const speech = SPEECH_FORM.exec(query) ?? (authored ? { index: authored.index } : null);
  const asksWords = speech !== null;
  // The speaker stands before the speech word ("Ferguson on Glazer", "What did Ferguson say"); a name after it is the topic.
  const before = (name: string) => {
    const at = query.toLowerCase().indexOf((name.split(/\s+/).pop() ?? name).toLowerCase());
    return speech !== null && at >= 0 && at < speech.index;
  };
  const firstPerson = named.find(
    (e) => e.kind === "person" && !possessed(e.name) && before(e.name),
  );
  if (asksWords && firstPerson && !context.analysis.speakerQuotes.has(firstPerson.id)) return [];
  // The first person named who has quotations is the speaker; anyone else named is part of the topic.
  const speaker = named.find((e) => context.analysis.speakerQuotes.has(e.id) && !possessed(e.name));
  const bySpeaker = findQuotes(
    plan,
    new Set(speaker ? [speaker.id] : []),
    context,
    limit,
    undefined,
    trace,
  );
  if (bySpeaker.length > 0 || !speaker || asksWords) return bySpeaker;
  // "Putin bad guy" may be a quotation about Putin rather than by him: then the quotation itself names him.
  if (!plan.concepts.some((c) => !c.filler && !c.entity)) return [];
  const entity = context.analysis.entities.byId.get(speaker.id);
  const names = (entity?.variants ?? [speaker.name]).map((v) =>
    v.split(/\s+/).pop()!.toLowerCase(),
  );
  return findQuotes(
    plan,
    new Set(),
    context,
    limit,
    (quote) => names.some((n) => quote.span.text.toLowerCase().includes(n)),
    trace,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Quotations worth scoring: all of a named speaker's, or those in the paragraphs that best match the topic. */
function candidateQuotes(
  plan: QueryPlan,
  speakers: Set<string>,
  context: AnswerContext,
): QuoteInfo[] {
  const paragraphs = new Set<number>();
  const topic = {
    ...plan,
    concepts: plan.concepts.filter((c) => !(c.entity && speakers.has(c.entity))),
  };
  for (const id of speakers) {
    const own = context.analysis.speakerQuotes.get(id) ?? [];
    // A speaker quoted in many paragraphs: read the ones that best match the topic, else the first ones.
    if (own.length > SPEAKER_PARAGRAPHS && topic.concepts.length > 0) {
      const ownSet = new Set(own);
      for (const p of searchParagraphs(topic, context.index, 1000))
        if (ownSet.has(p) && paragraphs.size < SPEAKER_PARAGRAPHS) paragraphs.add(p);
    }
    for (const p of own) if (paragraphs.size < SPEAKER_PARAGRAPHS) paragraphs.add(p);
  }
  if (speakers.size === 0)
    for (const p of searchParagraphs(plan, context.index, CANDIDATE_PARAGRAPHS)) paragraphs.add(p);
  const quotes: QuoteInfo[] = [];
  for (const p of paragraphs)
    for (const quote of context.analysis.quotesOf(p))
      if (quote.paragraphIndex === p) quotes.push(quote);
  return quotes;
}

/**
 * The sentences right before and after a quotation in its paragraph. A quotation that opens its paragraph
 * answers what the previous paragraph ended on, in feature copy often a question ("What does he feed his
 * players?" / "“Mostly meat and potatoes,” says Ramsey."): then that paragraph's last sentence, in the same article, is the one before,
 * when it is narration.
 */
function neighbourSentences(quote: QuoteInfo, context: AnswerContext): SentenceInfo[] {
  const all = context.analysis.sentencesOf(quote.paragraphIndex);
  const first = quote.sentences[0]!.index;
  const last = quote.sentences[quote.sentences.length - 1]!.index;
  const { paragraphArticle } = context.analysis;
  const opensParagraph =
    first === 0 &&
    quote.paragraphIndex > 0 &&
    paragraphArticle[quote.paragraphIndex - 1] === paragraphArticle[quote.paragraphIndex];
  const previous = opensParagraph
    ? context.analysis.sentencesOf(quote.paragraphIndex - 1).at(-1)
    : undefined;
  // Only narration sets up the topic: a quotation there is someone's own words on their own topic.
  const setUp =
    previous &&
    !/["“”]/.test(
      context.analysis.paragraphs[quote.paragraphIndex - 1]!.text.slice(
        previous.start,
        previous.end,
      ),
    )
      ? previous
      : undefined;
  const before = opensParagraph ? setUp : all[first - 1];
  return [before, all[last + 1]].filter((s): s is SentenceInfo => s !== undefined);
}

/**
 * Terms of the narration of the quotation's story up to its paragraph: the paragraphs before it in the same
 * article, back to the story's dateline and at most `QUOTE_TOPIC.storyParagraphs`, with every quotation that
 * is not a fragment cut out (titles and scare quotes stay: “La Dolce Vita” is what the story is about).
 */
function storyNarrationTerms(quote: QuoteInfo, context: AnswerContext): Set<string> {
  const { paragraphs, paragraphArticle } = context.analysis;
  const article = paragraphArticle[quote.paragraphIndex];
  const words: string[] = [];
  for (
    let p = quote.paragraphIndex;
    p >= 0 &&
    quote.paragraphIndex - p <= QUOTE_TOPIC.storyParagraphs &&
    paragraphArticle[p] === article;
    p--
  ) {
    let text = paragraphs[p]!.text;
    const spans = context.analysis
      .quotesOf(p)
      .filter((q) => q.paragraphIndex === p && !q.fragment && !q.span.nested);
    for (const q of [...spans].sort((a, b) => b.span.outerStart - a.span.outerStart))
      text = text.slice(0, q.span.outerStart) + " " + text.slice(q.span.outerEnd);
    words.push(text);
    if (p < quote.paragraphIndex && isStoryStart(paragraphs[p]!, paragraphs[p - 1])) break;
  }
  return new Set(termsOf(words.join(" ")));
}

/** Paragraphs read for one speaker's quotations. */
const SPEAKER_PARAGRAPHS = 12;

function findQuotes(
  plan: QueryPlan,
  speakers: Set<string>,
  context: AnswerContext,
  limit: number,
  accept: (quote: QuoteInfo) => boolean = () => true,
  trace?: AnswerTrace,
): Answer[] {
  const topic = plan.concepts.filter((c) => !c.filler && !(c.entity && speakers.has(c.entity)));
  const topicWeight = topic.reduce((sum, c) => sum + c.weight, 0);
  if (speakers.size === 0 && topicWeight === 0) return [];
  const candidates: Candidate[] = [];
  for (const quote of candidateQuotes(plan, speakers, context)) {
    if (!quote.speaker) continue;
    if (speakers.size > 0 && !(quote.speakerEntity && speakers.has(quote.speakerEntity))) continue;
    if (!accept(quote)) continue;
    const evidence = quoteEvidence(quote, context);
    // "tribunal head on the charge", "prosecutor on Jaynes": words that describe the speaker match as well as the quotation's own.
    const roles = quote.speakerEntity
      ? (context.analysis.entities.byId.get(quote.speakerEntity)?.roles ?? [])
      : [];
    const quoteTerms = new Set([
      ...quote.terms,
      ...termsOf([quote.speaker ?? "", quote.speakerRole ?? "", ...roles].join(" ")),
    ]);
    const contextTerms = new Set(quote.sentences.flatMap((s) => s.terms));
    // News paragraphs are short: what the quotation is about is often said in the sentence before or after it.
    const neighbourTerms = new Set(neighbourSentences(quote, context).flatMap((s) => s.terms));
    // A critic's verdict on the film the review is about: with a named speaker, the story's own subject is a topic too.
    const storyTerms = speakers.size > 0 ? storyNarrationTerms(quote, context) : new Set<string>();
    let matched = 0;
    for (const concept of topic) {
      let best = 0;
      for (const [term, worth] of concept.alternatives) {
        if (quoteTerms.has(term)) best = Math.max(best, worth);
        if (contextTerms.has(term)) best = Math.max(best, worth * QUOTE_TOPIC.sentence);
        if (neighbourTerms.has(term)) best = Math.max(best, worth * QUOTE_TOPIC.neighbour);
        if (storyTerms.has(term)) best = Math.max(best, worth * QUOTE_TOPIC.story);
      }
      matched += concept.weight * best;
    }
    const topicScore = topicWeight > 0 ? matched / topicWeight : QUOTE_TOPIC.speakerOnly;
    const words = quote.span.text.split(/\s+/).length;
    // Scare quotes ("below zero") say less than a full statement.
    const substance = quote.fragment
      ? QUOTE_SUBSTANCE.fragment
      : words < QUOTE_SUBSTANCE.shortWords
        ? QUOTE_SUBSTANCE.short
        : QUOTE_SUBSTANCE.full;
    const attribution = ATTRIBUTION_TRUST[quote.basis];
    // With a named speaker any overlap with the topic will do; without one, the quotation must carry the topic.
    const offTopic =
      topicWeight > 0 && (speakers.size > 0 ? topicScore === 0 : topicScore < QUOTE_TOPIC.minimum);
    if (trace) {
      const traced: TracedCandidate = {
        kind: "quote",
        answer: quote.span.text,
        evidence,
        citation: { article: quote.article, paragraph: quote.paragraph },
        relevance: topicScore,
        features: {
          speaker: quote.speaker,
          attributedBy: quote.attribution,
          basis: quote.basis,
          topic: topicScore,
          substance,
          trust: attribution,
        },
        effects: [],
      };
      if (offTopic) traced.dropped = "off-topic";
      else traced.score = (speakers.size > 0 ? 0.5 : 0) + topicScore * substance * attribution;
      trace.candidates.push(traced);
    }
    if (offTopic) continue;
    const candidate: Candidate = {
      key: `${quote.paragraphIndex}:${quote.span.start}`,
      answer: quote.span.text,
      evidence,
      citation: { article: quote.article, paragraph: quote.paragraph },
      score: (speakers.size > 0 ? 0.5 : 0) + topicScore * substance * attribution,
      speaker: quote.speaker,
    };
    candidates.push(candidate);
  }
  return rankCandidates(candidates, limit);
}
