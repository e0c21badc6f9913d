import { classesOf, LETTER, LETTER_OR_DIGIT, UPPER } from "./charClasses.js";

// The pieces of the word patterns of splitWords.ts and tokenizeSentence.ts, as scans of character codes: each
// returns where its pattern, matched greedily from `i`, ends. A `u`-flag pattern reads a surrogate pair as one
// character, so the scans step by code point.

const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** Where a run of code points in `classes` starting at `i` ends (`i` when there is none). */
export function scanRun(text: string, i: number, classes: number): number {
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    if ((classesOf(codePoint) & classes) === 0) break;
    i += width(codePoint);
  }
  return i;
}

/** `(?:\p{Lu}\.){2,}` from `i`: where a dotted acronym ("U.S.") ends, or -1 when none starts there. */
export function scanAcronym(text: string, i: number): number {
  let repeats = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const next = i + width(codePoint);
    if ((classesOf(codePoint) & UPPER) === 0 || text.charCodeAt(next) !== 0x2e) break;
    i = next + 1;
    repeats++;
  }
  return repeats >= 2 ? i : -1;
}

/** Does a code point of `classes` start at `i`? */
export function startsWith(text: string, i: number, classes: number): boolean {
  return i < text.length && (classesOf(text.codePointAt(i)!) & classes) !== 0;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * `[\p{L}\p{N}]+(?:['’][\p{L}]+)*` from `i` (splitWords' word; `i` starts a letter or digit): letters and digits,
 * with inner apostrophes followed by letters ("Russia's").
 */
export function scanWord(text: string, i: number): number {
  let end = scanRun(text, i, LETTER_OR_DIGIT);
  for (;;) {
    const code = text.charCodeAt(end);
    if ((code !== APOSTROPHE && code !== RIGHT_QUOTE) || !startsWith(text, end + 1, LETTER)) break;
    end = scanRun(text, end + 1, LETTER);
  }
  return end;
}

/**
 * `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?` from `i` (tokenizeSentence's word; `i` starts a letter or digit):
 * letters and digits joined by hyphens and apostrophes, and a closing apostrophe ("Witkoffs'").
 */
export function scanToken(text: string, i: number): number {
  let end = scanRun(text, i, LETTER_OR_DIGIT);
  for (;;) {
    const code = text.charCodeAt(end);
    if (
      (code !== HYPHEN && code !== APOSTROPHE && code !== RIGHT_QUOTE) ||
      !startsWith(text, end + 1, LETTER_OR_DIGIT)
    )
      break;
    end = scanRun(text, end + 1, LETTER_OR_DIGIT);
  }
  const code = text.charCodeAt(end);
  return code === APOSTROPHE || code === RIGHT_QUOTE ? end + 1 : end;
}
