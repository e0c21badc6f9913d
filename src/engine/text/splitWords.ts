import { classesOf, LETTER_OR_DIGIT } from "./charClasses.js";
import { scanAcronym, scanWord } from "./scanWords.js";

/** A word of source or query text with its offsets. */
export interface WordToken {
  /** The word as written, except dotted acronyms lose their dots (`U.S.` -> `US`). */
  text: string;
  start: number;
  end: number;
}

/**
 * Split text into words, keeping offsets so a match can be found in the original: letters and digits with inner
 * apostrophes (Russia's), and dotted acronyms (U.S.); the words of `/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*\/gu`,
 * read by a scan of character codes (scanWords.ts) rather than a regular expression's match objects.
 */
export function splitWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    const acronym = scanAcronym(text, i);
    if (acronym >= 0) {
      words.push({ text: text.slice(i, acronym).replace(/\./g, ""), start: i, end: acronym });
      i = acronym;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    if ((classesOf(codePoint) & LETTER_OR_DIGIT) === 0) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const end = scanWord(text, i);
    words.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return words;
}
