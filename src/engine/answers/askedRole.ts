import { ROLE_HEADS } from "../entities/lexicon.js";
import { foldText } from "../text/foldText.js";
import { termsOf } from "../text/processTerm.js";
import { roleTerms } from "./conceptCoverage.js";

const ROLE_QUESTION =
  /^\s*(?:who|which\s+person)\s+(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\??\s*$/i;

/**
 * The role a "Who is the …?" question asks for ("Greek sports minister", "mayor of Fort
 * Lauderdale"), as index terms, when its words before any "of/for/at" end in a role word.
 */
export function askedRole(query: string): string[] | undefined {
  const phrase = ROLE_QUESTION.exec(query)?.[1];
  if (!phrase) return undefined;
  const head = phrase.split(/\s+(?:of|for|at|in|to)\s+/i)[0] ?? "";
  const last = foldText(head).split(/\s+/).at(-1) ?? "";
  if (!ROLE_HEADS.has(last.replace(/'s$/, ""))) return undefined;
  const terms = termsOf(phrase);
  return terms.length > 0 ? terms : undefined;
}

/** Share (0..1) of the asked role's terms that a role phrase (as the text gives it) holds. */
export function roleMatch(asked: readonly string[], roles: readonly string[]): number {
  return asked.filter((t) => roles.some((role) => roleTerms(role).has(t))).length / asked.length;
}
