/**
 * Tunables of query matching: typo correction and rarity. The worth of each
 * kind of alternative is in matchSources.ts, one row each; the factor on a
 * "who" candidate whose role's qualifiers clash is the `qualifier-clash` row
 * of answers/weights.ts.
 */
export const MATCH_WEIGHTS = {
  /** What a word of a name other than its head (last) word is worth alone: "world" of World Series, a first name. */
  nameOtherWord: 0.35,
  /** What the head word of a body's or place's name is worth alone when it is an everyday noun ("players" of Mills Chamber Players); the whole name is worth 1. */
  nameCommonHead: 0.5,
  /**
   * What a lower-case English word of the question that no source uses weighs, against the rarest word of the
   * corpus (which a name or a typo the sources never use weighs): it still counts against coverage, less.
   */
  unknownEnglishWord: 0.75,
  /** Alternatives at least this close (exact, lemma, hand-kept synonyms) set a concept's rarity; looser ones do not make a word look common. */
  minFrequencyWorth: 0.8,
  /** Shortest query term (Porter stem, in letters) that is worth a typo correction. */
  minFuzzyLength: 4,
  /** Query terms this long or longer may be two edits from their correction; shorter ones one edit. */
  twoEditLength: 8,
  /** Most fuzzy corrections kept for one word, closest and most frequent first. */
  maxFuzzy: 6,
  /** Most prefix completions kept for one word when no fuzzy correction exists. */
  maxPrefix: 8,
} as const;
