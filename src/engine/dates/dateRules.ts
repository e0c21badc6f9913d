import { defineRules, type Rule } from "../rules/defineRules.js";
import {
  AMOUNT_FOLLOWS,
  AMOUNT_PRECEDES,
  anyOf,
  COUNT,
  DAY,
  DAY_MONTH,
  DAY_MONTH_YEAR,
  MONTH,
  MONTH_AMBIGUOUS,
  MONTH_DAY,
  MONTH_DAY_YEAR,
  MONTH_FULL,
  MONTH_PLAIN,
  MONTH_YEAR,
  NAME_WORD_FOLLOWS,
  PART_OF_DAY,
  PLURAL_FOLLOWS,
  POSSESSIVE_FOLLOWS,
  RANGE_POINT,
  RELATIVE_LEAD,
  RELATIVE_YEAR,
  SEASON,
  VERB_FOLLOWS,
  WEEKDAY,
  YEAR,
} from "./datePatterns.js";
import type { DateKind } from "./dateWeights.js";

/**
 * One way of writing a date. The whole match of `pattern` is the mention's
 * text; context that decides the reading but is not part of the answer ("in"
 * of "in 1927") is tested on the text around the match.
 */
export interface DateRule extends Rule {
  /** What the expression is, see `DATE_KINDS`. */
  readonly kind: DateKind;
  /** The expression itself (global). */
  readonly pattern: RegExp;
  /** The text just before the match must end like this (anchored with `$`), or the row does not fire. */
  readonly requiredBefore?: RegExp;
  /** The row does not fire when the text just before the match ends like this (anchored with `$`). */
  readonly forbiddenBefore?: RegExp;
  /** The row does not fire when the text just after the match starts like this (anchored with `^`). */
  readonly forbiddenAfter?: RegExp;
  /** A cheap test the whole text must pass before `pattern` is tried: only a speed-up, it must never change what the row finds. */
  readonly cue?: RegExp;
  /** The four-digit numbers in the match have no date context that vouches for an early year, so they must be at least `YEAR_BOUNDS.earliestBare`. */
  readonly modernYearsOnly?: boolean;
}

// Every row starts at a word boundary: "blast week" holds no "last week".
const global = (source: string) => new RegExp(`\\b(?:${source})`, "g");
const endsWith = (...sources: string[]) => new RegExp(`(?:${sources.join("|")})$`);
const startsWith = (...sources: string[]) => new RegExp(sources.map((s) => `(?:${s})`).join("|"));

/** Prepositions after which a bare ambiguous month is a month even when a verb follows ("in May voters…"). */
const MONTH_PREPOSITION = `\\b${anyOf(["in", "during", "throughout", "until", "till", "through", "early", "late", "mid", "the end of", "the start of", "the beginning of", "the middle of", "the rest of", "the first half of", "the second half of"])}\\s+`;
/** Prepositions that also take people ("since May took office", "by May"): a month only when no verb follows. */
const MONTH_WEAK_PREPOSITION = `\\b${anyOf(["since", "by", "before", "after", "from", "starting", "beginning", "as of"])}\\s+`;
/** Prepositions that make a four-digit number a year even when it is early ("in 1066"). */
const YEAR_PREPOSITION = `\\b${anyOf(["in", "since", "until", "till", "from", "during", "before", "after", "around", "circa", "through", "throughout", "as early as", "as late as", "as of"])}\\s+`;
const SEASON_PREPOSITION = `\\b${anyOf(["in", "during", "by", "until", "till", "since", "over", "through", "throughout", "before", "after", "for"])}\\s+`;
const TIME_PREPOSITION = `\\b${anyOf(["at", "by", "until", "till", "before", "after", "from", "around", "about", "since"])}\\s+`;
const STRONG_MONTH_LEAD = `(?:${anyOf(["last", "next", "this", "early", "late", "earlier this", "later this"])}\\s+|${anyOf(["mid"])}[-\\s])`;
const CLOCK_SUFFIX = "(?:[ap]\\.m\\.|[ap]m\\b|[AP]M\\b)";
const TIME_ZONE = "(?:GMT|BST|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET)\\b";
const RANGE_JOIN = "(?:\\s+(?:to|and|until|till|through)\\s+|\\s*[-–]\\s*)";
/** The second day of a range: after the joining dash, which DAY's own guard would refuse ("April 16-22"). */
const RANGE_END_DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d)";

