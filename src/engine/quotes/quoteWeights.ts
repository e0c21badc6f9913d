/**
 * Tunable numbers of quote attribution and quote answers, in one place.
 * Distances are in characters of paragraph text unless stated otherwise.
 */
export const QUOTE_WEIGHTS = {
  /** A name after a closing mark is the speaker only if it starts within this many characters (`,” said Energy Minister Ana Petrova`). */
  tailNameReach: 60,
  /** A speech verb before an opening mark governs it only if at most this many characters separate them (`said on Monday that the plan "…"`). */
  headVerbGap: 120,
  /** Words of a description taken as the speaker's label (`the central defender`, `United's statement`). */
  descriptionWords: 5,
  /** A pronoun or a definite description looks back at most this many sentences for the person it stands for. */
  antecedentSentences: 8,
  /** …and at most this many paragraphs back, never past the start of the story. */
  antecedentParagraphs: 2,
  /** An unresolved "she"/"he" follows a chain of the same pronoun back at most this many paragraphs of the story to a person of its gender. */
  pronounChainParagraphs: 6,
  /**
   * A pronoun prefers a person of its gender (by honorific or role noun) among the subjects of this many
   * nearest sentences that name someone; beyond them, or when none fits, the nearest subject is taken.
   */
  genderSentences: 2,
  /**
   * A quotation opening a paragraph with no attribution of its own continues the previous paragraph's
   * last speaker through at most this many such links; a chain of open marks (news style for one
   * quotation over several paragraphs) is followed through any number of paragraphs.
   */
  carryParagraphs: 2,
  /** A quotation of at most this many words is a fragment (scare quotes, titles): never given a speaker by a continuation. */
  fragmentWords: 3,
  /** A quotation starting in lower case, with no sentence end and at most this many words, is a fragment too (`"healthy, wealthy Irish Americans"`). */
  fragmentLowercaseWords: 6,
} as const;

/** How much a quotation's attribution is trusted when quotations compete for an answer (multiplies its topic score). */
export const ATTRIBUTION_TRUST = {
  /** The speaker is named in the quotation's own sentence. */
  explicit: 1,
  /** A pronoun or description in its own sentence, resolved to a person named earlier in the story. */
  resolved: 0.92,
  /** Carried over from an earlier quotation or sentence of the same speaker. */
  continuation: 0.9,
  /** No speaker: such quotations are never offered as someone's words. */
  none: 0,
} as const;

/** Substance of a quotation in quote answers: a two-word scare quote says less than a statement. */
export const QUOTE_SUBSTANCE = {
  /** A fragment (see `fragmentWords`). */
  fragment: 0.35,
  /** Fewer than `shortWords` words. */
  short: 0.85,
  /** A full statement. */
  full: 1,
  /** Below this many words a quotation that is not a fragment is short. */
  shortWords: 8,
} as const;

/** How a topic word counts toward a quotation's topic score, by where it is found. */
export const QUOTE_TOPIC = {
  /** In the quotation's sentence but outside the marks (the quotation itself counts 1). */
  sentence: 0.5,
  /** In the sentence just before or after it in the paragraph. */
  neighbour: 0.35,
  /**
   * In the narration of the quotation's story before it (quotations cut out), when a speaker is named: a
   * critic's verdict on the film the review is about. Too weak to matter when the words themselves match.
   */
  story: 0.15,
  /** …looking back at most this many paragraphs, never past the story's dateline. */
  storyParagraphs: 12,
  /** Share of the topic a quotation must match when no speaker is named. */
  minimum: 0.5,
  /** Topic score of a named speaker's quotation when the query gives no topic. */
  speakerOnly: 0.5,
} as const;
