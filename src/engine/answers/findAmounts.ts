import { defineRules, type Rule } from "../rules/defineRules.js";

/** An amount, share or quantity found in text. Offsets are into the text given. */
export interface AmountMention {
  text: string;
  start: number;
  end: number;
  /** The id of the amount row that found it. */
  rule: string;
}

const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const SCALE = "(?:\\s*(?:thousand|million|billion|trillion|bn|m|k))?";
const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|hundreds of|thousands of|millions of|dozens of)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
const FRACTION =
  "(?:a|one|two|three|four)[- ](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?";
const QUALIFIER =
  "(?:(?:about|around|approximately|nearly|almost|roughly|some|more than|less than|fewer than|no fewer than|no more than|over|under|up to|at least|only)\\s+)?";
const UNIT =
  "(?:dollars|cents|euros|pounds|pence|rubles|roubles|francs|marks|lire|yen|people|troops|soldiers|civilians|drones|missiles|tanks|km|kilometres|kilometers|miles|square kilometres|acres|tons|tonnes|barrels|bushels|gallons|days|weeks|months|years|hours|minutes|votes|seats|points|goals|runs)";
/** Up to two modifiers between a number and what it counts: "120 political parties", "75 fun-loving couples". */
const COUNTED =
  "(?:(?:[a-z]+-)?[a-z]+\\s+){0,2}(?:[a-z]+-)?(?:[a-z]{2,}s|people|children|men|women|police|staff|cattle)\\b";
/** A rate after an amount: "$37 a week", "2,100 cars a day", "thirty cents per head". */
const RATE =
  "(?:\\s+(?:a|an|per|each)\\s+(?:day|week|month|year|hour|head|person|capita|ton|tonne|share|pound|barrel|bushel|gallon|mile|game|season))?";

/** One amount pattern, tried in order; an earlier row's match wins where two overlap. */
type AmountRule = Rule & { pattern: RegExp };

/** Amount patterns, most specific first. */
export const AMOUNT_RULES: readonly AmountRule[] = defineRules("amount", [
  {
    id: "money",
    pattern: new RegExp(`${QUALIFIER}[$€£¥]\\s?${NUMBER}${SCALE}${RATE}`, "gi"),
    reason: 'a currency sign and a number, with a rate if one follows: "$24m", "$37 a week"',
  },
  {
    id: "share",
    pattern: new RegExp(`${QUALIFIER}${NUMBER}${SCALE}\\s*(?:%|percent|per cent)`, "gi"),
    reason: 'a percentage: "28.1%", "4 per cent"',
  },
  {
    id: "part-of-whole",
    pattern: new RegExp(
      `${QUALIFIER}${NUMBER}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${NUMBER}\\s+[a-z]{2,}s\\b`,
      "gi",
    ),
    reason: '"412 of the 650 seats": a part of a whole',
  },
  {
    id: "measure",
    pattern: new RegExp(`${QUALIFIER}(?:${NUMBER}${SCALE}|${NUMBER_WORD})\\s+${UNIT}${RATE}`, "gi"),
    reason:
      'a number and a unit of money, people, distance, weight or time: "thirty cents per head"',
  },
  {
    id: "fraction",
    pattern: new RegExp(`${QUALIFIER}${FRACTION}`, "gi"),
    reason: 'a fraction in words: "one-half"',
  },
  {
    id: "count",
    pattern: new RegExp(
      `${QUALIFIER}(?:${NUMBER}${SCALE}|${NUMBER_WORD})\\s+${COUNTED}${RATE}`,
      "gi",
    ),
    reason:
      'a number counting a plural noun, with up to two modifiers and a rate: "120 political parties", "2,100 cars a day"',
  },
  {
    id: "multiple",
    pattern: new RegExp(`${QUALIFIER}\\b(?:half|double|triple)\\b`, "gi"),
    reason: "half, double, triple",
  },
  {
    id: "duration-compound",
    pattern: /\b\d+-(?:day|week|month|year|hour)\b/gi,
    reason: '"14-year": a duration as one word',
  },
  {
    id: "duration-words",
    pattern:
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:day|week|month|year)s?\b/gi,
    reason: '"four years" in words',
  },
]);

/** Find money, percentages, fractions and counted quantities, without overlaps, in text order. */
export function findAmounts(text: string, offset = 0): AmountMention[] {
  const found: AmountMention[] = [];
  for (const { id, pattern } of AMOUNT_RULES) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end - offset && end > f.start - offset)) continue;
      found.push({ text: match[0], start: offset + start, end: offset + end, rule: id });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
