import { DATE_SPECIFICITY, OTHER_CLAUSE_FLOOR } from "../dates/dateWeights.js";
import { defineRules } from "../rules/defineRules.js";
import type { ScoringRow } from "./scoreCandidate.js";

/**
 * Weights and thresholds of the answer stage, in one place.
 *
 * Every candidate answer starts from its sentence's relevance (`rankSentences`: the weighted
 * share of the question's words the sentence holds, plus a little for its paragraph and
 * article) and is then moved by the rows of its question type's scoring table below.
 * `--explain` prints which rows moved each candidate and by how much.
 */

/** Share (0..1) of the question's weighted words a sentence must hold before anything in it may answer. */
export const MIN_COVERAGE = 0.5;

/** A sentence holding less of the question than MIN_COVERAGE may still answer when it holds at least this share and, with its paragraph and article, MIN_SUPPORT. */
export const MIN_ANCHOR = 0.25;
export const MIN_SUPPORT = 0.55;

/** Share of the question's words that are not names (what it asks about) that the answering sentence's paragraph must hold. */
export const MIN_PREDICATE = 0.2;

/** Where and when: share of the question's non-name words the answering sentence itself must hold (the date or place sits in the clause that states the event). */
export const MIN_STATED = 0.25;

/** Candidates are looked for in this many of the best-matching sentences. */
export const RETRIEVED_SENTENCES = 40;

/** A role phrase that states this share of the question ("Trump's special envoy to Ukraine") makes its holder an answer even in a sentence that covers little else. */
export const MIN_ROLE_COVERAGE = 0.6;

/** Only the best this-many sentences are checked for a quotation whose speaker may answer "who". */
export const QUOTE_SENTENCES = 10;

/**
 * The sources "don't say" when the best candidate scores below this. A score is relevance
 * (about 0.5–1.4) times the factors of its table, so these are read against a sentence that
 * holds the whole question (≈1).
 */
export const MIN_ANSWER_SCORE = {
  who: 0.3,
  where: 0.3,
  when: 0.3,
  amount: 0.3,
  sentence: 0,
} as const;

/** Merging: each further paragraph that gives the same answer adds this, up to SUPPORT_CAP. */
export const SUPPORT_BONUS = 0.05;
export const SUPPORT_CAP = 0.15;

/** "who" candidates. */
export const WHO_ROWS: readonly ScoringRow[] = defineRules<ScoringRow>("who-score", [
  {
    id: "eligible",
    feature: "eligible",
    kind: "require",
    min: 1,
    reason: "the sentence covers the question, or the person's own role states it",
  },
  {
    id: "typed-person",
    feature: "typed",
    kind: "require",
    min: 1,
    reason:
      "who answers with a person (or a body, when the question asks which company, party or body)",
  },
  {
    id: "source",
    feature: "source",
    kind: "table",
    values: { mention: 1, "quote-speaker": 0.9, pronoun: 0.8, neighbour: 0.75 },
    otherwise: 1,
    reason:
      "a name in the matching sentence is surer than one reached through a quotation, a pronoun or the next sentence",
  },
  {
    id: "near",
    feature: "near",
    kind: "scale",
    floor: 0.55,
    reason: "the name (with its title) right next to the question's words is who did it",
  },
  {
    id: "possessive",
    feature: "possessive",
    kind: "factor",
    factor: 0.6,
    reason: '"Putin\'s envoy": the owner is not the one the sentence is about',
  },
  {
    id: "silent-speaker",
    feature: "silentWhenAsked",
    kind: "factor",
    factor: 0.85,
    reason: '"who said …" favours the person the sentence has speaking',
  },
  {
    id: "speech-quote",
    feature: "speakerAsked",
    kind: "factor",
    factor: 1.22,
    reason: '"who said …" is answered by the speaker of the matching quotation',
  },
  {
    id: "aside",
    feature: "aside",
    kind: "factor",
    factor: 0.6,
    reason: 'a name inside ", who …," holding none of the question\'s words is not who did it',
  },
  {
    id: "subject",
    feature: "subject",
    kind: "factor",
    factor: 1.1,
    reason: "the subject of the matching sentence does what it says",
  },
  {
    id: "role-held",
    feature: "roleHeld",
    kind: "scale",
    floor: 0.3,
    reason: '"Who is the sports minister?": someone the text never calls that does not answer',
  },
  {
    id: "qualifier-clash",
    feature: "qualifierClash",
    kind: "factor",
    factor: 0.4,
    reason: '"former/deputy/shadow …" is not the office the question names, and the reverse',
  },
  {
    id: "role-states-question",
    feature: "roleCoverage",
    kind: "bonus",
    weight: 1.2,
    power: 2,
    reason: "a role that states the whole question outweighs a busy sentence",
  },
]);

/** How specific a place is: a venue or city says more than a country. */
export const PLACE_SPECIFICITY = {
  venue: 1,
  city: 0.92,
  unknown: 0.8,
  region: 0.75,
  country: 0.7,
} as const;

