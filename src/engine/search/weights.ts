/**
 * Weights of the retrieval stage, in one place: how a sentence's relevance to a question is
 * made up (see rankSentences). Relevance is the sentence's own coverage of the question plus
 * a little for question words found around it.
 */

/** How many paragraphs MiniSearch's BM25 hands to the sentence ranker for each query. */
export const CANDIDATE_PARAGRAPHS = 40;

/** Relevance = coverage + CONTEXT·(words in the paragraph only) + BACKGROUND·(words elsewhere in the story only) + FILLER·(share of question words like "place" found). Each share is of the question's non-filler weight. */
export const RELEVANCE = { context: 0.25, background: 0.15, filler: 0.15 } as const;

/** `setting`: a name of the question found in the paragraph counts this much, elsewhere in the story this much. */
export const SETTING_WORTH = { paragraph: 0.8, story: 0.6 } as const;

/** `support`: any question word found in the paragraph counts this much, elsewhere in the story this much. */
export const SUPPORT_WORTH = { paragraph: 0.6, story: 0.35 } as const;

/** Closeness of a span to the nearest question word: 1 / (1 + characters / PROXIMITY_SCALE); PROXIMITY_NONE when nothing matched. */
export const PROXIMITY_SCALE = 40;
export const PROXIMITY_NONE = 0.5;

/**
 * What a question's superlative ("biggest") is worth in a sentence that says it only after an ordinal ("second
 * biggest"): that sentence is about another rank.
 */
export const SUPERLATIVE_RANKED = 0.25;
