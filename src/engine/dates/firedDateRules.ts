import type { FiredRule } from "../rules/defineRules.js";
import { DATE_SPECIFICITY } from "./dateWeights.js";
import type { DateMention } from "./findDates.js";

/** The rows of the date table that found these mentions, as the explain trace shows them: the expression and the specificity its kind adds. */
export function firedDateRules(dates: readonly DateMention[]): FiredRule[] {
  return dates.map((date) => ({
    stage: "date",
    rule: date.rule,
    detail: `${date.text} (${date.kind})`,
    weight: DATE_SPECIFICITY[date.kind],
  }));
}
