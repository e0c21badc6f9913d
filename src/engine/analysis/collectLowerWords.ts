import { foldTextOnce } from "../text/foldText.js";

/** Is text[from, to) made of a-z, apostrophes and hyphens only (`/^[a-z'-]+$/`)? */
function isAsciiWord(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || code === 0x27 || code === 0x2d)) return false;
  }
  return true;
}

/**
 * Every word the corpus writes in lower case, folded: a capitalised word that is also one of these is not a name by
 * itself. `texts` are every paragraph's text, reader comments' too.
 */
export function collectLowerWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) addLowerWords(text, words);
  return words;
}

const LETTER = /\p{L}/u;
const isLetter = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code > 191 && LETTER.test(String.fromCharCode(code)));

/**
 * The lower-case words of one text, by a scan of character codes: a regular
 * expression's match objects for every word of a large corpus are most of the
 * cost. A word starts with a-z after a non-letter; a possessive 's is dropped.
 */
function addLowerWords(text: string, words: Set<string>): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isLetter(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < text.length &&
      (isLetter(text.charCodeAt(j)) ||
        text[j] === "-" ||
        ((text[j] === "'" || text[j] === "’") && isLetter(text.charCodeAt(j + 1))))
    )
      j++;
    if (code >= 97 && code <= 122) {
      // Without a possessive 's (as /['’]s$/ would strip it); the word opens with a letter, so j - 2 is inside it.
      const end =
        text.charCodeAt(j - 1) === 0x73 && (text[j - 2] === "'" || text[j - 2] === "’") ? j - 2 : j;
      const word = text.slice(i, end);
      // Plain ASCII needs no folding; the rest folds uncached (these words would flush foldText's cache).
      words.add(isAsciiWord(text, i, end) ? word : foldTextOnce(word));
    }
    i = j;
  }
}
