import { foldText } from "./foldText.js";
import { isLexiconWord, lemmasOf } from "./lexicon.js";

/** Superlatives that are no "-est" form of their adjective. */
const IRREGULAR = new Set(["best", "worst", "most", "least", "top"]);

/**
 * Is this word a superlative ("biggest", "largest", "greatest", "best")? An "-est" word whose lemma is another word
 * ("big", "large") or that is a word plus "-est" or "-st" ("great", "late"). Loose on purpose ("modest" passes): it
 * only ever matters next to an ordinal ("second biggest"), where a word like "modest" does not occur.
 */
export function isSuperlative(word: string): boolean {
  const folded = foldText(word);
  if (IRREGULAR.has(folded)) return true;
  if (!/^[a-z]{2,}est$/.test(folded)) return false;
  return (
    lemmasOf(folded).some((lemma) => lemma !== folded) ||
    isLexiconWord(folded.slice(0, -3)) ||
    isLexiconWord(folded.slice(0, -2))
  );
}
