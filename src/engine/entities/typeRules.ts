import type { TypeVote } from "../types.js";
import { defineRules, type Rule } from "../rules/defineRules.js";
import { firstNameGender } from "./firstNames.js";
import {
  findGazetteerPlace,
  findKnownPlace,
  isDemonym,
  type GazetteerPlace,
  type KnownPlace,
} from "./gazetteer.js";
import {
  KNOWN_ORGS,
  ORG_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  ROLE_HEADS,
  STATE_ABBREVIATIONS,
  VENUE_NOUNS,
  COMPASS_WORDS,
} from "./lexicon.js";
import { baseOf, foldToken, type Token } from "./tokenizeSentence.js";
import { startsWithPlace } from "./startsWithPlace.js";
import { TYPE_WEIGHTS as W } from "./weights.js";

/** One piece of evidence for a span's type, with the id of the rule that gave it (the engine's shared type). */
export type { TypeVote };

/** The four types a capitalised span can take; "other" is a word or title that names nobody. */
export type SpanKind = TypeVote["kind"];

/** What the corpus knows about words: the typing rules ask whether a capitalised word is also a common word. */
export interface Vocabulary {
  /** True when the corpus writes this folded word in lower case (a common word, not a name by itself). */
  isLowerWord(folded: string): boolean;
}

/** A capitalised span in its sentence, as the typing rules see it. */
export interface SpanContext {
  tokens: Token[];
  /** First and last token of the name, titles peeled off. */
  from: number;
  to: number;
  /** The name as written. */
  text: string;
  /** Folded words of the name. */
  words: string[];
  /** An honorific stood right before the name (Mr, Mrs, Lord). */
  honorific?: string;
  /** A title word or role phrase stood right before the name (a demonym alone does not count). */
  titled: boolean;
  /** A role in apposition after the name. */
  roleAfter: boolean;
  possessive: boolean;
  speaks: boolean;
  located: boolean;
  vocabulary?: Vocabulary | undefined;
  /** Gazetteer look-ups of the whole span, made once: several rows ask. */
  known?: KnownPlace | null;
  listed?: GazetteerPlace | null;
}

/** The hand-kept gazetteer's entry for the whole span, looked up once. */
const knownOf = (s: SpanContext) =>
  s.known === undefined ? (s.known = findKnownPlace(s.text) ?? null) : s.known;
/** The generated gazetteer's entry for the whole span, looked up once. */
const listedOf = (s: SpanContext) =>
  s.listed === undefined ? (s.listed = findGazetteerPlace(s.text) ?? null) : s.listed;

/** A row of the entity-type table: when `test` holds, the span gets `weight` towards `kind`. */
export interface TypeRule extends Rule {
  kind: SpanKind;
  weight: number;
  test(span: SpanContext): boolean;
}

const fold = foldToken;
const multi = (span: SpanContext) => span.words.length >= 2;
const first = (span: SpanContext) => span.words[0] ?? "";
const last = (span: SpanContext) => span.words[span.words.length - 1] ?? "";
const singular = (word: string) => word.replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");
/** Lower-case use of a word or its singular ("prosecutors" -> "prosecutor"). */
export const isCommonWord = (word: string, vocabulary: Vocabulary | undefined) =>
  vocabulary !== undefined &&
  (vocabulary.isLowerWord(word) || vocabulary.isLowerWord(singular(word)));

/** A demonym, or a word that is a known place plus -n ("Asian", "African", "American"). */
function isDemonymLike(word: string): boolean {
  if (isDemonym(word) || isDemonym(singular(word))) return true;
  const stem = singular(word);
  return /n$/.test(stem) && stem.length > 4 && findKnownPlace(stem.slice(0, -1)) !== undefined;
}

/** "Elburn, Ill. --", "AUSTIN, Texas --": the span opens its paragraph and a dash ends the dateline it starts. */
function opensDateline(span: SpanContext): boolean {
  const t = span.tokens;
  if (span.from !== 0 || t[0]?.start !== 0) return false;
  for (let k = span.to + 1; k < Math.min(t.length, span.to + 8); k++) {
    const text = t[k]!.text;
    if (text === "-" || text === "—" || text === "–")
      return k > span.to + 1 ? true : t[k + 1]?.text === "-" || text !== "-";
    if (text !== "," && text !== "." && !t[k]!.capital) return false;
  }
  return false;
}

