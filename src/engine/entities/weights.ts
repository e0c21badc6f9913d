/**
 * Weights of the entity stages (typing votes, coreference), in one place.
 * A vote's weight is how strongly one piece of evidence points to a type; a
 * span's type is the kind with the largest sum over all its mentions in an
 * article (see decideSpanTypes). Weights are comparable only with each other.
 */
export const TYPE_WEIGHTS = {
  /** An honorific right before the name (Mr, Mrs, Dr, Lord): nearly certain. */
  honorific: 3,
  /** A title or role phrase right before the name (Gov., President, the Ukrainian envoy). */
  title: 2,
  /** A role in apposition after the name (", the defence minister,"). */
  roleAfter: 1.5,
  /** A name in apposition to a lower-case type noun (", the laboratory, X", "his lawyer, X"): the noun says what X is. */
  apposition: 2.5,
  /** A possessive before a kin noun ("Glazer's sons"): a person. */
  possessiveKin: 2,
  /** An age in apposition (", 34,"): only people have ages in news copy. */
  age: 3,
  /** The first word is a listed first name: strong, but Paris and Chelsea are first names too. */
  firstName: 2,
  /** The first word is a listed first name that is also a common word (Will, Page, North): weaker. */
  firstNameCommon: 1,
  /** A verb of speaking follows: people speak, but so do companies and governments. */
  speaks: 1.2,
  /** The name is "X of Town": X is a person from a place. */
  ofTown: 1,
  /** The town of "X of Town". */
  townOf: 1.5,
  /** The last word is an organisation word (Bank, Council, Airlines, Party). */
  orgSuffix: 3.5,
  /** A name in the list of well-known organisations. */
  knownOrg: 3,
  /** An all-capital acronym (NATO, BBC): usually an organisation. */
  acronym: 2,
  /** A multi-word name that opens with a place (Manchester United) or holds "of" (Bank of England), untitled. */
  placeLedOrg: 1.5,
  /** The last word is a place word (Street, County, Hospital, Stadium). */
  placeSuffix: 3,
  /** The first word is a place word (Cape, Lake, Mount, River). */
  placePrefix: 3,
  /** A lower-case venue noun follows ("the Ritz-Carlton hotel"). */
  venueNoun: 3,
  /** The hand-kept gazetteer of countries, capitals and regions knows the name. */
  knownPlace: 3,
  /** The generated gazetteer (GeoNames cities, ISO subdivisions) knows the name: one vote, many surnames are towns. */
  gazetteer: 1.2,
  /** The generated gazetteer knows a multi-word name (El Paso): few people share a two-word place name. */
  gazetteerMulti: 3,
  /** The name opens a dateline ("Elburn, Ill. --"): where the story was filed. */
  dateline: 3,
  /** The name is the first part of "X-born" or "X-based" ("the Ballymena-born actor"): a place. */
  placeCompound: 3,
  /** A locative preposition precedes (in, at, near, outside, from). */
  located: 1.2,
  /** Named events, wars and treaties end in an event word. */
  eventSuffix: 3,
  /** The last word is a role word ("Labour MPs", "Tory MP"): a description, not a name. */
  roleWordLast: 3,
  /** A single word the corpus also writes in lower case ("House", "General"): not a name by itself. */
  lowerCaseWord: 2,
  /** Every word of a multi-word span is also written in lower case ("Stock Exchange", "Red Devils"). */
  lowerCaseWords: 1.5,
  /** A name inside someone's role ("a former Goldman Sachs banker") is the body they work for. */
  insideRole: 3,
  /** A multi-word span opening with a common word and no first name ("School Daze", "Fat Albert"). */
  commonFirstWord: 1,
  /** Two or more capitalised words with no other evidence: most such spans in news are people. */
  multiWord: 0.6,
  /** A single capitalised word with no other evidence: weakly a surname. */
  singleWord: 0.3,
  /** A bare word that is the surname of a full-named person in the same article (coreference). */
  surnameOfFullName: 3,
  /** Share of a full name's person votes that its bare surname's mentions in the article add to it, and back. */
  surnameShare: 0.5,
  /** A mention's own margin (winning sum minus the runner-up) at or above which it keeps its type against its article's decision. */
  strongLocal: 2.5,
  /** Share of a span's votes from other articles that count in this article ("lightly the corpus"). */
  corpusShare: 0.2,
} as const;

/** Votes kept on an entity for --explain: the strongest few are enough to see why. */
export const MAX_ENTITY_VOTES = 5;

/** Coreference thresholds. */
export const COREF = {
  /** Sentences looked back through for the antecedent of he/she. */
  pronounLookback: 6,
  /** Largest edit distance between two first names of one surname in one article that still count as one person (Damien/Damian). */
  firstNameEdits: 1,
  /** Shortest first name the edit-distance merge applies to: short names differ by one letter too often (Ed/Al). */
  firstNameMinLength: 4,
} as const;
