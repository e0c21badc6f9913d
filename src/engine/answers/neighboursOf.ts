import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";
import { sameStory } from "../corpus/sameStory.js";

/**
 * The sentences right before and after one in its paragraph, and the first sentence of the
 * next paragraph of the same story when the sentence ends its own: where a news lead's
 * "An Iranian weblogger has been jailed…" is followed by "Arash Sigarchi was arrested…".
 */
export function neighboursOf(sentence: SentenceInfo, analysis: Analysis): SentenceInfo[] {
  const own = analysis.sentencesOf(sentence.paragraphIndex);
  const found = own.filter((s) => Math.abs(s.index - sentence.index) === 1);
  if (sentence.index === own.length - 1) {
    const next = analysis.sentencesOf(sentence.paragraphIndex + 1)[0];
    const paragraph = analysis.paragraphs[sentence.paragraphIndex];
    const following = analysis.paragraphs[sentence.paragraphIndex + 1];
    if (next && paragraph && following && sameStory(paragraph, following)) found.push(next);
  }
  return found;
}
