import { LINE_RULES, type LineFacts, type LineKindName, type LineRule } from "./lineRules.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** What chunking does with one source line, and the id of the line-table row that decided it (`prose` when no row matched). */
export interface LineKind {
  kind: LineKindName;
  rule: string;
}

/** Whitespace-separated chunks: a cheap word count for the short-line rules. */
export function countWords(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  if (letters.length < T.allCapsMinLetters) return false;
  const upper = line.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= T.allCapsShare;
}

/** The first row of `rules` that matches, or undefined. The rows carry the logic; this only walks them. */
export function applyLineRules(
  facts: LineFacts,
  rules: readonly LineRule[] = LINE_RULES,
): LineRule | undefined {
  for (const rule of rules) if (rule.match(facts)) return rule;
  return undefined;
}

/** Classify a trimmed, non-empty line of an article with the line table. `afterHeading`: the previous line was a heading. */
export function classifyLine(line: string, afterHeading = false): LineKind {
  // Long lines skip the word count: every row but the first needs a short line.
  const long = line.length > T.proseChars;
  const words = long ? Infinity : countWords(line);
  // Only a heading-length line can be a caps subhead: the letter count is skipped for the rest.
  const facts: LineFacts = {
    text: line,
    words,
    allCaps: words <= T.headingMaxWords && isAllCaps(line),
    afterHeading,
  };
  const rule = applyLineRules(facts);
  return rule ? { kind: rule.kind, rule: rule.id } : { kind: "paragraph", rule: "prose" };
}

/** True for a line the line table reads as a heading (title, subhead, headline). */
export function looksLikeHeading(line: string): boolean {
  return classifyLine(line).kind === "heading";
}
