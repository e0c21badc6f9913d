import { defineRules, type Rule } from "../rules/defineRules.js";

/** Where a query word's alternative index term comes from, and what a match through it is worth. */
export interface MatchSource extends Rule {
  /** Share of the concept's weight a match through this source earns: 1 for the word itself, less for a looser link. */
  readonly worth: number;
}

/**
 * The ways a query word can match an index term, loosest last. A concept
 * keeps, for each alternative, the best worth and the id of the row that gave it.
 */
export const MATCH_SOURCES = defineRules("matching", [
  { id: "exact", worth: 1, reason: "the query word's own index term (folded, Porter-stemmed)" },
  {
    id: "news-synonym",
    worth: 0.8,
    reason: "hand-kept groups of words news writing uses interchangeably (synonyms.ts)",
  },
  {
    id: "lemma",
    worth: 0.8,
    reason:
      "another inflection of the same lemma, by WordNet's morphology and exception lists: died/die/dying, born/bear, spies/spy",
  },
  {
    id: "derivation",
    worth: 0.6,
    reason:
      "a derivationally related word in its frequent senses (WordNet '+' pointers, or a row in relatedRows.ts): die/death, speak/speech, pay/payment, chair/chairman",
  },
  {
    id: "wordnet-synonym",
    worth: 0.4,
    reason:
      "a WordNet synonym whose shared sense is the usual sense of one word and an attested first sense of the other (salary/pay/wage); loosest, since the query word may be meant in another sense (leading/star)",
  },
  {
    id: "fuzzy-1",
    worth: 0.8,
    reason:
      "a corpus term one edit away from a word that is neither in the corpus nor English (a typo)",
  },
  {
    id: "fuzzy-2",
    worth: 0.6,
    reason:
      "a corpus term two edits away from a long word that is neither in the corpus nor English",
  },
  {
    id: "prefix",
    worth: 0.7,
    reason:
      "a corpus term that starts with a word that is neither in the corpus nor English (a truncated word)",
  },
] as const satisfies readonly MatchSource[]);

/** Match source ids. */
export type MatchSourceId = (typeof MATCH_SOURCES)[number]["id"];

/** What a match through this source is worth. */
export function worthOf(id: MatchSourceId): number {
  return MATCH_SOURCES.find((row) => row.id === id)!.worth;
}
