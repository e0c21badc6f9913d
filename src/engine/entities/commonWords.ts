import { COMMON_WORDS } from "./generated/entityData.js";

let words: Set<string> | undefined;

/** True for the commonest English words (SCOWL 10 and 20), lower case: with the corpus's own lower-case words, what is not a name by itself. */
export function isCommonEnglishWord(folded: string): boolean {
  words ??= new Set(COMMON_WORDS.split(" "));
  return words.has(folded);
}
