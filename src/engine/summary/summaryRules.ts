import { defineRules, type Rule } from "../rules/defineRules.js";
import { SUMMARY_LIMITS } from "./summaryWeights.js";

/** A bullet text under judgement, with the paragraph it comes from. */
export interface BulletText {
  /** The text as it would be pinned: a verbatim slice of the paragraph. */
  text: string;
  /** The whole paragraph, for rules that need what surrounds the text. */
  paragraph: string;
}

/**
 * One row of the summary's sentence table: a test on a bullet text and what it does when it fires, "exclude" (the
 * text is never a bullet) or a factor on its worth.
 */
export interface SentenceRule extends Rule {
  readonly test: (bullet: BulletText) => boolean;
  readonly effect: "exclude" | number;
}

export const QUOTE_OPEN = /^[“"‘']/;
/** A speech verb next to a closing quotation mark, or a pronoun speaker: the quotation names who said it. */
export const ATTRIBUTED =
  /[”"’'],?\s+(?:[\p{L}.'’-]+\s+){0,8}?(?:said|says|told|added|stated|remarked|wrote|noted|warned|insisted|argued|explained|declared|announced)\b|\b(?:said|says|told|added|stated)\s*[:,]?\s*[“"]/u;
/**
 * Words that point back to something an earlier sentence named, at the start of the sentence or of its first
 * clause ("Though this may…", "By force, he took…"). An "it" that anticipates its clause ("It is thought that…",
 * "It was announced…") points back to nothing.
 */
export const BACK_REFERENCE =
  /^[“"‘']?(?:(?:though|although|while|because|since|if|as|when|after|before)\s+|[^,;:]{1,40},\s+)?(?:he|she|they|him|her|his|hers|them|their|it(?!\s+(?:is|was|has been|had been|will be|would be|remains|seemed|seems)\s+(?:thought|believed|understood|expected|reported|said|likely|unlikely|unclear|not clear|possible|hoped|feared|estimated|announced|known|clear|too early|now|also))|its|this|that|these|those|such)\b/i;
/** Words that join the sentence to one before it. */
export const CONNECTIVE =
  /^[“"‘']?(?:but|and|or|so|also|however|meanwhile|still|yet|then|instead|moreover|furthermore|nevertheless|separately|likewise|thus|hence|otherwise|besides|too)\b/i;
const BOILERPLATE =
  /\b(?:read more|click here|subscribe|sign up|newsletter|follow us|all rights reserved|copyright|share this|comments? below|your comments|send us your|e-?mail us)\b/i;

const count = (text: string, mark: RegExp) => (text.match(mark) ?? []).length;
/** Every opened quotation closed: a sentence cut inside a quotation is not a clean bullet. */
export const balanced = (text: string) =>
  count(text, /“/g) === count(text, /”/g) && count(text, /"/g) % 2 === 0;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sentence table: the first "exclude" row that fires drops the text; every factor row that fires scales its worth. */
export const SENTENCE_RULES = defineRules<SentenceRule>("summary-sentence", [
  {
    id: "too-short",
    test: (b) => words(b.text) < SUMMARY_LIMITS.minWords,
    effect: "exclude",
    reason: "a few words are a caption, a heading or a fragment, not a fact",
  },
  {
    id: "too-long",
    test: (b) => b.text.length > SUMMARY_LIMITS.bulletChars,
    effect: "exclude",
    reason: "a sentence longer than a bullet is a paragraph; a shorter one states its fact better",
  },
  {
    id: "question",
    test: (b) => /\?[”"’']?$/.test(b.text.trim()),
    effect: "exclude",
    reason: "a question states no fact",
  },
  {
    id: "no-full-stop",
    test: (b) => !/[.!][”"’')]*$/.test(b.text.trim()),
    effect: "exclude",
    reason: "text that does not end a sentence is a headline, a list item or a cut-off fragment",
  },
  {
    id: "lower-case-start",
    test: (b) => /^[“"‘']?\p{Ll}/u.test(b.text),
    effect: "exclude",
    reason:
      "a sentence starting in lower case is a fragment or a widget line, not a clean sentence",
  },
  {
    id: "unbalanced-quote",
    test: (b) => !balanced(b.text),
    effect: "exclude",
    reason: "a quotation cut by the sentence split leaves the reader without its end or its start",
  },
  {
    id: "unattributed-quote",
    test: (b) => QUOTE_OPEN.test(b.text) && !ATTRIBUTED.test(b.text),
    effect: "exclude",
    reason:
      "a quotation read alone, with no 'she said' in the bullet, leaves the reader without a speaker",
  },
  {
    id: "back-reference",
    test: (b) => BACK_REFERENCE.test(b.text),
    effect: "exclude",
    reason: "'he', 'this' or 'they' at the start points to an antecedent the bullet does not hold",
  },
  {
    id: "connective",
    test: (b) => CONNECTIVE.test(b.text),
    effect: "exclude",
    reason: "'But' or 'Meanwhile' at the start answers a sentence the bullet does not hold",
  },
  {
    id: "boilerplate",
    test: (b) => BOILERPLATE.test(b.text),
    effect: "exclude",
    reason: "web furniture (read more, subscribe, comments) is not reporting",
  },
  {
    id: "first-person",
    test: (b) => !QUOTE_OPEN.test(b.text) && /^(?:I|We|My|Our)\b/.test(b.text),
    effect: "exclude",
    reason:
      "a first-person sentence outside a quotation is a reader's or writer's voice, not a reported fact",
  },
  {
    id: "quotation",
    test: (b) => QUOTE_OPEN.test(b.text),
    effect: 0.7,
    reason:
      "a quotation tells who said what, but a reported statement of the fact reads better as a bullet",
  },
  {
    id: "inner-quotation",
    test: (b) => !QUOTE_OPEN.test(b.text) && /[“"][^”"]{60,}[”"]/.test(b.text),
    effect: 0.85,
    reason: "a long quotation inside a sentence is opinion more than fact",
  },
]);

/** A row of the clause table: a verbatim opening the bullet may drop so that the rest stands alone. */
export interface ClauseRule extends Rule {
  /** Matches the opening to drop; what follows it must start a sentence (an upper-case letter). */
  readonly opening: RegExp;
}

/** Openings that tie a sentence to the one before it without changing its fact: dropped, the clause stands alone. */
export const CLAUSE_RULES = defineRules<ClauseRule>("summary-clause", [
  {
    id: "discourse-marker",
    opening:
      /^(?:Meanwhile|However|Separately|Still|Elsewhere|In addition|Additionally|Moreover|Furthermore|Also|Now|Earlier|Later|Nevertheless|Instead|Indeed|In turn),\s+(?=\p{Lu})/u,
    reason:
      "a discourse marker and its comma link to the previous sentence; the clause after it states the fact alone",
  },
  {
    id: "conjunction",
    opening: /^(?:But|And|Yet|So)\s+(?=\p{Lu})/u,
    reason:
      "a leading conjunction before a capitalised subject ('But Moscow…') only contrasts with the sentence before",
  },
]);
