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

const WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * Capitalised words that are not sentence openers, folded: a cheap stand-in
 * for the names a passage is about. A capital after a full stop that ends a
 * lower-case word, after ! or ?, or after an opening quotation mark starts a
 * sentence and does not count; one after "Mr." or "Ill." does.
 */
function nameWords(text: string, into: Set<string>): void {
  let previous = "";
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const gap = text.slice(previousEnd, match.index);
    const opensSentence = previous === "" || /[!?:;“"‘(]/.test(gap) || (/\.\S*\s*$/.test(previous + gap) && /^[\p{Ll}\d]/u.test(previous));
    previous = word;
    previousEnd = match.index + word.length;
    if (opensSentence || !/^\p{Lu}/u.test(word)) continue;
    const folded = word.toLowerCase().replace(/(?:['’]s|[.'’-])+$/u, "");
    if (folded.length < 2 || STOP_WORDS.has(folded) || FUNCTION_WORDS.has(folded) || MONTHS.has(folded) || WEEKDAYS.has(folded)) continue;
    // "the Beardens" and "Leon Bearden" are one name to this test.
    into.add(folded.length > 3 ? folded.replace(/s$/, "") : folded);
  }
}

/** "The Congress" and "turmoil in the House" are one headline: "The Congress: turmoil in the House". Question subheads head no story. */
function headlineOf(headings: readonly HeadingLine[]): string | undefined {
  if (headings.length === 0 || headings.some((h) => h.rule === "question-heading")) return undefined;
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
  let names = new Set<string>();
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
          for (const next of paragraphs.slice(position, position + T.storyShiftWindow)) if (!next.comment) nameWords(next.text, window);
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
      const text = dateline && !dateline.strip ? paragraph.text.slice(dateline.length) : paragraph.text;
      const story: Story = {
        label: labelStory({ ...(headline ? { headline } : {}), ...(dateline ? { place: dateline.place } : {}), text }),
        first: position + 1,
        rule,
      };
      if (headline) story.headline = headline;
      if (dateline) story.dateline = dateline.place;
      stories.push(story);
      names = new Set();
    }
    storyOf.push(stories.length - 1);
    if (!paragraph.comment) nameWords(paragraph.text, names);
  });
  return { stories, storyOf };
}
