/**
 * The tunable numbers of date finding and of ranking dates as answers, in one
 * place. Lexical facts (month names, a day is 1–31) live in the patterns; what
 * is here is a judgement that could be tuned.
 */

/**
 * What shape of expression a date mention is. The kind decides how specific
 * the mention is as a when-answer and whether it needs the article's date to
 * be read.
 */
export const DATE_KINDS = [
  /** Day, month and year: "March 17, 2004", "5 May 2004", "2004-05-05", "April 2 this year". */
  "full-date",
  /** A weekday with its date, one expression: "Saturday, Oct. 21", "Tuesday 3 May". */
  "weekday-date",
  /** Day and month without a year: "17 March", "Oct. 21", "the 17th of March". */
  "day-month",
  /** Month and year: "September 2003", "August of 1960", "May last year". */
  "month-year",
  /** A month alone, with the context that makes it a month: "in December", "last November", "mid-May". */
  "month",
  /** A clock time: "1:48 p.m.", "9.30am", "at noon". */
  "time",
  /** A span between two dates: "from 1859 to 1891", "1998-2000", "between May and July", "June 3 and 4". */
  "range",
  /** A holiday, fixed or movable: "Christmas Day", "at Easter", "Good Friday", "Election Day". */
  "holiday",
  /** A weekday alone: "on Tuesday", "last Wednesday", "Friday night". Needs the article's date to be a day. */
  "weekday",
  /** A day relative to the article: "yesterday", "today", "last night", "two days ago". */
  "relative-day",
  /** A week relative to the article: "this week", "next week", "over the weekend". */
  "relative-week",
  /** A month relative to the article: "last month", "earlier this month", "three months ago". */
  "relative-month",
  /** A year relative to the article: "last year", "50 years ago", "last season", "in recent years". */
  "relative-year",
  /** A year: "in 1927", "since 2003", "1927's", "early 2004". */
  "year",
  /** A season: "last summer", "the autumn", "the summer of 1960". */
  "season",
  /** A decade: "the 1960s", "the mid-70s", "the sixties". */
  "decade",
  /** A century: "the 19th century", "the twentieth century". */
  "century",
] as const;

/** One of {@link DATE_KINDS}. */
export type DateKind = (typeof DATE_KINDS)[number];

/**
 * How precisely each kind pins a time, in (0, 1]: a when-answer's score is
 * multiplied by it, so among equally well-placed dates the more specific one
 * wins ("last November" over "last year", "18 March" over "March"). 1 is a
 * day with its year; a decade or century is barely an answer to "when".
 * Relative kinds rank a little below their absolute counterpart because they
 * depend on a date the reader may not have.
 */
export const DATE_SPECIFICITY: Readonly<Record<DateKind, number>> = {
  "full-date": 1,
  "weekday-date": 1,
  "day-month": 0.98,
  range: 0.97,
  "month-year": 0.96,
  time: 0.95,
  month: 0.92,
  weekday: 0.9,
  holiday: 0.9,
  "relative-day": 0.88,
  year: 0.88,
  "relative-week": 0.82,
  "relative-month": 0.82,
  season: 0.8,
  "relative-year": 0.72,
  decade: 0.7,
  century: 0.6,
};

/**
 * The coarse precision of each kind, the older field of {@link DateMention}
 * (`day`, `month`, `year`, `range`, `weekday`, `relative`), kept so that
 * callers that only need "is this a day?" need not know every kind.
 */
export const DATE_PRECISION = {
  "full-date": "day",
  "weekday-date": "day",
  "day-month": "day",
  time: "day",
  "month-year": "month",
  month: "month",
  season: "month",
  range: "range",
  weekday: "weekday",
  holiday: "day",
  "relative-day": "relative",
  "relative-week": "relative",
  "relative-month": "relative",
  "relative-year": "relative",
  year: "year",
  decade: "year",
  century: "year",
} as const satisfies Record<DateKind, string>;

/** The coarse precision names, see {@link DATE_PRECISION}. */
export type DatePrecision = (typeof DATE_PRECISION)[DateKind];

/**
 * Which four-digit numbers can be years. A year with a date context ("in 1066",
 * "May 1588") may be as early as `earliest`; a four-digit number standing
 * alone is read as a year only from `earliestBare` on, because older-looking
 * bare numbers in news are counts, codes and house numbers far more often.
 * Nothing after `latest` is read as a year.
 */
export const YEAR_BOUNDS = { earliest: 1000, earliestBare: 1800, latest: 2099 } as const;

/**
 * The factor, in [0, 1], a when-answer keeps when none of the question's
 * words in its sentence lie in its own coordinated clause ("The museum began
 * 40 years ago but its doors opened … in 1971" for "when did it open"); it
 * rises linearly to 1 when all of them do. See `clauseShare`.
 */
export const OTHER_CLAUSE_FLOOR = 0.5;
