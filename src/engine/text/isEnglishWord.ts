import { foldText } from "./foldText.js";
import { isLexiconWord } from "./lexicon.js";
import { FUNCTION_WORDS, QUESTION_FILLER, STOP_WORDS } from "./stopWords.js";

/**
 * Is this word English, as opposed to a typo or a name? True for function
 * words, question words and every WordNet lemma or inflection of one that
 * WordNet writes in lower case ("spies", "born"; not "Bonn"). A word that is
 * English is never fuzzy-corrected.
 */
export function isEnglishWord(word: string): boolean {
  const folded = foldText(word).replace(/'s$|'$/, "");
  if (STOP_WORDS.has(folded) || QUESTION_FILLER.has(folded) || FUNCTION_WORDS.has(folded))
    return true;
  return (
    /^[a-z][a-z-]*$/.test(folded) &&
    (isLexiconWord(folded) ||
      folded.split("-").every((part) => part.length > 0 && isLexiconWord(part)))
  );
}
