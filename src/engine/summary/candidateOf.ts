import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";
import { buildCandidate, type Candidate } from "./buildCandidate.js";

/** A sentence's candidate for the place in its story it was built for; `null` when the sentence gives none. */
interface Remembered {
  position: number;
  candidate: Candidate | null;
}

// Keyed by the analysed sentence itself, so an entry lives exactly as long as the analysis cache keeps that sentence
// (bounded there) and can never outlive its engine. Candidates are only ever read after they are built.
const remembered = new WeakMap<SentenceInfo, Remembered>();

/**
 * {@link buildCandidate}, remembered with the sentence: a candidate depends on its sentence and its place in its
 * story only, not on the topic, so every topic summary that reads a sentence again (most of a small corpus) reuses
 * it. Building one was over half the time of a topic summary on the seeds.
 */
export function candidateOf(
  sentence: SentenceInfo,
  analysis: Analysis,
  index: SearchIndex,
  paragraphInStory: number,
): Candidate | undefined {
  const known = remembered.get(sentence);
  if (known && known.position === paragraphInStory) return known.candidate ?? undefined;
  const candidate = buildCandidate(sentence, analysis, index, paragraphInStory);
  remembered.set(sentence, { position: paragraphInStory, candidate: candidate ?? null });
  return candidate;
}
