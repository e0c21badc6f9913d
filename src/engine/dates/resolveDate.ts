import { MONTHS, WEEKDAYS } from "../entities/lexicon.js";

const DAY_MS = 86_400_000;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, a: 1, an: 1 };

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Resolve a relative date expression ("on Tuesday", "last month", "three
 * years ago", "last July") against an article's date (YYYY-MM-DD). `future`
 * says the sentence looks ahead ("will visit ... on Thursday"). Returns
 * undefined when the expression is absolute or cannot be resolved.
 */
export function resolveDate(expression: string, articleDate: string, future = false): string | undefined {
  const base = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  const text = expression.toLowerCase().trim();
  if (/\b\d{4}\b/.test(text)) return undefined;
  const year = base.getUTCFullYear();
  const month = base.getUTCMonth();
  const weekday = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.exec(text)?.[1];
  if (weekday) {
    const target = WEEKDAYS.get(weekday)!;
    const today = base.getUTCDay();
    const ahead = future || /\bnext\b/.test(text);
    let delta = ahead ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    if (/\blast\b/.test(text) && delta === 0) delta = -7;
    if (/\bnext\b/.test(text) && delta === 0) delta = 7;
    return iso(new Date(base.getTime() + delta * DAY_MS));
  }
  const monthWord = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.exec(text)?.[1];
  if (monthWord) {
    const target = MONTHS.get(monthWord)! - 1;
    let targetYear = year;
    if (/\bnext\b/.test(text)) targetYear = target <= month ? year + 1 : year;
    else if (/\blast\b/.test(text)) targetYear = target >= month ? year - 1 : year;
    else if (!future && target > month) targetYear = year - 1;
    else if (future && target < month) targetYear = year + 1;
    return `${MONTH_NAMES[target]} ${targetYear}`;
  }
  if (/\byesterday\b/.test(text)) return iso(new Date(base.getTime() - DAY_MS));
  if (/\btoday\b|\btonight\b/.test(text)) return iso(base);
  if (/\btomorrow\b/.test(text)) return iso(new Date(base.getTime() + DAY_MS));
  const ago = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(day|week|month|year)s?\s+ago\b/.exec(text);
  if (ago) {
    const count = Number(ago[1]) || WORD_NUMBERS[ago[1]!] || 1;
    if (ago[2] === "year") return String(year - count);
    if (ago[2] === "month") {
      const d = new Date(Date.UTC(year, month - count, 1));
      return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    }
    return iso(new Date(base.getTime() - count * (ago[2] === "week" ? 7 : 1) * DAY_MS));
  }
  const unit = /\b(last|next|this|past|coming|previous|following)\s+(week|weekend|month|year)\b/.exec(text) ?? (/over the weekend/.test(text) ? ["", "last", "weekend"] : null);
  if (unit) {
    const direction = /last|past|previous/.test(unit[1]!) ? -1 : /next|coming|following/.test(unit[1]!) ? 1 : 0;
    if (unit[2] === "year") return String(year + direction);
    if (unit[2] === "month") {
      const d = new Date(Date.UTC(year, month + direction, 1));
      return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    }
    // Weeks run Monday to Sunday.
    const monday = new Date(base.getTime() - ((base.getUTCDay() + 6) % 7) * DAY_MS + direction * 7 * DAY_MS);
    if (unit[2] === "weekend") {
      const saturday = new Date(monday.getTime() + (direction === 0 && !future ? -2 : 5) * DAY_MS);
      return `weekend of ${iso(saturday)}`;
    }
    return `week of ${iso(monday)}`;
  }
  return undefined;
}
