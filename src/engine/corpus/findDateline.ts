import { FUNCTION_WORDS, MONTHS, TITLE_WORDS, WEEKDAYS } from "../entities/lexicon.js";
import { DATELINE_RULES, PLACE_PREFIXES } from "./datelineRules.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** The id of the dateline row that matched. */
  rule: string;
  /** The first place name, as written (`RIYADH`, `Austin`). */
  city: string;
  /** The whole place, city and state or country (`Austin, Texas`, `Elburn, Ill.`). */
  place: string;
  /** Characters of the paragraph the dateline and its dash take up. */
  length: number;
  /** Whether the dateline is removed from the paragraph text. */
  strip: boolean;
}

const fold = (word: string) => word.toLowerCase().replace(/[.'’]+$/g, "");

/** A person, a day or a sentence opener is not a place: "Mr. Kennedy --", "Both sides --", "President Kennedy --", "Monday --". */
function readsAsPlace(city: string): boolean {
  const words = city.split(/\s+/).map(fold);
  if (FUNCTION_WORDS.has(words[0]!) || WEEKDAYS.has(words[0]!) || MONTHS.has(words[0]!))
    return false;
  return words.every((word) => PLACE_PREFIXES.has(word) || !TITLE_WORDS.has(word));
}

/** The dateline that opens `text`, by the first matching row of the dateline table, or undefined. */
export function findDateline(text: string): Dateline | undefined {
  for (const rule of DATELINE_RULES) {
    const match = rule.pattern.exec(text);
    if (!match || match[0].length >= text.length - T.datelineMinRest) continue;
    const city = match.groups?.city;
    if (!city || !readsAsPlace(city)) continue;
    const region = match.groups?.region;
    const place = rule.strip ? city : region ? `${city}, ${region}` : city;
    return { rule: rule.id, city, place, length: match[0].length, strip: rule.strip };
  }
  return undefined;
}
