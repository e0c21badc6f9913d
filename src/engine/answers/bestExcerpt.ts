import type { ScoredSentence } from "../search/rankSentences.js";

/** Sentences longer than this many words are cut to the clause that answers. */
const LONG_SENTENCE = 30;
const BOUNDARY =
  /[;:—–]\s*|,\s+(?=(?:but|while|although|whereas|which|who|as|after|before|because|since|despite)\b)/g;

/**
 * The best short excerpt of a long sentence: the clause holding the most of
 * the question's words, verbatim. A short sentence is its own excerpt.
 */
export function bestExcerpt(item: ScoredSentence): string {
  const { text, start } = item.sentence;
  if (text.split(/\s+/).length <= LONG_SENTENCE) return text;
  const clauses: { from: number; to: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    clauses.push({ from, to: match.index });
    from = match.index + match[0].length;
  }
  clauses.push({ from, to: text.length });
  let best: { from: number; to: number; hits: number } | undefined;
  for (const clause of clauses) {
    if (text.slice(clause.from, clause.to).split(/\s+/).length < 5) continue;
    const hits = item.matches.filter(
      (offset) => offset - start >= clause.from && offset - start < clause.to,
    ).length;
    if (!best || hits > best.hits) best = { ...clause, hits };
  }
  if (!best || best.hits === 0) return text;
  return text
    .slice(best.from, best.to)
    .trim()
    .replace(/[,;:]$/, "");
}
