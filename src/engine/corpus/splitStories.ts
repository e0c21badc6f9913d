import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from "../entities/lexicon.js";
import { STOP_WORDS } from "../text/stopWords.js";
import type { Story } from "../types.js";
import type { Dateline } from "./findDateline.js";
import { labelStory } from "./labelStory.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";
import { OPENING_STORY, STORY_RULES, type HeadingLine, type StoryContext } from "./storyRules.js";

/** What splitting needs to know about one kept paragraph. */
export interface StoryInput {
  text: string;
  /** Heading lines between the previous paragraph and this one. */
  headings: readonly HeadingLine[];
  dateline?: Dateline;
  /** A reader comment: never starts a story, never feeds the names test. */
  comment?: boolean;
}

/** The stories of an article and the story index of each paragraph. */
export interface StorySplit {
  stories: Story[];
  /** Story index of each paragraph, in paragraph order. */
  storyOf: number[];
}

const CAPITALISED = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’.-]*/gu;
const OPENERS = new Set(["!", "?", ":", ";", "“", '"', "‘", "("]);

/**
 * Capitalised words that are not sentence openers, folded: a cheap stand-in
 * for the names a passage is about. A capital at the start, after ! or ?,
 * after an opening quotation mark, or after a full stop that ends a
 * lower-case word or a number starts a sentence and does not count; one after
 * "Mr." or "Ill." does.
 */
function nameWords(text: string, into: Set<string>): void {
  for (const match of text.matchAll(CAPITALISED)) {
    let i = match.index - 1;
    while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
    if (i < 0) continue;
    let mark = text[i]!;
    if (
      (mark === "”" || mark === "’" || mark === '"' || mark === "'") &&
      i > 0 &&
      /[.!?]/.test(text[i - 1]!)
    )
      continue;
    if (OPENERS.has(mark)) continue;
    if (mark === ".") {
      mark = text[text.lastIndexOf(" ", i) + 1]!;
      if (/[\p{Ll}\p{N}]/u.test(mark)) continue;
    }
    const folded = match[0].toLowerCase().replace(/(?:['’]s|[.'’-])+$/u, "");
    if (
      folded.length < 2 ||
      STOP_WORDS.has(folded) ||
      FUNCTION_WORDS.has(folded) ||
      MONTHS.has(folded) ||
      WEEKDAYS.has(folded)
    )
      continue;
    // "the Beardens" and "Leon Bearden" are one name to this test.
    into.add(folded.length > 3 ? folded.replace(/s$/, "") : folded);
  }
}

/** "The Congress" and "turmoil in the House" are one headline: "The Congress: turmoil in the House". Question subheads head no story. */
function headlineOf(headings: readonly HeadingLine[]): string | undefined {
  if (headings.length === 0 || headings.some((h) => h.rule === "question-heading"))
    return undefined;
  return headings.map((h) => h.text).join(": ");
}

/**
 * Split an article's paragraphs into stories with the story table. Story 0
 * opens the article and is labelled `openingLabel` when given (a title);
 * every later story starts at a paragraph where a row of the table fires.
 */
export function splitStories(paragraphs: readonly StoryInput[], openingLabel?: string): StorySplit {
  const stories: Story[] = [];
  const storyOf: number[] = [];
  // Names of the story so far, read lazily up to `scanned`: only a subhead asks, and most files have none.
  let names = new Set<string>();
  let scanned = 0;
  paragraphs.forEach((paragraph, position) => {
    let rule: string | undefined;
    if (position === 0) rule = OPENING_STORY;
    else if (!paragraph.comment) {
      const context: StoryContext = {
        headings: paragraph.headings,
        ...(paragraph.dateline ? { dateline: paragraph.dateline } : {}),
        shift: () => {
          const window = new Set<string>();
          for (const heading of paragraph.headings) nameWords(heading.text, window);
          for (const next of paragraphs.slice(position, position + T.storyShiftWindow))
            if (!next.comment) nameWords(next.text, window);
          for (; scanned < position; scanned++)
            if (!paragraphs[scanned]!.comment) nameWords(paragraphs[scanned]!.text, names);
          let shared = 0;
          for (const name of window) if (names.has(name)) shared++;
          return { names: window.size, shared };
        },
      };
      rule = STORY_RULES.find((row) => row.match(context))?.id;
    }
    if (rule) {
      // The opening story is headed by the article's title only: a subhead above the first paragraph is a section.
      const headline = position === 0 ? openingLabel : headlineOf(paragraph.headings);
      const dateline = paragraph.dateline;
      const text =
        dateline && !dateline.strip ? paragraph.text.slice(dateline.length) : paragraph.text;
      const story: Story = {
        label: labelStory({
          ...(headline ? { headline } : {}),
          ...(dateline ? { place: dateline.place } : {}),
          text,
        }),
        first: position + 1,
        rule,
      };
      if (headline) story.headline = headline;
      if (dateline) story.dateline = dateline.place;
      stories.push(story);
      names = new Set();
      scanned = position;
    }
    storyOf.push(stories.length - 1);
  });
  return { stories, storyOf };
}
