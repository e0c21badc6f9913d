import { defineRules, type Rule } from "../rules/defineRules.js";
import type { Dateline } from "./findDateline.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** A heading line that stands right before a paragraph, with the line rule that made it a heading. */
export interface HeadingLine {
  text: string;
  rule: string;
}

/** How the text after a subhead relates to the story so far, by capitalised words (names). */
export interface NameShift {
  /** Distinct capitalised words (folded) in the subhead's window. */
  names: number;
  /** How many of those already occur in the story so far. */
  shared: number;
}

/** What the story rules see at one paragraph (never the first of the file: that always opens story 0). */
export interface StoryContext {
  /** Heading lines between the previous paragraph and this one, in order. */
  readonly headings: readonly HeadingLine[];
  /** The dateline this paragraph opens with, if any. */
  readonly dateline?: Dateline;
  /** The names test for the text after the headings; computed only when a row asks. */
  readonly shift: () => NameShift;
}

/** One row of the story table: when `match` holds, a new story starts at the paragraph. */
export interface StoryRule extends Rule {
  readonly match: (context: StoryContext) => boolean;
}

/** The id given to the story every article opens with. */
export const OPENING_STORY = "opening";

// A question subhead ("Why in Saudi Arabia?") divides an explainer into sections; it never heads a new story.
const headlineLines = (c: StoryContext) =>
  c.headings.some((h) => h.rule === "question-heading") ? [] : c.headings;

/** The story table, in order: the first matching row starts a story and names it. */
export const STORY_RULES = defineRules<StoryRule>("story", [
  {
    id: "dateline-starts-story",
    reason:
      "a paragraph that opens with a dateline (Austin, Texas --; LONDON (Reuters) -) starts a story",
    match: (c) => c.dateline !== undefined,
  },
  {
    id: "stacked-headline",
    reason:
      "two heading lines in a row are a kicker and its headline (The Congress / turmoil in the House)",
    match: (c) => headlineLines(c).length >= 2,
  },
  {
    id: "kicker-headline",
    reason:
      "a heading written 'Section: headline' is a magazine story head (Crime: 'skyjacked', Congress: more muscle)",
    match: (c) =>
      headlineLines(c).some((h) =>
        /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,2}:\s+\S/u.test(h.text),
      ),
  },
  {
    id: "topic-shift-subhead",
    reason:
      "a subhead after which the text names people and places the story so far never mentioned starts another story",
    match: (c) => {
      if (headlineLines(c).length !== 1) return false;
      const { names, shared } = c.shift();
      return names >= T.storyShiftMinNames && shared <= names * T.storyShiftMaxShared;
    },
  },
]);
