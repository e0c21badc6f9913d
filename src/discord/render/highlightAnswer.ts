import { escapeText } from "./escapeText.js";
import { truncateStart, truncateText } from "./truncateText.js";

/** Where `answer` (or one of its spellings) occurs in `evidence`, case-insensitively. */
export function findAnswerSpan(
  evidence: string,
  answers: readonly string[],
): { start: number; end: number } | undefined {
  const lower = evidence.toLowerCase();
  for (const answer of answers) {
    const needle = answer.trim().toLowerCase();
    if (!needle) continue;
    const at = lower.indexOf(needle);
    if (at >= 0) return { start: at, end: at + needle.length };
  }
  return undefined;
}

/**
 * The evidence sentence, escaped, with the answer in bold, in at most `max` characters.
 * When it is too long, the text around the answer is cut first, so the bold part stays.
 */
export function highlightAnswer(evidence: string, answers: readonly string[], max: number): string {
  const span = findAnswerSpan(evidence, answers);
  if (!span) return fitPlain(evidence, max);
  const before = evidence.slice(0, span.start);
  const match = evidence.slice(span.start, span.end);
  const after = evidence.slice(span.end);
  let out = renderBold(before, match, after);
  if (out.length <= max) return out;
  // Keep the answer (up to half the room), a little before it and more after it; shrink the raw
  // budget by the overshoot caused by escaping until the rendering fits.
  let room = max - 4;
  for (let guard = 0; guard < 32 && out.length > max && room > 0; guard++) {
    const m = truncateText(match, Math.max(1, Math.min(match.length, Math.floor(room / 2))));
    const rest = Math.max(0, room - m.length);
    const b = truncateStart(before, Math.min(before.length, Math.floor(rest / 3)));
    const a = truncateText(after, Math.max(0, rest - b.length));
    out = renderBold(b, m, a);
    room -= out.length - max;
  }
  return out.length <= max ? out : fitPlain(evidence, max);
}

/** The three parts escaped, the middle one in bold. A module function: highlightAnswer runs on every answer. */
function renderBold(before: string, match: string, after: string): string {
  return `${escapeText(before)}**${escapeText(match)}**${escapeText(after)}`;
}

function fitPlain(text: string, max: number): string {
  let budget = max;
  let out = escapeText(truncateText(text, budget));
  while (out.length > max && budget > 0) {
    budget -= Math.max(1, out.length - max);
    out = escapeText(truncateText(text, Math.max(0, budget)));
  }
  return out;
}
