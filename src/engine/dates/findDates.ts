/** A date or time expression found in text, as written. Offsets are into the text given. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** Rough precision, used to prefer "February 24, 2022" over "2022". */
  precision: "day" | "month" | "year" | "range" | "weekday" | "relative";
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))";
const NUMBER_WORD = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a|an)";
const UNIT = "(?:days?|weeks?|months?|years?|decades?)";

// Most specific first; a later pattern never overlaps an earlier match.
const PATTERNS: readonly (readonly [RegExp, DateMention["precision"]])[] = [
  [new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|through)\\s+${YEAR}\\b`, "g"), "range"],
  [new RegExp(`\\b${YEAR}\\s*(?:-|–|to|until|through)\\s*${YEAR}\\b`, "g"), "range"],
  [new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "g"), "day"],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+${YEAR}\\b`, "g"), "day"],
  [/\b\d{4}-\d{2}-\d{2}\b/g, "day"],
  [new RegExp(`\\b(?:(?:last|next|this|early|late|mid-?|earlier this|later this)\\s+)?${MONTH}(?:\\s+${YEAR})\\b`, "gi"), "month"],
  [new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "g"), "day"],
  [new RegExp(`\\b(?:last|next|this|early|late|mid-?|earlier this|later this)\\s+${MONTH}\\b`, "gi"), "month"],
  [new RegExp(`\\b(?:(?:last|next|this|on|since|until|by|from|starting|before|after)\\s+)?${WEEKDAY}${PART_OF_DAY}?\\b`, "g"), "weekday"],
  [new RegExp(`\\b(?:in|since|until|by|from|during|before|after|early|late|mid-?)\\s+${MONTH}\\b`, "g"), "month"],
  [new RegExp(`\\b(?:last|next|this|the previous|the following|earlier this|later this|past|coming)\\s+(?:week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\\b`, "gi"), "relative"],
  [/\bover the weekend\b/gi, "relative"],
  [/\b(?:(?:in|by|during|this|next|last|early|late|mid-?)\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of\s+(?:1[89]\d\d|20\d\d))?\b/gi, "month"],
  [new RegExp(`\\b${NUMBER_WORD}\\s+${UNIT}\\s+(?:ago|earlier|later)\\b`, "gi"), "relative"],
  [new RegExp(`\\bin recent ${UNIT}\\b`, "gi"), "relative"],
  [/\b(?:yesterday|today|tomorrow|tonight)\b/gi, "relative"],
  [new RegExp(`\\b(?:in|since|until|by|from|during|before|after|as early as|as late as|as of|early|late|mid-?)\\s+(?:the\\s+)?${YEAR}s?\\b`, "g"), "year"],
  [new RegExp(`\\b${YEAR}\\b`, "g"), "year"],
];

// Prepositions kept out of the expression itself: "in 2014" answers as "2014".
const LEADING = /^(?:on|in|since|until|by|from|during|before|after|starting|as early as|as late as|as of)\s+/i;

/** Find date and time expressions in text, most specific first, without overlaps, in text order. */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, precision] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      let start = match.index;
      let raw = match[0];
      const lead = LEADING.exec(raw);
      if (lead && precision !== "range") {
        start += lead[0].length;
        raw = raw.slice(lead[0].length);
      }
      const end = start + raw.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // A bare four-digit number next to "$" or "%" is an amount, not a year.
      if (precision === "year" && /[$€£]\s*$/.test(text.slice(0, start))) continue;
      // "May" alone is too often the verb.
      if (/^may$/i.test(raw)) continue;
      taken.push([start, end]);
      found.push({ text: raw, start: offset + start, end: offset + end, precision });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