/** The lower-case noun an apposition renames ("the research laboratory, Media Labs Europe,", "his lawyer, Walter Phillips"). */
function appositionNoun(span: SpanContext): string | undefined {
  const t = span.tokens;
  const noun = t[span.from - 2];
  return t[span.from - 1]?.text === "," && noun !== undefined && noun.word && !noun.capital
    ? fold(noun)
    : undefined;
}

/** ", 34," right after the name. */
function hasAge(span: SpanContext): boolean {
  const t = span.tokens;
  const age = t[span.to + 2]?.text ?? "";
  return (
    t[span.to + 1]?.text === "," &&
    /^\d{1,3}$/.test(age) &&
    Number(age) < 120 &&
    [",", "and", "."].includes(t[span.to + 3]?.text ?? ".")
  );
}

/** "Rob Ledford of Gainesville": the span ends right before "of" and a known place. */
function beforeOfTown(span: SpanContext): boolean {
  const t = span.tokens;
  const town = t[span.to + 2];
  return (
    !span.possessive &&
    fold(t[span.to + 1]) === "of" &&
    town !== undefined &&
    town.capital &&
    findGazetteerPlace(baseOf(town)) !== undefined
  );
}

/** The span is the town of "Name Surname of Town": a capitalised two-word run, then "of", then the span. */
function afterNameOf(span: SpanContext): boolean {
  const t = span.tokens;
  return (
    fold(t[span.from - 1]) === "of" &&
    t[span.from - 2]?.capital === true &&
    t[span.from - 3]?.capital === true &&
    span.words.length <= 3
  );
}

/**
 * The entity-type table. Spelling rows look at the span's own words, context
 * rows at the words around it; every row that holds adds one vote.
 */
