import { defineRules, type Rule } from "../rules/defineRules.js";

/**
 * One way newspapers open a story with the place it was filed from. The
 * pattern matches at the start of a paragraph; group `city` is the first
 * place name, group `region` the state or country after it when there is one.
 */
export interface DatelineRule extends Rule {
  readonly pattern: RegExp;
  /**
   * Remove the dateline from the paragraph text. An all-caps dateline is
   * furniture that confuses name reading; a mixed-case one ("Austin, Texas --")
   * reads as the place of the sentence and stays, so where-answers can cite it.
   */
  readonly strip: boolean;
}

const CAPS = String.raw`\p{Lu}[\p{Lu}.'’-]*`;
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PLACE = String.raw`(?<city>${WORD}(?:\s+${WORD}){0,3})(?:,\s*(?<region>${WORD}(?:\s+${WORD}){0,2}))?`;
const DATE = String.raw`(?:,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?`;
const AGENCY = String.raw`\s*\(\p{Lu}[\p{L}.&' ]{0,20}\)`;
// The story itself starts with a capital, a digit or a quotation mark: "Smith -- who" is an aside, not a dateline.
const STORY_START = String.raw`(?=[\p{Lu}\p{N}“"‘'])`;

/** The dateline table, tried in order at the start of each paragraph. */
export const DATELINE_RULES = defineRules<DatelineRule>("dateline", [
  {
    id: "caps-dateline",
    reason: "wire style in capitals: RIYADH —, KYIV, Ukraine (Reuters) -, WASHINGTON, March 3 —",
    pattern: new RegExp(
      String.raw`^(?<city>${CAPS}(?:\s+${CAPS}){0,3})(?:,\s*[\p{L}\d .]{1,30}?)?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--|\s-)\s+${STORY_START}`,
      "u",
    ),
    strip: true,
  },
  {
    id: "agency-dateline",
    reason:
      "place plus agency in brackets, even with a single hyphen: London (Reuters) -, Topeka, Kan. (AP) --",
    pattern: new RegExp(String.raw`^${PLACE}${DATE}${AGENCY}\s*(?:--|—|–|-)\s*${STORY_START}`, "u"),
    strip: false,
  },
  {
    id: "place-dash-dateline",
    reason:
      "newspaper style: a place, optionally its state and a date, then a double or long dash: Austin, Texas --, Elburn, Ill. --",
    pattern: new RegExp(String.raw`^${PLACE}${DATE}\s*(?:--|—|–)\s*${STORY_START}`, "u"),
    strip: false,
  },
]);

/** Words that may open a place name although the title list has them (St. Louis, Saint Paul). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "st",
  "saint",
  "ste",
  "fort",
  "port",
  "mount",
]);
