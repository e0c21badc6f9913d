import { sameStory } from "../corpus/sameStory.js";
import type { Paragraph } from "../types.js";

/**
 * True when a paragraph opens a new story of its file (corpus/splitStories: a dateline such as
 * "Austin, Texas --" or a headline): a wire file bundles several stories, and no speaker,
 * antecedent or topic reaches back across one.
 */
export function isStoryStart(paragraph: Paragraph, previous: Paragraph | undefined): boolean {
  return (
    previous !== undefined &&
    previous.article === paragraph.article &&
    !sameStory(paragraph, previous)
  );
}