export const ENTITY_TYPE_RULES = defineRules<TypeRule>("entity-type", [
  // Spelling: people.
  {
    id: "honorific",
    reason: "Mr, Mrs, Ms, Dr, Lord, Sir or Dame before a name marks a person",
    kind: "person",
    weight: W.honorific,
    test: (s) => s.honorific !== undefined,
  },
  {
    id: "title-before",
    reason: "a title or role before a name (Gov., Sen., the foreign minister) marks its holder",
    kind: "person",
    weight: W.title,
    test: (s) => s.titled && s.honorific === undefined,
  },
  {
    id: "first-name",
    reason: "a span opening with a common first name is usually a person",
    kind: "person",
    weight: W.firstName,
    test: (s) =>
      multi(s) &&
      firstNameGender(first(s)) !== undefined &&
      !isCommonWord(first(s), s.vocabulary) &&
      first(s).length > 2,
  },
  {
    id: "first-name-common",
    reason: "a first name that is also a common word (Will, Page, Red, North) is weaker evidence",
    kind: "person",
    weight: W.firstNameCommon,
    test: (s) =>
      multi(s) &&
      firstNameGender(first(s)) !== undefined &&
      (isCommonWord(first(s), s.vocabulary) || first(s).length <= 2),
  },
  // Spelling: organisations.
  {
    id: "org-suffix",
    reason: "Inc, Bank, Party, Council, Airlines… end the names of organisations",
    kind: "org",
    weight: W.orgSuffix,
    test: (s) => multi(s) && ORG_SUFFIXES.has(last(s)),
  },
  {
    id: "org-head-of",
    reason: "'Court of Arbitration', 'University of Georgia': an organisation word, then 'of'",
    kind: "org",
    weight: W.orgSuffix,
    test: (s) => multi(s) && ORG_SUFFIXES.has(first(s)) && s.words[1] === "of",
  },
  {
    id: "org-word-then-place",
    reason:
      "'Media Labs Europe', 'BBC Northern Ireland': an organisation word or name, then the place it serves",
    kind: "org",
    weight: W.orgSuffix,
    test: (s) =>
      s.words.length >= 3 &&
      s.words.slice(0, -1).some((w) => ORG_SUFFIXES.has(w)) &&
      findGazetteerPlace(last(s)) !== undefined,
  },
  {
    id: "known-org",
    reason: "well-known organisations written as one name (NATO, Reuters, Kremlin)",
    kind: "org",
    weight: W.knownOrg,
    test: (s) => KNOWN_ORGS.has(s.words.join(" ")),
  },
  {
    id: "acronym",
    reason: "a short all-capital word is usually an organisation's initials",
    kind: "org",
    weight: W.acronym,
    test: (s) => !multi(s) && /^\p{Lu}{2,6}$/u.test(s.text),
  },
  {
    id: "place-head-of",
    reason: "'City of London', 'Isle of Man', 'Gulf of Mexico': a place word, then 'of'",
    kind: "place",
    weight: W.orgSuffix,
    test: (s) =>
      multi(s) &&
      (PLACE_SUFFIXES.has(first(s)) || PLACE_PREFIXES.has(first(s))) &&
      s.words[1] === "of",
  },
  {
    id: "place-led-org",
    reason:
      "an untitled name that opens with a place (Manchester United) or holds 'of' (Bank of England) is a body",
    kind: "org",
    weight: W.placeLedOrg,
    test: (s) =>
      multi(s) &&
      !s.titled &&
      s.honorific === undefined &&
      firstNameGender(first(s)) === undefined &&
      !PLACE_SUFFIXES.has(last(s)) &&
      listedOf(s) === null &&
      (s.words.includes("of") || startsWithNotablePlace(s)),
  },
  // Spelling: places.
  {
    id: "place-suffix",
    reason: "Street, County, Bay, Hospital, Stadium, Bowl… end place and venue names",
    kind: "place",
    weight: W.placeSuffix,
    test: (s) => multi(s) && PLACE_SUFFIXES.has(last(s)),
  },
  {
    id: "place-prefix",
    reason: "Cape, Lake, Mount, River, Fort… open place names",
    kind: "place",
    weight: W.placePrefix,
    test: (s) => multi(s) && PLACE_PREFIXES.has(first(s)),
  },
  {
    id: "venue-noun",
    reason: "a lower-case venue noun after the name ('the Ritz-Carlton hotel') makes it a venue",
    kind: "place",
    weight: W.venueNoun,
    test: (s) => {
      const next = s.tokens[s.to + 1];
      return !s.possessive && next !== undefined && !next.capital && VENUE_NOUNS.has(fold(next));
    },
  },
  {
    id: "known-place",
    reason: "the hand-kept gazetteer of countries, capitals and regions knows the name",
    kind: "place",
    weight: W.knownPlace,
    test: (s) => knownOf(s) !== null,
  },
  {
    id: "direction-place",
    reason: "'Northern Ireland', 'East Sussex': a compass word before a known place is a place",
    kind: "place",
    weight: W.knownPlace,
    test: (s) =>
      multi(s) &&
      DIRECTIONS.has(first(s)) &&
      findGazetteerPlace(s.words.slice(1).join(" ")) !== undefined,
  },
  {
    id: "gazetteer",
    reason: "GeoNames cities and ISO 3166 subdivisions: one vote, since many surnames are towns",
    kind: "place",
    weight: W.gazetteer,
    test: (s) => !multi(s) && knownOf(s) === null && listedOf(s) !== null,
  },
  {
    id: "gazetteer-multi",
    reason: "a multi-word name the gazetteer knows (El Paso, Palm Desert) is rarely also a person",
    kind: "place",
    weight: W.gazetteerMulti,
    test: (s) => multi(s) && knownOf(s) === null && listedOf(s) !== null,
  },
  // Spelling: not names.
  {
    id: "event-suffix",
    reason: "wars, summits, treaties and cups are events, neither people nor places",
    kind: "other",
    weight: W.eventSuffix,
    test: (s) => multi(s) && EVENT_SUFFIXES.has(last(s)),
  },
  {
    id: "demonym-last",
    reason:
      "'South African', 'Communist Chinese': a span ending in a demonym describes, it names nobody",
    kind: "other",
    weight: W.roleWordLast,
    test: (s) => multi(s) && isDemonymLike(last(s)),
  },
  {
    id: "common-first-word",
    reason:
      "a span opening with a common word and no first name ('School Daze', 'Fat Albert') is a title or a thing more often than a person",
    kind: "other",
    weight: W.commonFirstWord,
    test: (s) =>
      multi(s) &&
      firstNameGender(first(s)) === undefined &&
      s.honorific === undefined &&
      !s.titled &&
      isCommonWord(first(s), s.vocabulary) &&
      !DIRECTIONS.has(first(s)),
  },
  {
    id: "role-word-last",
    reason:
      "a span ending in a role word ('Labour MPs', 'Tory MP') describes people, it names nobody",
    kind: "other",
    weight: W.roleWordLast,
    test: (s) => ROLE_HEADS.has(last(s)) || ROLE_HEADS.has(singular(last(s))),
  },
  {
    id: "demonym",
    reason: "British, Asian, Tory-style adjectives and demonyms are not names by themselves",
    kind: "other",
    weight: W.roleWordLast,
    test: (s) => !multi(s) && isDemonymLike(first(s)),
  },
  {
    id: "bare-type-word",
    reason: "'Department', 'University', 'Hospital' alone are what a name ends in, not a name",
    kind: "other",
    weight: W.roleWordLast,
    test: (s) =>
      !multi(s) &&
      (ORG_SUFFIXES.has(first(s)) ||
        (PLACE_SUFFIXES.has(first(s)) && isCommonWord(first(s), s.vocabulary))),
  },
  {
    id: "lower-case-word",
    reason:
      "a single word the corpus also writes in lower case (House, General) is not a name by itself",
    kind: "other",
    weight: W.lowerCaseWord,
    test: (s) => !multi(s) && isCommonWord(first(s), s.vocabulary),
  },
  {
    id: "lower-case-words",
    reason:
      "every word of the span is a common word (Stock Exchange, Red Devils): a title or a thing, rarely a person",
    kind: "other",
    weight: W.lowerCaseWords,
    test: (s) => multi(s) && s.words.every((w) => w === "of" || isCommonWord(w, s.vocabulary)),
  },
  // Context.
  {
    id: "apposition-org",
    reason:
      "'the research laboratory, Media Labs Europe,': a name in apposition to an organisation noun is that organisation",
    kind: "org",
    weight: W.apposition,
    test: (s) => {
      const n = appositionNoun(s);
      return n !== undefined && (ORG_SUFFIXES.has(n) || ORG_SUFFIXES.has(singular(n)));
    },
  },
  {
    id: "apposition-place",
    reason: "'the town, Elburn,': a name in apposition to a place noun is that place",
    kind: "place",
    weight: W.apposition,
    test: (s) => {
      const n = appositionNoun(s);
      return n !== undefined && PLACE_SUFFIXES.has(n);
    },
  },
  {
    id: "apposition-person",
    reason: "'his lawyer, Walter Phillips,': a name in apposition to a role noun is that person",
    kind: "person",
    weight: W.apposition,
    test: (s) => {
      const n = appositionNoun(s);
      return n !== undefined && ROLE_HEADS.has(n);
    },
  },
  {
    id: "possessive-kin",
    reason: "'Glazer's sons', 'Bell's wife': only people have families",
    kind: "person",
    weight: W.possessiveKin,
    test: (s) => s.possessive && KIN.has(fold(s.tokens[s.to + 1])),
  },
  {
    id: "age",
    reason: "an age in apposition (', 34,') follows only people",
    kind: "person",
    weight: W.age,
    test: hasAge,
  },
  {
    id: "role-after",
    reason: "a role in apposition after the name (', the defence minister,') marks a person",
    kind: "person",
    weight: W.roleAfter,
    test: (s) => s.roleAfter,
  },
  {
    id: "speaks",
    reason: "said, told, according to: people speak (and so do bodies, which other rows outvote)",
    kind: "person",
    weight: W.speaks,
    test: (s) => s.speaks,
  },
  {
    id: "of-town",
    reason: "'Rob Ledford of Gainesville': a person from a place",
    kind: "person",
    weight: W.ofTown,
    test: (s) => multi(s) && beforeOfTown(s),
  },
  {
    id: "town-of",
    reason: "the town of 'Rob Ledford of Gainesville' is a place",
    kind: "place",
    weight: W.townOf,
    test: afterNameOf,
  },
  {
    id: "state-abbreviation",
    reason: "'Elburn, Ill.', 'Austin, Tex.': an abbreviated state after a place and a comma",
    kind: "place",
    weight: W.knownPlace,
    test: (s) =>
      !multi(s) &&
      STATE_ABBREVIATIONS.has(first(s)) &&
      s.tokens[s.to + 1]?.text === "." &&
      s.tokens[s.from - 1]?.text === "," &&
      s.tokens[s.from - 2]?.capital === true,
  },
  {
    id: "dateline",
    reason: "'Elburn, Ill. --': the name that opens a dateline is where the story was filed",
    kind: "place",
    weight: W.dateline,
    test: opensDateline,
  },
  {
    id: "located",
    reason: "in, at, from, near, outside before a name point to a place",
    kind: "place",
    weight: W.located,
    test: (s) => s.located,
  },
  // Defaults.
  {
    id: "multi-word",
    reason:
      "two or more capitalised words with nothing else known are most often a person in news copy",
    kind: "person",
    weight: W.multiWord,
    test: multi,
  },
  {
    id: "single-word",
    reason: "a single capitalised word with nothing else known may be a surname",
    kind: "person",
    weight: W.singleWord,
    test: (s) => !multi(s),
  },
]);

