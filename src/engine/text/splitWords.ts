/** A word of source or query text with its offsets. */
export interface WordToken {
  /** The word as written, except dotted acronyms lose their dots (`U.S.` -> `US`). */
  text: string;
  start: number;
  end: number;
}

// Letters/digits, with inner apostrophes (Russia's) and dotted acronyms (U.S.).
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** Split text into words, keeping offsets so a match can be found in the original. */
export function splitWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    words.push({
      text: raw.includes(".") ? raw.replace(/\./g, "") : raw,
      start,
      end: start + raw.length,
    });
  }
  return words;
}
