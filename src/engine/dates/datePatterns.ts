/**
 * The vocabulary of English date expressions as regular-expression sources,
 * the building blocks of the rows in `dateRules.ts`. Month and weekday names
 * are matched with their capital only: lower-case "may" and "march" are verbs.
 */

/** A word with an optional capital first letter, for context words that may open a sentence: "in" → "[Ii]n". */
export function capitalisable(word: string): string {
  const first = word[0]!;
  return `[${first.toUpperCase()}${first}]${word.slice(1)}`;
}

/** An alternation of context words, each allowed a sentence-initial capital. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map(capitalisable).join("|")})`;
}

/** Months that are rarely anything else when capitalised. */
export const MONTH_PLAIN = "(?:January|February|July|September|October|November|December)(?![a-z])";
/** Months that are also names, verbs or adjectives ("Theresa May", "May I", "March on Washington", "June Carter", "April Jones", "an August body"): they need a date context. */
export const MONTH_AMBIGUOUS = "(?:March|April|May|June|August)(?![a-z])";
/** Any full month name. */
export const MONTH_FULL = `(?:${MONTH_PLAIN}|${MONTH_AMBIGUOUS})`;
/** Abbreviated months, with or without a full stop ("Oct. 21", "Sept. 3", "Feb 22"); they are read only next to a number. */
export const MONTH_ABBREVIATED =
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![a-z]))";
/** Any month, full or abbreviated. */
export const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBREVIATED})`;

/** A weekday name. */
export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])";
/** A part of the day that can follow a weekday or "yesterday": "Friday night". */
export const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))";

/** A day of the month, 1–31, with an optional ordinal suffix; never part of a longer number ("4,000", "3.5"). */
export const DAY = "(?<![\\d.,:/£$€-])(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d)";
/** A four-digit year, 1000–2099 lexically; `YEAR_BOUNDS` narrows it. Never part of a longer number. */
export const YEAR = "(?<![\\d.,:/£$€])(?:1\\d{3}|20\\d{2})(?![\\d%]|[.,:]\\d)";
/** A year given relative to the article: "last year", "this year". */
export const RELATIVE_YEAR = "(?:(?:of\\s+)?(?:last|this|next)\\s+year)";

/** Month then day: "March 17", "Oct. 21", "Feb 22nd". */
export const MONTH_DAY = `${MONTH}\\s+${DAY}`;
/** Day then month: "17 March", "5 May", "the 17th of March" (the "the" is left out). */
export const DAY_MONTH = `${DAY}\\s+(?:of\\s+)?${MONTH}`;
/** Month, day and year: "March 17, 2004". */
export const MONTH_DAY_YEAR = `${MONTH_DAY},?\\s+${YEAR}`;
/** Day, month and year: "5 May 2004", "5th of May, 2004". */
export const DAY_MONTH_YEAR = `${DAY_MONTH},?\\s+${YEAR}`;
/** Month and year: "September 2003", "August of 1960", "Sept. 2003", "December, 1958". */
export const MONTH_YEAR = `${MONTH}(?:,\\s*|\\s+(?:of\\s+)?)${YEAR}`;

/** One end of a range, longest forms first so that "March 17, 2004" is not cut at "March 17". */
export const RANGE_POINT = `(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${MONTH_YEAR}|${MONTH_DAY}|${DAY_MONTH}|${MONTH_FULL}|${YEAR}|${WEEKDAY})`;

/** Counts that measure a span of time: "50 years ago", "a few weeks later", "twenty-five years earlier". */
export const COUNT = `(?:\\d+(?:,\\d{3})*|${anyOf([
  "a",
  "an",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "a hundred",
  "a few",
  "several",
  "some",
  "many",
  "a couple of",
  "half a",
  "half an",
])}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** Words that, before a relative unit, place it against the article's date: "last week", "earlier this month". */
export const RELATIVE_LEAD = `(?:${anyOf([
  "earlier this",
  "later this",
  "early this",
  "late this",
  "early last",
  "late last",
  "early next",
  "late next",
  "last",
  "next",
  "this",
  "past",
  "coming",
  "the previous",
  "the following",
  "the past",
  "the coming",
])}|(?:${anyOf(["the end", "the start", "the beginning", "the middle", "the turn", "end", "start"])} of (?:last|next|this|the)))`;

/** A season name, lower case as English writes it (a capital only to open a sentence). */
export const SEASON = anyOf(["spring", "summer", "autumn", "winter"]);

/**
 * After a weekday or an ambiguous month: a capitalised word that continues a
 * name ("the Sunday Times", "the late June Carter"). A capitalised function
 * word, honorific or title opens a new clause instead ("on Monday Mr Blair…").
 */
export const NAME_WORD_FOLLOWS = `^\\s+(?!(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|The|A|An|In|On|At|It|He|She|They|We|I|But|And|President|Prime|Premier|Gov|Sen|Rep)\\b)(?!${MONTH_FULL}|${WEEKDAY})[A-Z][a-z]`;

/** After an ambiguous month: a possessive is a person far more often ("after May's speech"). */
export const POSSESSIVE_FOLLOWS = "^['’]s\\b";

/**
 * After an ambiguous month read only from a weak preposition ("since", "by",
 * "after"): a lower-case word that is not a function word is the verb of a
 * person ("since May took office", "after May resigned"). Allowed: punctuation,
 * numbers and function words ("by May the council…", "since May last year").
 */
export const VERB_FOLLOWS =
  "^\\s+(?!(?:the|a|an|and|or|but|nor|of|in|on|at|by|for|to|from|with|when|while|after|before|until|till|since|as|that|this|last|next|each|every|alone|only|too|also|again|then|so|if|because|where|which|who|he|she|it|they|we|i|you|there|his|her|its|their|our)\\b)[a-z]";

/**
 * After a four-digit number or a year range: it counts or measures something
 * ("2000 fans", "1500 cases", "1930 GMT", "1733 16th St.").
 */
export const AMOUNT_FOLLOWS =
  "^(?:\\s*(?:%|per\\s?cent\\b|m\\b|bn\\b|km\\b|kg\\b|ft\\b|GMT\\b|BST\\b|UTC\\b|hours?\\b|hrs\\b)|\\s+\\d|\\s+(?:people|persons|votes|members|times|units|copies|pounds|dollars|euros|miles|metres|meters|feet|yards|tons|tonnes|acres|pupils|students|jobs|cars|homes|houses)\\b)";

/** A plural noun after a number standing alone: "2000 fans". A verb in -s after a year ("1961 comes down to") is rarer than a count. */
export const PLURAL_FOLLOWS =
  "^\\s+(?!(?:was|has|is|as|this|his|its|us|plus|always|perhaps|thus|whereas|besides)\\b)[a-z]*[a-rt-z]s\\b";

/** Before a four-digit number: it is an amount, a number or a code ("$1500", "more than 2000", "No. 1927", "rose by 2000"). */
export const AMOUNT_PRECEDES = `(?:[$€£¥]\\s*|\\b(?:${anyOf(["more than", "less than", "fewer than", "up to", "at least", "nearly", "almost", "some", "number", "no\\.", "page", "pages", "room", "flight", "route", "model", "version"])}|(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed|jumped|cut|raised|up|down)(?:\\s+by)?)\\s+|#\\s*)$`;
