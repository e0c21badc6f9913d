import { foldText } from "../text/foldText.js";
import { termsOf } from "../text/processTerm.js";
import { planQuery, type QueryPlan } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { SentenceInfo } from "../analysis/types.js";
import type { Answer, Entity } from "../types.js";
import { paragraphIndexOf } from "../analysis/analyzeCorpus.js";
import { MAX_ENTITY_CITATIONS } from "../entities/buildEntityTable.js";
import { resolvePronoun } from "../entities/resolvePronoun.js";
import { MIN_COVERAGE, type AnswerContext } from "./context.js";
import { proximity } from "./proximity.js";
import { quoteEvidence } from "./answerQuote.js";
import { rankCandidates, type Candidate } from "./rankCandidates.js";

/** Paragraphs read for a profile; a famous name may appear in thousands (the table keeps the first MAX_ENTITY_CITATIONS). */
const PROFILE_PARAGRAPHS = MAX_ENTITY_CITATIONS;
/** Top-ranked sentences checked for a quotation whose speaker may answer. */
const QUOTE_SENTENCES = 10;
const ACTION_QUESTION = /^\s*who\s+(?!is\b|was\b|are\b|were\b|'s\b)\S/i;

/** People whose title (held by them alone) the question uses instead of their name. */
function holdersNamedByTitle(query: string, context: AnswerContext): string[] {
  const words = foldText(query).replace(/[^\p{L}\p{N}'\s-]/gu, " ").split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  for (let length = 4; length >= 2; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const id = context.analysis.entities.titles.get(words.slice(i, i + length).join(" "));
      if (id && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/**
 * Is the name inside an aside (", who was in Saudi Arabia to meet Mohammed bin Salman,") that holds none of the
 * question's words? Then it is not who did what the question asks.
 */
function insideAside(paragraphText: string, sentence: SentenceInfo, at: number, matches: readonly number[]): boolean {
  const text = paragraphText.slice(sentence.start, sentence.end);
  for (const aside of text.matchAll(/,\s+(?:who|which|whose)\b[^,]*,/gi)) {
    const from = sentence.start + aside.index;
    const to = from + aside[0].length;
    if (at >= from && at < to) return !matches.some((offset) => offset >= from && offset < to);
  }
  return false;
}

const SPEECH_QUESTION = /^\s*who\s+(?:said|says|told|stated|claimed|remarked|warned|added|declared|insisted|described|called)\b/i;
const PROFILE = /^\s*(?:who\s+(?:is|was|are|were|'s)\s+)?(.+?)\s*\??\s*$/i;

const roleTermCache = new Map<string, ReadonlySet<string>>();

/** The terms of a role phrase; the same roles come up query after query. */
function roleTerms(text: string): ReadonlySet<string> {
  let terms = roleTermCache.get(text);
  if (!terms) {
    terms = new Set(termsOf(text));
    if (roleTermCache.size > 20_000) roleTermCache.clear();
    roleTermCache.set(text, terms);
  }
  return terms;
}

/** Share of the plan's non-filler concept weight whose terms occur in `text`. */
export function conceptCoverage(plan: QueryPlan, text: string): number {
  const terms = roleTerms(text);
  let covered = 0;
  let total = 0;
  for (const concept of plan.concepts) {
    if (concept.filler) continue;
    total += concept.weight;
    for (const [term, worth] of concept.alternatives) {
      if (terms.has(term)) {
        covered += concept.weight * worth;
        break;
      }
    }
  }
  return total > 0 ? covered / total : 0;
}

/** "Who is Witkoff?" or just "Witkoff": the query is a person's name and nothing else. */
function findProfileTarget(query: string, context: AnswerContext): Entity | undefined {
  const match = PROFILE.exec(query);
  if (!match) return undefined;
  const name = match[1]!.replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/i, "");
  const plan = planQuery(name, context.analysis, context.index);
  const person = plan.entities.find((e) => e.kind === "person");
  if (!person || plan.concepts.some((c) => !c.entity && !c.filler)) return undefined;
  return person;
}

/** The person, each role the text gives them with the sentence that says it, and where else they appear. */
function profileAnswers(person: Entity, context: AnswerContext, limit: number): Answer[] {
  const { analysis } = context;
  const answers: Answer[] = [];
  const seenRoles = new Set<string>();
  const sentencesWithPerson = person.mentions
    .slice(0, PROFILE_PARAGRAPHS)
    .flatMap((c) => analysis.sentencesOf(paragraphIndexOf(analysis, c.article, c.paragraph)))
    .filter((s) => s.mentions.some((m) => m.entity === person.id));
  const withRole = sentencesWithPerson.flatMap((s) => s.mentions.filter((m) => m.entity === person.id && m.role).map((m) => ({ sentence: s, role: m.role! })));
  // The fullest role the sources give often comes first: a role counts every mention it restates.
  const folded = withRole.map((r) => foldText(r.role));
  const support = (role: string) => folded.filter((other) => foldText(role).includes(other)).length;
  const words = (role: string) => role.split(/\s+/).length;
  withRole.sort((a, b) => support(b.role) + words(b.role) - support(a.role) - words(a.role) || b.role.length - a.role.length);
  for (const { sentence, role } of withRole) {
    const key = foldText(role);
    if (seenRoles.has(key)) continue;
    seenRoles.add(key);
    const others = person.mentions.filter((c) => !(c.article === sentence.article && c.paragraph === sentence.paragraph));
    answers.push({
      answer: person.name,
      evidence: sentence.text,
      citations: [{ article: sentence.article, paragraph: sentence.paragraph }, ...others].slice(0, 5),
      score: Math.round((1 - answers.length * 0.05) * 1000) / 1000,
      role,
      variants: person.variants.filter((v) => v !== person.name),
    });
    if (answers.length >= limit) break;
  }
  if (answers.length === 0) {
    const first = sentencesWithPerson[0];
    if (first) {
      answers.push({
        answer: person.name,
        evidence: first.text,
        citations: person.mentions.slice(0, 5),
        score: 0.8,
        variants: person.variants.filter((v) => v !== person.name),
      });
    }
  }
  return answers;
}

/**
 * Answer "who": either a profile ("Who is Witkoff?": the person, their roles
 * as stated and where they appear) or the person who did something or holds
 * a role ("leads the Ukrainian delegation", "Kremlin spokesperson"). People
 * named in the question are not answers to it.
 */
export function answerWho(query: string, context: AnswerContext, limit: number): Answer[] {
  const target = findProfileTarget(query, context);
  if (target) return profileAnswers(target, context, limit);
  const plan = planQuery(query, context.analysis, context.index);
  const excluded = new Set(plan.entities.map((e) => e.id));
  // "Who will meet the Crown Prince?": a title in an action question names its holder, who is not the answer.
  if (ACTION_QUESTION.test(query)) for (const id of holdersNamedByTitle(query, context)) excluded.add(id);
  const ranked = rankSentences(plan, context.analysis, context.index, 40);
  const candidates: Candidate[] = [];
  const asksSpeaker = SPEECH_QUESTION.test(query);
  ranked.forEach((item, rank) => {
    const paragraphText = context.analysis.paragraphs[item.sentence.paragraphIndex]!.text;
    // Words inside a quotation were said by its speaker, who may be named a sentence later.
    const quotes = rank < QUOTE_SENTENCES && /[“”"]/.test(paragraphText) ? context.analysis.quotesOf(item.sentence.paragraphIndex) : [];
    for (const quote of quotes) {
      if (!quote.speakerEntity || excluded.has(quote.speakerEntity) || !quote.sentences.some((s) => s.id === item.sentence.id)) continue;
      const entity = context.analysis.entities.byId.get(quote.speakerEntity);
      if (!entity || entity.kind !== "person" || item.coverage < MIN_COVERAGE) continue;
      const candidate: Candidate = {
        key: entity.id,
        answer: entity.name,
        evidence: quoteEvidence(quote, context),
        citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
        score: item.score * (asksSpeaker ? 1.1 : 0.9),
      };
      if (entity.roles[0]) candidate.role = entity.roles[0];
      candidates.push(candidate);
    }
    for (const mention of item.sentence.mentions) {
      if (mention.kind !== "person" || !mention.entity || excluded.has(mention.entity)) continue;
      const roleCoverage = mention.role ? conceptCoverage(plan, mention.role) : 0;
      if (item.coverage < MIN_COVERAGE && roleCoverage < 0.6) continue;
      const entity = context.analysis.entities.byId.get(mention.entity);
      if (!entity) continue;
      // A title belongs to its name: "led by Zelenskyj's chief of staff Andrij Jermak" is right next to "led".
      const roleStart = mention.role ? paragraphText.lastIndexOf(mention.role, mention.start) : -1;
      const start = roleStart >= 0 && mention.start - (roleStart + mention.role!.length) <= 3 ? roleStart : mention.start;
      const near = proximity(start, mention.end, item.matches);
      // A role that states the whole question ("Trump's special envoy to Ukraine") outweighs a busy sentence.
      const speaks = asksSpeaker && !mention.speaks ? 0.85 : 1;
      const aside = insideAside(paragraphText, item.sentence, mention.start, item.matches) ? 0.6 : 1;
      const score = item.score * (0.55 + 0.45 * near) * (mention.possessive ? 0.6 : 1) * speaks * aside + 1.2 * roleCoverage ** 2;
      const candidate: Candidate = {
        key: entity.id,
        answer: entity.name,
        evidence: item.sentence.text,
        citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
        score,
      };
      const role = mention.role ?? entity.roles[0];
      if (role) candidate.role = role;
      if (entity.variants.length > 1) candidate.variants = entity.variants.filter((v) => v !== entity.name);
      candidates.push(candidate);
    }
    // "…he has threatened to tighten sanctions": the person is the one named just before the pronoun.
    if (item.coverage >= MIN_COVERAGE && !item.sentence.mentions.some((m) => m.kind === "person" && m.entity && !excluded.has(m.entity))) {
      const person = resolvePronoun(item.sentence, context.analysis)?.entity;
      if (person && !excluded.has(person.id)) {
        const candidate: Candidate = {
          key: person.id,
          answer: person.name,
          evidence: item.sentence.text,
          citation: { article: item.sentence.article, paragraph: item.sentence.paragraph },
          score: item.score * 0.8,
        };
        if (person.roles[0]) candidate.role = person.roles[0];
        candidates.push(candidate);
      }
    }
  });
  return rankCandidates(candidates, limit);
}
