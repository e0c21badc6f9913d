import type { SentenceInfo } from "../analysis/types.js";

/** Paragraph offsets of the role phrases in a sentence ("Trump's special envoy to Ukraine"). */
export function roleSpans(sentence: SentenceInfo, paragraphText: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const mention of sentence.mentions) {
    if (!mention.role) continue;
    const before = paragraphText.lastIndexOf(mention.role, mention.start);
    if (before >= 0 && mention.start - (before + mention.role.length) <= 3)
      spans.push([before, before + mention.role.length]);
    const after = paragraphText.indexOf(mention.role, mention.end);
    if (after >= 0 && after - mention.end <= 8) spans.push([after, after + mention.role.length]);
  }
  return spans;
}