const KIN = new Set([
  "wife",
  "husband",
  "son",
  "sons",
  "daughter",
  "daughters",
  "mother",
  "father",
  "brother",
  "brothers",
  "sister",
  "sisters",
  "widow",
  "widower",
  "children",
  "parents",
  "family",
  "grandson",
  "granddaughter",
  "fiancee",
  "fiance",
  "partner",
  "girlfriend",
  "boyfriend",
]);
const DIRECTIONS: ReadonlySet<string> = new Set([
  ...COMPASS_WORDS,
  "north-east",
  "north-west",
  "south-east",
  "south-west",
]);

/** Named events and documents: "Cold War", "Minsk Accords". */
const EVENT_SUFFIXES = new Set([
  "war",
  "wars",
  "revolution",
  "crisis",
  "summit",
  "conference",
  "games",
  "cup",
  "olympics",
  "accords",
  "accord",
  "agreement",
  "treaty",
  "protocol",
  "deal",
  "act",
  "plan",
  "doctrine",
  "initiative",
  "forum",
  "day",
  "week",
  "show",
  "story",
  "awards",
  "award",
  "prize",
  "trophy",
  "championship",
  "championships",
  "open",
  "series",
  "festival",
  "tour",
  "eve",
  "workshop",
  "seminar",
  "symposium",
  "exposition",
  "exhibition",
  "fair",
  "banner",
  "forever",
]);

