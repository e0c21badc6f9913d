/**
 * Cardinal and ordinal number words. A question that gives one ("the third prize", "his
 * second term") asks about that one: the answer's paragraph must say it.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth
  once twice`
    .split(/\s+/)
    .filter(Boolean),
);
