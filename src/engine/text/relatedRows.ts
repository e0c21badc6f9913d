import { defineRules, type Rule } from "../rules/defineRules.js";

/** A link between words that WordNet's derivation pointers miss, matched like a derivation. */
export interface RelatedRow extends Rule {
  /** Lower-case words (lemmas or forms) that match one another. */
  readonly words: readonly string[];
}

/**
 * General English links the generated WordNet tables lack. Each row says why
 * WordNet does not give it; keep this short, the lexicon does the bulk.
 */
export const RELATED_ROWS = defineRules("related-words", [
  {
    id: "born-birth",
    words: ["born", "birth", "birthplace"],
    reason:
      "WordNet reaches birth from bear only through another member of bear's second sense, so 'Where was X born?' would miss 'X's birth in'",
  },
] as const satisfies readonly RelatedRow[]);

const table = new Map<string, Set<string>>();
for (const row of RELATED_ROWS) {
  for (const word of row.words) {
    const set = table.get(word) ?? new Set<string>();
    for (const other of row.words) if (other !== word) set.add(other);
    table.set(word, set);
  }
}

/** Words a row links to `word` (itself excluded). */
export function relatedByRow(word: string): ReadonlySet<string> {
  return table.get(word) ?? new Set();
}
