/**
 * Every number the summary stage tunes, in one place, each with what it means. The rules that judge a sentence
 * are rows of `summaryRules.ts`; this module holds only magnitudes.
 */

/** How big a summary is. */
export const SUMMARY_LIMITS = {
  /** Most bullets: ten facts is as much as a pinned message is read for. */
  max: 10,
  /** Bullets a summary aims for when the sources have that many distinct facts. */
  min: 5,
  /** Fewest bullets worth a summary; with fewer facts than `min` the summary says it is short rather than pad. */
  least: 3,
  /** Longest bullet, in characters: a longer sentence is a paragraph, not a point. */
  bulletChars: 400,
  /** Fewest words in a bullet: a shorter sentence is a caption or a fragment. */
  minWords: 4,
  /**
   * Characters the bullets may take in Discord's 4096-character description, counting each bullet's text, its
   * bullet mark and `citationChars` for each of the (at most `citationsShown`) citations shown after it.
   */
  budgetChars: 3900,
  citationChars: 64,
  citationsShown: 3,
  /** Most paragraphs one bullet cites. */
  maxCitations: 5,
} as const;

/** How a candidate sentence is scored before selection (multiplied together). */
export const SENTENCE_WORTH = {
  /** Per distinct person, place or organisation named, up to `namesCounted`: who and where are what a reader pins. */
  name: 0.12,
  namesCounted: 4,
  /** Per specific number (an amount, a share, a score), up to `numbersCounted`: key facts are often figures. */
  number: 0.3,
  numbersCounted: 2,
  /** A sentence that dates its fact. */
  date: 0.15,
  /** Lead decay: paragraph n of its story weighs 1 / (1 + lead · (n − 1)); news puts the main facts first. */
  lead: 0.06,
  /**
   * Centrality, LexRank-style but linear: a sentence's mean cosine with the other sentences of its own story
   * (`within`) and with those of the other sources of its story group (`across`), against their summed unit vectors
   * rather than pairwise. Worth is scaled by 1 + within · w + across · a: facts several sources state lead.
   */
  within: 3,
  across: 6,
} as const;

/** Maximal marginal relevance (Carbonell & Goldstein, 1998): worth · (1 − novelty · likeness to what is chosen). */
export const SELECTION = {
  /** How much likeness to an already chosen bullet (term cosine) takes off a candidate's worth. */
  novelty: 1,
  /**
   * A story's first bullet is its lead: the value of a sentence of the story's first paragraph is multiplied by
   * 1 + this when the group has no bullet yet, so a story given one bullet is told by what it opens with.
   */
  leadFirst: 1,
  /**
   * Concept coverage: a candidate's value is scaled by 1 + conceptGain · (the weight of the story concepts it adds
   * that no chosen bullet has, against twice a typical candidate's, at most 1). See selectBullets' conceptWeights.
   */
  conceptGain: 1,
  /** A name the summary already gives adds nothing: a candidate's name bonus counts only its unseen names. */
  unseenNames: true as boolean, // a switch: typed boolean so that the rule reads as one that can be off
  /** Once `min` bullets are chosen, stop at a candidate worth less than this share of the best one. */
  stopShare: 0.12,
  /** Below `min`, a candidate worth less than this share of the best one is padding: the summary stays short instead. */
  padShare: 0.06,
} as const;

/** When two sentences state the same fact (see isSameFact). */
export const REDUNDANCY = {
  /** Rarity-weighted term cosine at or above which two sentences say the same thing. */
  cosine: 0.42,
  /** Share of the smaller sentence's content words the other has, and the fewest such words, for a reworded repeat. */
  overlap: 0.5,
  overlapShared: 4,
  /** Names two sentences must share to be one event told twice, */
  sharedNames: 2,
  /** and the cosine they must also reach: sharing the story's people is not yet stating the same action. */
  sharedNamesCosine: 0.32,
} as const;

/** How stories are grouped across articles (see groupStories). */
export const GROUPING = {
  /** Cosine between two stories' name-and-term signatures at which they are one story told by several sources. */
  link: 0.4,
  /** Paragraphs of a story read for its signature: the lead carries the story's names. */
  signatureParagraphs: 8,
  /** A story's weight: its sources count this much each, against its paragraphs' square root. */
  sourceWeight: 1,
} as const;

/** How a topic picks its sentences. */
export const TOPIC = {
  /** Least share of the topic's words a sentence must hold to be on the topic. */
  coverage: 0.3,
  /** Sentences retrieved for a topic. */
  retrieved: 120,
  /** A story group holding less than this share of the best group's topic relevance is a stray match, left out. */
  groupShare: 0.25,
  /** Relevance of a sentence that does not itself hold the topic's words but shares a paragraph with one that does, against that one's. */
  paragraphShare: 0.5,
  /**
   * A story's off-topic sentences keep this share of its sentences' mean relevance (at most `floorMax`): when the
   * topic is the story, its other facts belong in the summary; when it is one thread of a larger story, they do not.
   */
  floorShare: 0.5,
  floorMax: 0.4,
} as const;

/** The pool of a corpus-wide summary on a large corpus: most sentences read. */
export const POOL_SENTENCES = 4000;
