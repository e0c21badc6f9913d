/** An amount, share or quantity found in text. Offsets are into the text given. */
export interface AmountMention {
  text: string;
  start: number;
  end: number;
}

const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const SCALE = "(?:\\s*(?:thousand|million|billion|trillion|bn|m|k))?";
const COUNT_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens of|hundreds of|thousands of|millions of|a dozen|a hundred|a thousand)";
const FRACTION = "(?:a|one|two|three|four)[- ](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?";
const QUALIFIER = "(?:(?:about|around|approximately|nearly|almost|roughly|some|more than|less than|over|under|up to|at least)\\s+)?";
const PATTERNS = [
  new RegExp(`${QUALIFIER}[$€£¥]\\s?${NUMBER}${SCALE}`, "gi"),
  new RegExp(`${QUALIFIER}${NUMBER}${SCALE}\\s*(?:%|percent|per cent)`, "gi"),
  new RegExp(`${QUALIFIER}${NUMBER}${SCALE}\\s+(?:dollars|euros|pounds|rubles|roubles|hryvnias?|people|troops|soldiers|civilians|drones|missiles|tanks|km|kilometres|kilometers|miles|square kilometres|tons|tonnes|barrels|days|weeks|months|years|hours)`, "gi"),
  new RegExp(`${QUALIFIER}${FRACTION}`, "gi"),
  // "412 of the 650 seats": a part of a whole.
  new RegExp(`${QUALIFIER}${NUMBER}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${NUMBER}\\s+[a-z]{2,}s\\b`, "gi"),
  // "about 2,500 jobs", "31 goals": a number counting a plural noun.
  new RegExp(`${QUALIFIER}(?:${NUMBER}${SCALE}|${COUNT_WORD})\\s+(?:[a-z]+-)?(?:[a-z]{2,}s|people|children|men|women|police|staff)\\b`, "gi"),
  new RegExp(`${QUALIFIER}\\b(?:half|double|triple)\\b`, "gi"),
  new RegExp(`\\b\\d+-(?:day|week|month|year|hour)\\b`, "gi"),
  new RegExp(`\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:day|week|month|year)s?\\b`, "gi"),
];

/** Find money, percentages, fractions and counted quantities, without overlaps, in text order. */
export function findAmounts(text: string, offset = 0): AmountMention[] {
  const found: AmountMention[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end - offset && end > f.start - offset)) continue;
      found.push({ text: match[0], start: offset + start, end: offset + end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
