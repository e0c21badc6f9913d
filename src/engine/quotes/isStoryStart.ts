/**
 * A dateline opening a paragraph ("Austin, Texas --", "Washington --",
 * "Elburn, Ill. --"): a wire file bundles several stories, and a new dateline
 * starts a new one. Every word of the place is capitalised and it is short,
 * so a sentence broken by a dash ("On the third occasion --") is not one.
 * A local check until paragraphs carry their story.
 */
const DATELINE = /^\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s+(?:--|—|–)\s/u;

/** True when a paragraph starts a new story of its file. */
export function isStoryStart(text: string): boolean {
  return DATELINE.test(text);
}
