import { DATE_RULES, type DateRule } from "./dateRules.js";
import { DATE_PRECISION, YEAR_BOUNDS, type DateKind, type DatePrecision } from "./dateWeights.js";

/** A date or time expression found in text, as written. Offsets are into the text given, plus `offset`. */
export interface DateMention {
  /** The expression as written, without a leading preposition ("1927" of "in 1927"; "from 1859 to 1891" keeps its "from"). */
  text: string;
  start: number;
  end: number;
  /** What shape of expression it is; see `DATE_KINDS`. */
  kind: DateKind;
  /** The id of the row of `DATE_RULES` that found it, for the explain trace. */
  rule: string;
  /** Coarse precision derived from `kind` (`DATE_PRECISION`), for callers that only ask "a day? a year?". */
  precision: DatePrecision;
}

// How far around a match the context patterns look: enough for "as late as", "the second half of".
const CONTEXT_CHARS = 24;
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;
// Kinds whose four-digit numbers are clock times or counts, not years ("1930 GMT", "1000 years ago").
const NOT_YEARS: ReadonlySet<DateKind> = new Set([
  "time",
  "relative-day",
  "relative-week",
  "relative-month",
  "relative-year",
]);

function fitsContext(rule: DateRule, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  if (rule.requiredBefore && !rule.requiredBefore.test(before)) return false;
  if (rule.forbiddenBefore?.test(before)) return false;
  return !rule.forbiddenAfter?.test(text.slice(end, end + CONTEXT_CHARS));
}

function hasPlausibleYears(rule: DateRule, expression: string): boolean {
  if (NOT_YEARS.has(rule.kind)) return true;
  const earliest = rule.modernYearsOnly ? YEAR_BOUNDS.earliestBare : YEAR_BOUNDS.earliest;
  for (const match of expression.matchAll(FOUR_DIGITS)) {
    const year = Number(match[0]);
    if (year < earliest || year > YEAR_BOUNDS.latest) return false;
  }
  return true;
}

/**
 * Find date and time expressions in text by the rows of `DATE_RULES`, taken in
 * order: a row never claims text an earlier row took. Returned in text order,
 * each with the kind and the id of the row that found it.
 */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  // Rows share a handful of cues; test each once per text.
  const cues = new Map<RegExp, boolean>();
  for (const rule of DATE_RULES) {
    if (rule.cue) {
      let passes = cues.get(rule.cue);
      if (passes === undefined) cues.set(rule.cue, (passes = rule.cue.test(text)));
      if (!passes) continue;
    }
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((d) => start < d.end - offset && end > d.start - offset)) continue;
      if (!fitsContext(rule, text, start, end) || !hasPlausibleYears(rule, match[0])) continue;
      found.push({
        text: match[0],
        start: offset + start,
        end: offset + end,
        kind: rule.kind,
        rule: rule.id,
        precision: DATE_PRECISION[rule.kind],
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
