import { defineRules, type Rule } from "../rules/defineRules.js";

/** A row of the coreference table: how one kind of reference finds the person it means. */
export interface CorefRule extends Rule {
  /** What the row links. */
  links: "surname" | "honorific" | "title" | "pronoun" | "spelling";
}

/**
 * The coreference table. Each decision that links a mention to a person
 * carries the id of the row that made it (`rule` on the resolution), so
 * `--explain` can show why a bare "Blair" or a "he" became Tony Blair.
 */
export const COREF_RULES = defineRules<CorefRule>("coref", [
  {
    id: "honorific-surname",
    links: "honorific",
    reason:
      "'Mr Blair', 'Lord Goldsmith', 'Mr. Houtz' is the full-named person of that surname in the same article",
  },
  {
    id: "surname-same-article",
    links: "surname",
    reason:
      "a bare surname is the namesake named in full in its own article before any namesake elsewhere",
  },
  {
    id: "surname-only-namesake",
    links: "surname",
    reason:
      "a bare surname with no namesake in its article is the corpus's one full-named person of that surname",
  },
  {
    id: "surname-ambiguous",
    links: "surname",
    reason:
      "several full-named namesakes elsewhere and none in the article: the surname stays its own person (Mayor Wagner is not Donald C. Wagner)",
  },
  {
    id: "first-name-conflict",
    links: "spelling",
    reason:
      "two full names with one surname and incompatible first names or initials are two people (Robert F. Wagner, Donald C. Wagner)",
  },
  {
    id: "first-name-spelling",
    links: "spelling",
    reason:
      "one first-name letter apart, same surname, same article: one person spelled two ways (Damien/Damian Smith)",
  },
  {
    id: "title-as-name",
    links: "title",
    reason: "'the Crown Prince', 'the chancellor' is the one person the sources give that title",
  },
  {
    id: "pronoun-subject",
    links: "pronoun",
    reason:
      "he/she as a subject is the last person named as a subject before it, in the same story",
  },
  {
    id: "pronoun-gender",
    links: "pronoun",
    reason: "he skips a woman and she a man when an honorific or a first name gives their gender",
  },
]);
