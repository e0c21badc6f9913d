import { foldText } from "../text/foldText.js";

/**
 * A spelling-tolerant key for one name word, so transliterations of one
 * person meet (Jermak/Yermak, Umjerov/Umerov, Zelenskyj/Zelenskiy/Zelenskyy,
 * Sergey/Sergei) while different names stay apart (Waltz/Walz): j becomes y,
 * a y gliding into a vowel after a consonant goes, doubled letters collapse,
 * and a final run of i/y becomes y. No edit distance: that merges Waltz and Walz.
 */
export function nameKey(word: string): string {
  // Names repeat endlessly (a build keys every mention's surname and first name): remember them, as foldText does.
  if (word.length > 40) return keyOf(word);
  let key = keys.get(word);
  if (key === undefined) {
    key = keyOf(word);
    if (keys.size >= 20_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

const keys = new Map<string, string>();

function keyOf(word: string): string {
  return foldText(word)
    .replace(/['’.\s-]/g, "")
    .replace(/j/g, "y")
    .replace(/([^aeiouy])y(?=[aeiou])/g, "$1")
    .replace(/(.)\1+/g, "$1")
    .replace(/[iy]+$/, "y");
}

/** True when two first names can be the same person: same key, or one a short form of the other (Steve/Steven). */
export function firstNamesCompatible(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  const [shorter, longer] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return shorter.length >= 3 && longer.startsWith(shorter.replace(/y$/, ""));
}
