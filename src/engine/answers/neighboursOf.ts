import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";

/**
 * The sentences right before and after one in its paragraph, and the first sentence of the
 * next paragraph of the same article when the sentence ends its own: where a news lead's
 * "An Iranian weblogger has been jailed…" is followed by "Arash Sigarchi was arrested…".
 */
export function neighboursOf(sentence: SentenceInfo, analysis: Analysis): SentenceInfo[] {
  const own = analysis.sentencesOf(sentence.paragraphIndex);
  const found = own.filter((s) => Math.abs(s.index - sentence.index) === 1);
  if (sentence.index === own.length - 1) {
    const next = analysis.sentencesOf(sentence.paragraphIndex + 1)[0];
    if (next && next.article === sentence.article && sameStory(analysis, sentence.paragraphIndex, next.paragraphIndex)) found.push(next);
  }
  return found;
}

/** Two paragraphs of one article belong to one story (files may bundle several, split at datelines). */
function sameStory(analysis: Analysis, a: number, b: number): boolean {
  return analysis.paragraphs[a]?.story === analysis.paragraphs[b]?.story;
}