/** "where" candidates. */
export const WHERE_ROWS: readonly ScoringRow[] = defineRules<ScoringRow>("where-score", [
  {
    id: "eligible",
    feature: "eligible",
    kind: "require",
    min: 1,
    reason: "the sentence, with the names of its paragraph and article, covers the question",
  },
  {
    id: "typed-place",
    feature: "typed",
    kind: "require",
    min: 1,
    reason: "where answers with a place",
  },
  {
    id: "stated-here",
    feature: "stated",
    kind: "require",
    min: MIN_STATED,
    reason:
      'a place answers only in a sentence that says what happened there ("born", "live", "sentenced")',
  },
  {
    id: "source",
    feature: "source",
    kind: "table",
    values: { dateline: 0.8 },
    otherwise: 1,
    reason:
      "a story's dateline is where it was filed: worth a place named in the matching sentence at middling distance (its near factor is about 0.8)",
  },
  {
    id: "specificity",
    feature: "specificity",
    kind: "table",
    values: PLACE_SPECIFICITY,
    otherwise: 0.8,
    reason: "a venue or city says more than a country",
  },
  {
    id: "near",
    feature: "near",
    kind: "scale",
    floor: 0.4,
    reason: "the place next to the question's words is where it happened",
  },
  {
    id: "locative",
    feature: "locative",
    kind: "table",
    values: { located: 1, acts: 0.6, bare: 0.8 },
    otherwise: 0.8,
    reason: '"in Jeddah" is where; "Moscow held talks" is a government named by its capital',
  },
  {
    id: "refines",
    feature: "refines",
    kind: "factor",
    factor: 1.1,
    reason: "a city in the country the question names refines it",
  },
  {
    id: "clause-barrier",
    feature: "barrier",
    kind: "factor",
    factor: 0.6,
    reason: "a relative clause between the place and the question's words is about something else",
  },
  {
    id: "possessive",
    feature: "possessive",
    kind: "factor",
    factor: 0.7,
    reason: '"Moscow\'s position" is an owner, not a location',
  },
  {
    id: "venue-body",
    feature: "venueBody",
    kind: "factor",
    factor: 0.8,
    reason:
      "a body after at/in ('at the Wilshire Country Club') is a venue, less surely than a named place",
  },
  {
    id: "owns-asked",
    feature: "ownsAsked",
    kind: "factor",
    factor: 1.3,
    reason:
      '"Belfast\'s Lyric Theatre": the place that owns the name the question asks about is where it is',
  },
  {
    id: "aside",
    feature: "aside",
    kind: "factor",
    factor: 0.6,
    reason:
      'a place inside ", who also edits a newspaper in northern Iran," holding none of the question\'s words is not where it happened',
  },
]);

/** "when" candidates. */
export const WHEN_ROWS: readonly ScoringRow[] = defineRules<ScoringRow>("when-score", [
  {
    id: "eligible",
    feature: "eligible",
    kind: "require",
    min: 1,
    reason: "the sentence covers the question",
  },
  {
    id: "stated-here",
    feature: "stated",
    kind: "require",
    min: MIN_STATED,
    reason: "a date answers only in a sentence that says what happened then",
  },
  {
    id: "specificity",
    feature: "dateKind",
    kind: "table",
    values: DATE_SPECIFICITY,
    otherwise: 0.8,
    reason: 'a full date says more than a year or "last week" (dates/dateWeights.ts)',
  },
  {
    id: "own-clause",
    feature: "ownClause",
    kind: "scale",
    floor: OTHER_CLAUSE_FLOOR,
    reason:
      '"began 50 years ago but opened at its present site in 1968": a date answers for the clause holding the question\'s words',
  },
  {
    id: "near",
    feature: "near",
    kind: "scale",
    floor: 0.3,
    reason: "a date far from the question's words usually belongs to another clause",
  },
  {
    id: "clause-barrier",
    feature: "barrier",
    kind: "factor",
    factor: 0.6,
    reason:
      '"…with Ukraine, which Russia invaded in 2022" dates the invasion, not the matching clause',
  },
]);

/** "how much / how many" candidates. */
export const AMOUNT_ROWS: readonly ScoringRow[] = defineRules<ScoringRow>("amount-score", [
  {
    id: "eligible",
    feature: "eligible",
    kind: "require",
    min: 1,
    reason: "the sentence covers the question",
  },
  {
    id: "counts-asked",
    feature: "countsAsked",
    kind: "factor",
    factor: 1.5,
    reason: '"how many jobs": an amount that counts the asked-for thing beats other numbers',
  },
  {
    id: "near",
    feature: "near",
    kind: "scale",
    floor: 0.6,
    reason: "the number next to the question's words answers it",
  },
]);

/** Best-sentence answers (ask with no specialised route). */
export const SENTENCE_ROWS: readonly ScoringRow[] = defineRules<ScoringRow>("sentence-score", [
  {
    id: "eligible",
    feature: "eligible",
    kind: "require",
    min: 1,
    reason: "the sentence covers the question",
  },
]);