// Cues: most sentences lack most of these, and one test per sentence is cheaper than a scan per row.
const HAS_DIGIT = /\d/;
const HAS_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const HAS_UNIT = /(?:day|week|fortnight|month|year|season|decade)/;
const HAS_SEASON = /(?:spring|summer|autumn|winter|fall)/i;
const HAS_DECADE = /\d0['’]?s|ties\b|century/;
const HAS_PART_OF_DAY = /(?:day|night|morning|afternoon|evening|tomorrow|tonight)/i;
const HAS_HOLIDAY =
  /(?:Day|Eve|Friday|Wednesday|Sunday|Monday|Tuesday|Christmas|Easter|Thanksgiving|Hanukkah|Diwali|Ramadan|Passover|Hogmanay|Halloween|New\s+Year)/;

/** Holidays that take "Day" or "Eve". */
const HOLIDAY_DAY =
  "Christmas|New\\s+Year['’]s|Boxing|Valentine['’]s|St\\.?\\s+(?:Patrick|Andrew|George|David)['’]s|Independence|Labou?r|Memorial|Veterans['’]?|Armistice|Remembrance|May|Australia|Bastille|Thanksgiving|Election|Inauguration|Polling|Budget";
/** Holidays named alone ("at Christmas"). */
const HOLIDAY =
  "Christmas|Easter|Thanksgiving|Hanukkah|Diwali|Ramadan|Passover|Hogmanay|Halloween|New\\s+Year";

/** Relative spans, one row per unit so each gets its kind. */
const UNITS: readonly (readonly [string, string, DateKind])[] = [
  ["day", "(?:days?)", "relative-day"],
  ["week", "(?:weekends?|weeks?|fortnight)", "relative-week"],
  ["month", "(?:months?)", "relative-month"],
  ["year", "(?:years?|seasons?|decades?)", "relative-year"],
];

/**
 * The date table, most specific first: the matcher takes each row in order and
 * a later row never claims text an earlier row took, so "Saturday, Oct. 21" is
 * one weekday-date and not a weekday plus a day-month.
 */
export const DATE_RULES: readonly DateRule[] = defineRules<DateRule>("date", [
  {
    id: "iso-date",
    cue: HAS_DIGIT,
    kind: "full-date",
    reason: "machine dates in text: 2004-05-05",
    pattern: /\b(?:1\d{3}|20\d{2})-[01]\d-[0-3]\d\b/g,
  },
  {
    id: "numeric-date",
    cue: HAS_DIGIT,
    kind: "full-date",
    reason: "slashed dates with a year: 5/5/2004, 05/05/04",
    pattern: /(?<![\d./])(?:[0-3]?\d)\/(?:[0-3]?\d)\/(?:\d{4}|\d{2})(?![\d/])/g,
  },
  {
    id: "weekday-full-date",
    cue: HAS_WEEKDAY,
    kind: "weekday-date",
    reason: "a weekday with its full date is one expression: Tuesday, March 17, 2004",
    pattern: global(`${WEEKDAY},?\\s+(?:the\\s+)?(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})`),
  },
  {
    id: "weekday-day-month",
    cue: HAS_WEEKDAY,
    kind: "weekday-date",
    reason: "a weekday with its date is one expression: Saturday, Oct. 21; on Tuesday 3 May",
    pattern: global(`${WEEKDAY},?\\s+(?:the\\s+)?(?:${MONTH_DAY}|${DAY_MONTH})`),
  },
  {
    id: "range-from-to",
    cue: /\b(?:[Ff]rom|[Bb]etween)\s/,
    kind: "range",
    reason:
      "a span named by both ends: from 1859 to 1891, between May and July, from Monday to Friday",
    pattern: global(`${anyOf(["from", "between"])}\\s+${RANGE_POINT}${RANGE_JOIN}${RANGE_POINT}`),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS),
  },
  {
    id: "range-days-of-month",
    cue: HAS_MONTH,
    kind: "range",
    reason: "consecutive days of one month: June 3 and 4, June 3-4",
    pattern: global(`${MONTH}\\s+${DAY}${RANGE_JOIN}${RANGE_END_DAY}(?:,?\\s+${YEAR})?`),
  },
  {
    id: "range-days-month",
    cue: HAS_MONTH,
    kind: "range",
    reason: "consecutive days, British order: 3-4 June, 3 and 4 June 2004",
    pattern: global(`${DAY}${RANGE_JOIN}${RANGE_END_DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`),
  },
  {
    id: "month-day-year",
    cue: HAS_MONTH,
    kind: "full-date",
    reason: "American order with year: March 17, 2004; Oct. 21, 1961",
    pattern: global(MONTH_DAY_YEAR),
  },
  {
    id: "day-month-year",
    cue: HAS_MONTH,
    kind: "full-date",
    reason: "British order with year: 5 May 2004, 22nd of February 2005",
    pattern: global(DAY_MONTH_YEAR),
  },
  {
    id: "date-relative-year",
    cue: HAS_MONTH,
    kind: "full-date",
    reason: "a day and month in a year given relatively: April 2 this year, 5 May last year",
    pattern: global(`(?:${MONTH_DAY}|${DAY_MONTH})\\s+${RELATIVE_YEAR}`),
  },
  {
    id: "year-range",
    cue: HAS_DIGIT,
    kind: "range",
    reason: "two years joined: 1998-2000, 1947-49, 2004/05, 1998 to 2000",
    pattern: global(
      `${YEAR}(?:\\s*[-–/]\\s*(?:${YEAR}|\\d{2}(?!\\d))|\\s+(?:to|until|through)\\s+${YEAR})`,
    ),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS),
    modernYearsOnly: true,
  },
  {
    id: "month-span",
    cue: HAS_MONTH,
    kind: "range",
    reason: "two months joined by a dash: July-August 2004",
    pattern: global(`${MONTH_FULL}\\s*[-–]\\s*${MONTH_FULL}(?:\\s+${YEAR})?`),
  },
  {
    id: "month-year",
    cue: HAS_MONTH,
    kind: "month-year",
    reason: "a month in a year: September 2003, August of 1960, late May 2004",
    pattern: global(`(?:${STRONG_MONTH_LEAD})?${MONTH_YEAR}`),
  },
  {
    id: "month-relative-year",
    cue: HAS_MONTH,
    kind: "month-year",
    reason: "a month in a year given relatively: May last year, March of this year",
    pattern: global(`${MONTH_FULL}\\s+${RELATIVE_YEAR}`),
  },
  {
    id: "month-day",
    cue: HAS_MONTH,
    kind: "day-month",
    reason: "American order without year: March 17, Oct. 21, Feb 22, Sept. 3",
    pattern: global(MONTH_DAY),
  },
  {
    id: "day-month",
    cue: HAS_MONTH,
    kind: "day-month",
    reason: "British order without year: 17 March, 5 May, 1 February, the 17th of March",
    pattern: global(DAY_MONTH),
  },
  {
    id: "clock-time",
    cue: HAS_DIGIT,
    kind: "time",
    reason: "a time of day with am/pm: 1:48 p.m., 9.30am, 10 p.m.",
    pattern: global(`(?<![\\d.:£$€])(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?)\\s*${CLOCK_SUFFIX}`),
  },
  {
    id: "clock-time-zone",
    cue: HAS_DIGIT,
    kind: "time",
    reason: "a time with a time zone: 14:30 GMT, 1930 GMT",
    pattern: global(`(?<![\\d.:£$€])(?:(?:[01]?\\d|2[0-3])[:.]?[0-5]\\d)\\s*${TIME_ZONE}`),
  },
  {
    id: "clock-time-at",
    cue: HAS_DIGIT,
    kind: "time",
    reason: "a 24-hour or bare clock time after at/by: at 14:30, by 10:15",
    pattern: global(`(?<![\\d.:])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])`),
    requiredBefore: endsWith(TIME_PREPOSITION),
  },
  {
    id: "oclock",
    cue: /o['’]clock/,
    kind: "time",
    reason: "an o'clock time: 10 o'clock, at six o'clock",
    pattern: global(
      `(?:\\d{1,2}|${anyOf(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])})\\s+o['’]clock\\b`,
    ),
  },
  {
    id: "noon-midnight",
    cue: /noon|midday|midnight/,
    kind: "time",
    reason: "noon and midnight after a preposition: at noon, by midnight",
    pattern: /\b(?:noon|midday|midnight)\b/g,
    requiredBefore: endsWith(TIME_PREPOSITION),
  },
  {
    id: "holiday-day",
    cue: HAS_HOLIDAY,
    kind: "holiday",
    reason:
      "a named day or eve is one date: Christmas Day, New Year's Eve, May Day, Election Day; not 'the Good Friday Agreement'",
    pattern: global(
      `(?:${HOLIDAY_DAY})\\s+(?:Day|Eve)\\b|(?:Good\\s+Friday|Ash\\s+Wednesday|Easter\\s+(?:Sunday|Monday|Day)|Palm\\s+Sunday|Super\\s+Tuesday|Black\\s+Friday|Shrove\\s+Tuesday)\\b`,
    ),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS),
  },
  {
    id: "holiday-lead",
    cue: HAS_HOLIDAY,
    kind: "holiday",
    reason: "last/next/this make a holiday a date: last Christmas, next Easter",
    pattern: global(`${anyOf(["last", "next", "this"])}\\s+(?:${HOLIDAY})\\b`),
  },
  {
    id: "holiday-after-preposition",
    cue: HAS_HOLIDAY,
    kind: "holiday",
    reason:
      "a holiday after at/over/by/since is a date, unless a name goes on: at Christmas, over Easter, in the New Year; not 'Easter Island'",
    pattern: global(`(?:${HOLIDAY})\\b`),
    requiredBefore: endsWith(
      `\\b${anyOf(["at", "over", "before", "after", "since", "by", "until", "till", "for", "during", "around", "in", "on"])}\\s+(?:the\\s+)?`,
    ),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS),
  },
  {
    id: "month-pair",
    cue: HAS_MONTH,
    kind: "month",
    reason:
      "two months joined after a preposition are one answer, and the second needs no context of its own: in July and August",
    pattern: global(`${MONTH_FULL}\\s+(?:and|or)\\s+${MONTH_FULL}`),
    requiredBefore: endsWith(MONTH_PREPOSITION, MONTH_WEAK_PREPOSITION),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS, POSSESSIVE_FOLLOWS),
  },
  {
    id: "month-strong-lead",
    cue: HAS_MONTH,
    kind: "month",
    reason: "last/next/this/early/late/mid make any month word a month: last November, mid-May",
    pattern: global(`${STRONG_MONTH_LEAD}${MONTH_FULL}`),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS),
  },
  {
    id: "month-plain",
    cue: HAS_MONTH,
    kind: "month",
    reason: "a capitalised month that is rarely a name: December, in October",
    pattern: global(MONTH_PLAIN),
  },
  {
    id: "month-after-preposition",
    cue: HAS_MONTH,
    kind: "month",
    reason:
      "an ambiguous month after in/during/until is a month, unless a name goes on: in May, until June",
    pattern: global(MONTH_AMBIGUOUS),
    requiredBefore: endsWith(MONTH_PREPOSITION),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS, POSSESSIVE_FOLLOWS),
  },
  {
    id: "month-after-weak-preposition",
    cue: HAS_MONTH,
    kind: "month",
    reason:
      "an ambiguous month after since/by/after is a month only when no verb follows: by May, not 'since May took office'",
    pattern: global(MONTH_AMBIGUOUS),
    requiredBefore: endsWith(MONTH_WEAK_PREPOSITION),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS, POSSESSIVE_FOLLOWS, VERB_FOLLOWS),
  },
  {
    id: "season-year",
    cue: HAS_SEASON,
    kind: "season",
    reason: "a season with its year: the summer of 1960, spring 2005",
    pattern: global(
      `(?:${anyOf(["the"])}\\s+)?(?:${SEASON}|${anyOf(["fall"])})\\s+(?:of\\s+)?${YEAR}`,
    ),
  },
  {
    id: "season-lead",
    cue: HAS_SEASON,
    kind: "season",
    reason: "last/next/this/early/late make a season a date: last summer, this fall",
    pattern: global(
      `(?:${anyOf(["last", "next", "this", "early", "late"])}\\s+|${anyOf(["mid"])}-?)(?:spring|summer|autumn|winter|fall)\\b`,
    ),
    forbiddenAfter: startsWith("^\\s+(?:in|of)\\b"),
  },
  {
    id: "season-after-preposition",
    cue: HAS_SEASON,
    kind: "season",
    reason: "a season after in/during/by: in the autumn, during winter",
    pattern: global(`(?:the\\s+)?${SEASON}\\b`),
    requiredBefore: endsWith(SEASON_PREPOSITION),
  },
  {
    id: "fall-after-preposition",
    cue: HAS_SEASON,
    kind: "season",
    reason:
      "'the fall' after in/by is the season unless 'of' or 'in' follows (the fall of Rome, a fall in prices)",
    pattern: /\bthe fall\b/g,
    requiredBefore: endsWith(SEASON_PREPOSITION),
    forbiddenAfter: startsWith("^\\s+(?:in|of)\\b"),
  },
  {
    id: "weekday-range",
    cue: HAS_WEEKDAY,
    kind: "range",
    reason: "two weekdays joined are one answer: Tuesday and Wednesday, Monday through Friday",
    pattern: global(`${WEEKDAY}${RANGE_JOIN}${WEEKDAY}`),
  },
  {
    id: "weekday-lead",
    cue: HAS_WEEKDAY,
    kind: "weekday",
    reason:
      "a weekday with last/next/this or a part of the day is a day whatever follows: last Saturday afternoon, next Monday",
    pattern: global(
      `${anyOf(["last", "next", "this", "early", "late"])}\\s+${WEEKDAY}${PART_OF_DAY}?|${WEEKDAY}${PART_OF_DAY}`,
    ),
  },
  {
    id: "weekday",
    cue: HAS_WEEKDAY,
    kind: "weekday",
    reason:
      "a weekday alone, weaker than a date: on Tuesday, Monday's meeting; not the Sunday Times",
    pattern: global(WEEKDAY),
    forbiddenAfter: startsWith(NAME_WORD_FOLLOWS),
  },
  {
    id: "relative-day-word",
    cue: HAS_PART_OF_DAY,
    kind: "relative-day",
    reason: "days named from today: yesterday, today, tomorrow morning, tonight",
    pattern: global(
      `(?:${anyOf(["yesterday", "today", "tomorrow"])}${PART_OF_DAY}?|${anyOf(["tonight"])})\\b`,
    ),
  },
  {
    id: "relative-part-of-day",
    cue: HAS_PART_OF_DAY,
    kind: "relative-day",
    reason: "a part of today or yesterday: last night, this morning",
    pattern: global(`${anyOf(["last", "this"])}\\s+(?:night|morning|afternoon|evening)\\b`),
  },
  {
    id: "relative-next-day",
    cue: HAS_PART_OF_DAY,
    kind: "relative-day",
    reason:
      "a day counted from the story's own time: the next day, the following morning, the day before",
    pattern: global(
      `${anyOf(["the"])}\\s+(?:(?:next|following|previous)\\s+(?:day|morning|afternoon|evening|night)|day\\s+(?:before|after)(?:\\s+(?:yesterday|tomorrow))?)\\b`,
    ),
  },
  {
    id: "story-day",
    kind: "relative-day",
    cue: HAS_PART_OF_DAY,
    reason: "a day named from the story's own time: that day, later that night, the same morning",
    pattern: global(
      `(?:${anyOf(["later that", "earlier that", "that", "the same"])})\\s+(?:day|morning|afternoon|evening|night)\\b(?!-)`,
    ),
  },
  ...UNITS.filter(([name]) => name !== "day").map(([name, , kind]): DateRule => ({
    id: `story-${name}`,
    kind,
    cue: HAS_UNIT,
    reason: `a ${name} named from the story's own time, singular only ("said that weeks of talks" is no date): that ${name}, later that ${name}, the same ${name}`,
    pattern: global(
      `(?:${anyOf(["later that", "earlier that", "that", "the same"])})\\s+${name}\\b(?!-)`,
    ),
  })),
  {
    id: "weekend-over",
    cue: HAS_UNIT,
    kind: "relative-week",
    reason:
      "British and American ways of saying the last or this weekend: over the weekend, at the weekend",
    pattern: global(`${anyOf(["over", "at", "during"])}\\s+the\\s+weekend\\b`),
  },
  // "this day" and "to this day" are not dates; the day forms are the rows above.
  ...UNITS.filter(([name]) => name !== "day").map(([name, unit, kind]): DateRule => ({
    id: `relative-${name}`,
    kind,
    cue: HAS_UNIT,
    reason: `a ${name} placed against the article's date: last ${name}, earlier this ${name}, the end of next ${name}`,
    pattern: global(`${RELATIVE_LEAD}\\s+${unit}\\b`),
  })),
  ...UNITS.map(([name, unit, kind]): DateRule => ({
    id: `${name}s-ago`,
    kind,
    cue: HAS_UNIT,
    reason: `a count of ${name}s from the article or the story: three ${name}s ago, a ${name} later`,
    pattern: global(
      `(?<![\\d.,])${COUNT}\\s+${unit}\\s+(?:ago|earlier|later|before|previously)\\b`,
    ),
  })),
  ...UNITS.map(([name, unit, kind]): DateRule => ({
    id: `recent-${name}s`,
    kind,
    cue: HAS_UNIT,
    reason: `a vague span of ${name}s around the article's date: in recent ${name}s, in the coming ${name}s, over the next few ${name}s`,
    pattern: global(
      `(?:recent|(?:the\\s+)?(?:next|past|last|coming|previous|following)(?:\\s+(?:few|couple of|${COUNT}))?)\\s+${unit}\\b`,
    ),
    requiredBefore: endsWith(`\\b${anyOf(["in", "over", "during", "within"])}\\s+(?:the\\s+)?`),
  })),
  {
    id: "decade",
    cue: HAS_DECADE,
    kind: "decade",
    reason:
      "a decade in figures: the 1960s, the 1960's, the late 1950s, mid-1990s; not the possessive 1960's record",
    pattern: global(
      `${anyOf(["the"])}\\s+(?:(?:early|mid|late)[-\\s]?)?(?:1\\d|20)\\d0['’]?s\\b|(?:${anyOf(["early", "mid", "late"])}[-\\s]?)?(?<![\\d.,])(?:1\\d|20)\\d0s\\b`,
    ),
  },
  {
    id: "decade-short",
    cue: HAS_DECADE,
    kind: "decade",
    reason: "a two-digit decade needs 'the' (not 'in her 70s'): the mid-70s, the '60s",
    pattern: global(`${anyOf(["the"])}\\s+(?:(?:early|mid|late)[-\\s]?)?['’]?[1-9]0['’]?s\\b`),
  },
  {
    id: "decade-words",
    cue: HAS_DECADE,
    kind: "decade",
    reason: "a decade in words needs 'the' (not 'in their sixties'): the sixties, the late fifties",
    pattern: global(
      `${anyOf(["the"])}\\s+(?:(?:early|mid|late)[-\\s]?)?${anyOf(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"])}\\b`,
    ),
  },
  {
    id: "century",
    cue: HAS_DECADE,
    kind: "century",
    reason: "a century: the 19th century, the early twentieth century",
    pattern: global(
      `${anyOf(["the"])}\\s+(?:(?:early|mid|late)[-\\s]?)?(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\\s-]+century\\b`,
    ),
  },
  {
    id: "year-lead",
    cue: HAS_DIGIT,
    kind: "year",
    reason:
      "early/late/mid give a year date context and belong to the answer: early 2004, mid-1960",
    pattern: global(`${anyOf(["early", "late", "mid"])}[-\\s]${YEAR}`),
  },
  {
    id: "year-after-preposition",
    cue: HAS_DIGIT,
    kind: "year",
    reason:
      "a year after in/since/during: in 1927, since 2003, 'the team in 1961 comes down to luck'",
    pattern: global(YEAR),
    requiredBefore: endsWith(YEAR_PREPOSITION),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS),
    modernYearsOnly: true,
  },
  {
    id: "early-year-after-preposition",
    cue: HAS_DIGIT,
    kind: "year",
    reason:
      "an early year needs a preposition and no count noun after it: in 1066, not 'in 1500 cases'",
    pattern: global(YEAR),
    requiredBefore: endsWith(YEAR_PREPOSITION),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS, PLURAL_FOLLOWS),
  },
  {
    id: "year-modifier",
    cue: HAS_DIGIT,
    kind: "year",
    reason:
      "'the' + year + noun names an event of that year: the 1958 Nobel Prize, the 2004 elections",
    pattern: global(YEAR),
    requiredBefore: endsWith(`\\b${anyOf(["the", "a", "its", "his", "her", "their"])}\\s+`),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS),
    modernYearsOnly: true,
  },
  {
    id: "year-standalone",
    cue: HAS_DIGIT,
    kind: "year",
    reason:
      "a four-digit number from 1800 on standing alone as a year: above 1960, 1927's record; not 2000 fans or $1500",
    pattern: global(YEAR),
    forbiddenBefore: endsWith(
      AMOUNT_PRECEDES,
      `\\b${anyOf(["the", "a", "its", "his", "her", "their"])}\\s+`,
    ),
    forbiddenAfter: startsWith(AMOUNT_FOLLOWS, PLURAL_FOLLOWS),
    modernYearsOnly: true,
  },
]);