/**
 * The span opens with a place well enough known to name a body after it ("Manchester United", "Tampa Bay
 * Buccaneers"): a country, capital or region of the hand-kept list, a multi-word gazetteer name, or any town
 * when a plural follows it (a team). Any of the
 * gazetteer's 23,000 towns alone is not enough: many surnames and first names are towns ("Paine Knickerbocker").
 */
function startsWithNotablePlace(s: SpanContext): boolean {
  if (!startsWithPlace(s.tokens, s.from, s.to)) return false;
  const firstWord = s.tokens[s.from];
  const firstTwo = s.tokens[s.from + 1];
  // A team is named as a plural after its town ("Tampa Bay Buccaneers", "Dallas Cowboys"); a person never is.
  const plural = /[^s]s$/.test(last(s)) && firstNameGender(last(s)) === undefined;
  return (
    plural ||
    (firstWord !== undefined && findKnownPlace(baseOf(firstWord)) !== undefined) ||
    (firstWord !== undefined &&
      firstTwo !== undefined &&
      s.from + 1 < s.to &&
      findGazetteerPlace(`${baseOf(firstWord)} ${baseOf(firstTwo)}`) !== undefined)
  );
}

/** Every vote the table gives a span. */
export function collectTypeVotes(span: SpanContext): TypeVote[] {
  const votes: TypeVote[] = [];
  ENTITY_TYPE_RULES.forEach((rule, i) => {
    if (rule.test(span)) votes.push(RULE_VOTES[i]!);
  });
  return votes;
}

// One shared, frozen vote per row: a build types millions of spans, and a fresh object per vote is garbage.
const RULE_VOTES: readonly TypeVote[] = ENTITY_TYPE_RULES.map((rule) =>
  Object.freeze({ rule: rule.id, kind: rule.kind, weight: rule.weight }),
);

/** The kind with the largest sum of votes; ties go to the earlier kind in person, org, place, other. */
export function tallyVotes(votes: readonly TypeVote[]): {
  kind: SpanKind;
  score: number;
  margin: number;
} {
  const sums: Record<SpanKind, number> = { person: 0, org: 0, place: 0, other: 0 };
  for (const vote of votes) sums[vote.kind] += vote.weight;
  let best: SpanKind = "person";
  let second = 0;
  for (const kind of ["org", "place", "other"] as const) if (sums[kind] > sums[best]) best = kind;
  for (const kind of ["person", "org", "place", "other"] as const)
    if (kind !== best) second = Math.max(second, sums[kind]);
  return { kind: best, score: sums[best], margin: sums[best] - second };
}
