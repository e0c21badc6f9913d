const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g;
const DOUBLE_QUOTE_MARKS = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Fold text for matching: lower case, accents removed, curly quotes made
 * straight, dashes made `-`, runs of whitespace collapsed. Not for display.
 */
export function foldText(text: string): string {
  if (isFolded(text)) return text;
  // Words repeat endlessly (names, titles): remember the short ones.
  if (text.length <= 40) {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const folded = fold(text);
    if (cache.size >= 20_000) cache.clear();
    cache.set(text, folded);
    return folded;
  }
  return fold(text);
}

const cache = new Map<string, string>();

/**
 * Text that folding leaves as it is: printable ASCII without capitals, backticks or spaces, as most words of a
 * corpus are. Checking the characters is cheaper than looking the word up in the cache.
 */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code > 0x7e || (code >= 0x41 && code <= 0x5a) || code === 0x60)
      return false;
  }
  return true;
}
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** foldText without its cache: for folding many strings once (word lists), which would only flush the cache. */
export function foldTextOnce(text: string): string {
  return fold(text);
}

/**
 * Printable ASCII that folding only lower-cases: no backtick, no space at either end, no two spaces in a row (in
 * printable ASCII the only whitespace is the space). Most names and words of a corpus are: one pass over the codes
 * spares them three regular-expression replacements and a trim, a share of a first build.
 */
function isPlainAscii(text: string): boolean {
  let previous = 0x20;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x60 || (code === 0x20 && previous === 0x20))
      return false;
    previous = code;
  }
  return previous !== 0x20;
}

function fold(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  if (ASCII_ONLY.test(text))
    return text.replace(/[`]/g, "'").toLowerCase().replace(/\s+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(QUOTE_MARKS, "'")
    .replace(DOUBLE_QUOTE_MARKS, '"')
    .replace(DASHES, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
