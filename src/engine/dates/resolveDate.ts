import { MONTHS, WEEKDAYS } from "../entities/lexicon.js";

const DAY_MS = 86_400_000;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  an: 1,
};
const MONTH_WORD =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
// First and last month (0-based) of the seasons that sit inside one calendar year; winter straddles two and is left unresolved.
const SEASONS: Record<string, readonly [number, number]> = {
  spring: [2, 4],
  summer: [5, 7],
  autumn: [8, 10],
  fall: [8, 10],
};

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthYear(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 1));
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The year of a month (and day) written without one: the last occurrence, or the next when the sentence looks ahead or says "next". */
function yearOfMonth(
  text: string,
  base: Date,
  target: number,
  day: number | undefined,
  future: boolean,
): number {
  const year = base.getUTCFullYear();
  const shift = /\b(last|this|next)\s+year\b/.exec(text)?.[1];
  if (shift) return year + (shift === "last" ? -1 : shift === "next" ? 1 : 0);
  // Compare month and day as one number so that "18 March" after 20 March is last year's, unless the sentence looks ahead.
  const targetPoint = target * 32 + (day ?? 0);
  const basePoint = base.getUTCMonth() * 32 + (day === undefined ? 0 : base.getUTCDate());
  if (/\bnext\b/.test(text)) return targetPoint <= basePoint ? year + 1 : year;
  if (/\blast\b/.test(text)) return targetPoint >= basePoint ? year - 1 : year;
  if (!future && targetPoint > basePoint) return year - 1;
  if (future && targetPoint < basePoint) return year + 1;
  return year;
}

function resolveWeekday(text: string, base: Date, weekday: string, future: boolean): string {
  const target = WEEKDAYS.get(weekday)!;
  const today = base.getUTCDay();
  const ahead = future || /\bnext\b/.test(text);
  let delta = ahead ? (target - today + 7) % 7 : -((today - target + 7) % 7);
  if (/\blast\b/.test(text) && delta === 0) delta = -7;
  if (/\bnext\b/.test(text) && delta === 0) delta = 7;
  return iso(new Date(base.getTime() + delta * DAY_MS));
}

function resolveSeason(
  text: string,
  base: Date,
  season: string,
  future: boolean,
): string | undefined {
  const [first, last] = SEASONS[season]!;
  const year = base.getUTCFullYear();
  const month = base.getUTCMonth();
  if (/\bthis\b/.test(text)) return `${season} ${year}`;
  if (/\bnext\b/.test(text) || (future && !/\blast\b/.test(text)))
    return `${season} ${month < first ? year : year + 1}`;
  return `${season} ${month > last ? year : year - 1}`;
}

function resolveUnit(text: string, base: Date, future: boolean): string | undefined {
  const year = base.getUTCFullYear();
  const month = base.getUTCMonth();
  const ago =
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(day|week|month|year)s?\s+ago\b/.exec(
      text,
    );
  if (ago) {
    const count = Number(ago[1]) || WORD_NUMBERS[ago[1]!] || 1;
    if (ago[2] === "year") return String(year - count);
    if (ago[2] === "month") return monthYear(year, month - count);
    return iso(new Date(base.getTime() - count * (ago[2] === "week" ? 7 : 1) * DAY_MS));
  }
  const unit =
    /\b(last|next|this|past|coming|previous|following)\s+(week|weekend|month|year)\b/.exec(text) ??
    (/\b(?:over|at|during) the weekend\b/.test(text)
      ? ["", future ? "next" : "last", "weekend"]
      : null);
  if (!unit) return undefined;
  const direction = /last|past|previous/.test(unit[1])
    ? -1
    : /next|coming|following/.test(unit[1])
      ? 1
      : 0;
  if (unit[2] === "year") return String(year + direction);
  if (unit[2] === "month") return monthYear(year, month + direction);
  // Weeks run Monday to Sunday.
  const monday = new Date(
    base.getTime() - ((base.getUTCDay() + 6) % 7) * DAY_MS + direction * 7 * DAY_MS,
  );
  if (unit[2] === "weekend") {
    const saturday = new Date(monday.getTime() + (direction === 0 && !future ? -2 : 5) * DAY_MS);
    return `weekend of ${iso(saturday)}`;
  }
  return `week of ${iso(monday)}`;
}

/**
 * Resolve a date written without its year, or relative to the article ("on
 * Tuesday", "18 March", "May last year", "last month", "three years ago",
 * "last summer"), against the article's date (YYYY-MM-DD). A day comes back
 * as YYYY-MM-DD, a month as "March 2005", a year as "2005". `future` says the
 * sentence looks ahead ("will visit ... on Thursday"). Returns undefined when
 * the expression is absolute (it has a year), is counted from the story's own
 * time ("a year later"), or cannot be resolved.
 */
export function resolveDate(
  expression: string,
  articleDate: string,
  future = false,
): string | undefined {
  const base = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  const text = expression.toLowerCase().trim();
  if (/\b\d{4}\b/.test(text) || /\d0['’]?s\b/.test(text)) return undefined;
  // Holidays need a calendar of their own ("Easter Sunday" is not last Sunday).
  if (
    /\b(?:christmas|easter|thanksgiving|hanukkah|diwali|ramadan|passover|hogmanay|halloween|new year|eve|good friday|ash wednesday|palm sunday|super tuesday|black friday|shrove tuesday|[a-z]+['’]?s? day)\b/.test(
      text,
    )
  )
    return undefined;
  const monthWord = MONTH_WORD.exec(text)?.[1];
  if (monthWord) {
    const target = MONTHS.get(monthWord)! - 1;
    const dayText = /(?<![\d:.])(\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d)/.exec(text)?.[1];
    const day = dayText === undefined ? undefined : Number(dayText);
    const year = yearOfMonth(text, base, target, day, future);
    return day === undefined
      ? `${MONTH_NAMES[target]} ${year}`
      : iso(new Date(Date.UTC(year, target, day)));
  }
  const weekday = WEEKDAY_WORD.exec(text)?.[1];
  if (weekday) return resolveWeekday(text, base, weekday, future);
  const season = /\b(spring|summer|autumn|fall)\b/.exec(text)?.[1];
  if (season) return resolveSeason(text, base, season, future);
  if (/\byesterday\b|\blast night\b/.test(text)) return iso(new Date(base.getTime() - DAY_MS));
  if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(text)) return iso(base);
  if (/\btomorrow\b/.test(text)) return iso(new Date(base.getTime() + DAY_MS));
  return resolveUnit(text, base, future);
}
