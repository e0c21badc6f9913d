import type { SentenceInfo } from "../analysis/types.js";

/**
 * Is the name inside an aside (", who was in Saudi Arabia to meet …,", ", who also edits a newspaper in
 * northern Iran,") that holds none of the question's words? Then it is not who did, or where happened, what the question asks.
 */
export function insideAside(
  sentence: SentenceInfo,
  paragraphText: string,
  at: number,
  matches: readonly number[],
): boolean {
  const text = paragraphText.slice(sentence.start, sentence.end);
  for (const aside of text.matchAll(/,\s+(?:who|which|whose)\b[^,]*,/gi)) {
    const from = sentence.start + aside.index;
    const to = from + aside[0].length;
    if (at >= from && at < to) return !matches.some((offset) => offset >= from && offset < to);
  }
  return false;
}
