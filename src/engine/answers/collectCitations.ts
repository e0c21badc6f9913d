import type { Citation } from "../types.js";

/** Citations in order, first the evidence's own paragraph, without repeats. */
export function collectCitations(first: Citation, others: Iterable<Citation>, limit = 5): Citation[] {
  const list: Citation[] = [first];
  for (const citation of others) {
    if (list.length >= limit) break;
    if (!list.some((c) => c.article === citation.article && c.paragraph === citation.paragraph)) list.push(citation);
  }
  return list;
}
