// The character classes the word scanners (splitWords.ts, tokenizeSentence.ts) test, by code point, with the
// answers for the Basic Multilingual Plane kept in a table: a regular expression's match objects for every word of a
// large corpus were most of the cost of reading it. Each class is defined by the regular expression it stands for.

/** `[\p{L}\p{N}]`: a letter or a digit. */
export const LETTER_OR_DIGIT = 1;
/** `\p{L}`: a letter. */
export const LETTER = 2;
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 4;
/** `\s`: white space as JavaScript's regular expressions read it. */
export const SPACE = 8;
const KNOWN = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_SPACE = /^\s$/u;

/** The classes of each BMP code unit, filled on first use (0: not read yet). */
const table = new Uint8Array(0x10000);

function classify(char: string): number {
  let classes = KNOWN;
  if (IS_LETTER.test(char)) classes |= LETTER | LETTER_OR_DIGIT;
  else if (IS_DIGIT.test(char)) classes |= LETTER_OR_DIGIT;
  if (IS_UPPER.test(char)) classes |= UPPER;
  if (IS_SPACE.test(char)) classes |= SPACE;
  return classes;
}

/** The classes of a code point (a lone surrogate is a code point of its own, in none of them). */
export function classesOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  let classes = table[codePoint]!;
  if (classes === 0) {
    // A lone surrogate is in no class; String.fromCharCode keeps it lone, as the regular expressions see it.
    classes = classify(String.fromCharCode(codePoint));
    table[codePoint] = classes;
  }
  return classes;
}
