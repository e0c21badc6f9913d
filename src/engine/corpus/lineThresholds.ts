/**
 * Every number the chunking stage uses (line classification, datelines,
 * stories, reader comments, labels), in one place. The rule tables in
 * `lineRules.ts`, `datelineRules.ts`, `storyRules.ts` and `commentRules.ts`
 * read them from here, so tuning never means reading the code that applies
 * the rules.
 */
export const LINE_THRESHOLDS = {
  /** A line longer than this (characters) is prose: no heading or boilerplate rule is tried on it. */
  proseChars: 240,
  /** Boilerplate rules apply only to lines of at most this many words, so a real sentence that mentions a newsletter stays. */
  boilerplateMaxWords: 25,
  /** The newsletter rule is stricter: a line of more words that mentions one is prose. */
  newsletterMaxWords: 8,
  /** Photo-credit lines are at most this many words. */
  photoCreditMaxWords: 10,
  /** A byline ("By Jane Doe, Reuters") is at most this many words. */
  bylineMaxWords: 10,
  /** A heading (title, subhead, headline) is at most this many words... */
  headingMaxWords: 12,
  /** ...and at most this many characters. */
  headingMaxChars: 100,
  /** A question line is a heading ("Why in Saudi Arabia?") only up to this many words. */
  questionHeadingMaxWords: 10,
  /** A second headline deck written in lower case ("turmoil in the House") is at most this many words. */
  deckMaxWords: 8,
  /** An all-caps line needs this many letters to count as a caps subhead (so "US" or "UK" alone does not). */
  allCapsMinLetters: 4,
  /** Share of a line's letters that must be capitals for it to be an all-caps subhead (0-1). */
  allCapsShare: 0.85,
  /** A dateline is only taken when at least this many characters of the paragraph follow it. */
  datelineMinRest: 20,
  /** Story and article labels are cut at a word boundary to at most this many characters, plus "…". */
  labelChars: 60,
  /** A cut label keeps at least this many characters before its last space, else it is cut mid-word. */
  labelMinCut: 20,
  /** A single subhead starts a new story only when the text after it names at least this many distinct capitalised words... */
  storyShiftMinNames: 8,
  /** ...and at most this share of them (0-1) already occur in the story so far. */
  storyShiftMaxShared: 0.15,
  /** Paragraphs read after a single subhead for the names test. */
  storyShiftWindow: 2,
  /** A reader-comment lead-in is confirmed when a signed comment follows within this many paragraphs. */
  commentSignatureWindow: 4,
  /** A reader's signature ("Jane Doe, Leeds, UK") is at most this many words. */
  signatureMaxWords: 7,
} as const;
