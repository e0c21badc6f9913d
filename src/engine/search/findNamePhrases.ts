import { foldText } from "../text/foldText.js";
import type { Entity } from "../types.js";

/** Words that open a question in capitals without naming anything. */
const QUESTION_OPENERS =
  /^(?:who|whom|whose|where|when|what|which|why|how|did|does|do|is|was|are|were|will|has|have|in|on|at)$/i;

/**
 * Multi-word names in the question that are not entities of the corpus ("U.S. Open", "World
 * Series", "Cotton Bowl"): runs of two or more capitalised words, folded. A sentence answers
 * only when its article contains each whole phrase, so an article about the Pensacola Open
 * does not answer a question about the U.S. Open though "Open" matches.
 */
export function findNamePhrases(query: string, entities: readonly Entity[]): string[] {
  const names = new Set(entities.flatMap((e) => e.variants.map((v) => foldText(v))));
  const phrases: string[] = [];
  // A possessive ends a name: "the Glazers' American football team" holds no name "Glazers American".
  for (const run of query.matchAll(/(?:\p{Lu}[\p{L}.&-]*\s+)+\p{Lu}[\p{L}.&-]*(?![\p{L}'’])/gu)) {
    const words = run[0].split(/\s+/);
    while (words.length > 0 && QUESTION_OPENERS.test(words[0]!)) words.shift();
    if (words.length < 2) continue;
    const phrase = foldText(words.join(" ")).replace(/[.'’]+$/u, "");
    if (![...names].some((n) => n.includes(phrase) || phrase.includes(n))) phrases.push(phrase);
  }
  return phrases;
}
