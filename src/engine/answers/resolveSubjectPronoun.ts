import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";
import type { Entity } from "../types.js";

const SUBJECT_PRONOUN = /(?:^|[,;:]\s*|\b(?:and|but|while|although|as)\s+)(?:he|she)\b/i;

/** The person a sentence's subject pronoun ("he", "she") points back to: the first person named in the nearest earlier sentence of the article. */
export function resolveSubjectPronoun(sentence: SentenceInfo, analysis: Analysis): Entity | undefined {
  if (!SUBJECT_PRONOUN.test(sentence.text)) return undefined;
  const earlier: SentenceInfo[] = [];
  for (let p = sentence.paragraphIndex; p >= 0 && p >= sentence.paragraphIndex - 1; p--) {
    if (analysis.paragraphs[p]?.article !== sentence.article) break;
    earlier.push(...analysis.sentencesOf(p).filter((s) => p < sentence.paragraphIndex || s.index < sentence.index).reverse());
  }
  for (const previous of earlier.slice(0, 3)) {
    const subject = previous.mentions.find((m) => m.kind === "person" && m.entity && !m.possessive);
    if (subject?.entity) return analysis.entities.byId.get(subject.entity);
  }
  return undefined;
}
