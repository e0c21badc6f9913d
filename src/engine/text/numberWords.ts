/** Ordinal words, in order from "first". */
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "twentieth",
  "hundredth",
] as const;

/**
 * Cardinal and ordinal number words. A question that gives one ("the third prize", "his
 * second term") asks about that one: the answer's paragraph must say it.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
  once twice`
    .split(/\s+/)
    .filter(Boolean),
  ...ORDINALS,
]);

/** Ordinals that rank below the first ("second", "3rd"): "the second biggest shareholder" is not the biggest. */
export const LOWER_ORDINALS: ReadonlySet<string> = new Set([
  ...ORDINALS.slice(1, 10),
  ..."2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split(" "),
]);

const ORDINAL_WORDS: ReadonlySet<string> = new Set(ORDINALS);

/** Is this word an ordinal ("third", "13th", "61st")? */
export function isOrdinal(word: string): boolean {
  return ORDINAL_WORDS.has(word.toLowerCase()) || /^\d+(?:st|nd|rd|th)$/i.test(word);
}
