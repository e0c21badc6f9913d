import { COMMENT_RULES } from "./commentRules.js";
import { countWords } from "./classifyLine.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** Where a reader-comment section starts, and the rows that found and confirmed it. */
export interface CommentSection {
  /** Index in the given lines of the lead-in. Everything from it to the end is comments. */
  start: number;
  /** The lead-in row. */
  rule: string;
  /** The signature row that confirmed it. */
  signature: string;
}

const LEAD_INS = COMMENT_RULES.filter((r) => r.role === "lead-in");
const SIGNATURES = COMMENT_RULES.filter((r) => r.role === "signature");

function signatureRule(line: string): string | undefined {
  const tail = line.slice(-160);
  for (const rule of SIGNATURES) {
    const match = rule.pattern.exec(tail);
    if (match && countWords(match[0]) <= T.signatureMaxWords + 1) return rule.id;
  }
  return undefined;
}

/**
 * The reader-comment section of an article, given its kept lines (paragraphs
 * and headings, in order): a lead-in line of the comment table followed,
 * within `commentSignatureWindow` lines, by a signed comment. Undefined when
 * there is none: a lead-in alone ("What do you think?" as a rhetorical
 * subhead) hides nothing.
 */
export function findCommentSection(lines: readonly string[]): CommentSection | undefined {
  for (let start = 0; start < lines.length; start++) {
    const line = lines[start]!;
    if (line.length > T.headingMaxChars * 2) continue;
    const lead = LEAD_INS.find((rule) => rule.pattern.test(line));
    if (!lead) continue;
    for (
      let next = start + 1;
      next < lines.length && next <= start + T.commentSignatureWindow;
      next++
    ) {
      const signature = signatureRule(lines[next]!);
      if (signature) return { start, rule: lead.id, signature };
    }
  }
  return undefined;
}
