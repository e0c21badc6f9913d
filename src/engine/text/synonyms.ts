import { defineRules, type Rule } from "../rules/defineRules.js";
import { processTerm } from "./processTerm.js";

/** Words news writing uses interchangeably: a query word also matches the row's other words (match source `news-synonym`). */
export interface SynonymRow extends Rule {
  readonly words: readonly string[];
}

/**
 * Hand-kept groups for news vocabulary that WordNet splits across senses or
 * spellings. General vocabulary, not per article; WordNet (lexicon.ts) does the bulk.
 */
export const NEWS_SYNONYMS = defineRules("news-synonyms", [
  {
    id: "talks",
    words: ["talks", "discussions", "negotiations"],
    reason: "diplomatic talks are reported under all three names",
  },
  {
    id: "lead-verb",
    words: ["lead", "leads", "leading", "head", "heads", "heading", "chair", "chairs"],
    reason: "who leads a delegation or body: heads and chairs say the same",
  },
  {
    id: "leader",
    words: ["leader", "chief", "head"],
    reason: "the person at the top, as headlines name them",
  },
  {
    id: "attack",
    words: ["attack", "attacks", "strike", "strikes", "assault"],
    reason: "military attacks are called strikes and assaults",
  },
  {
    id: "war",
    words: ["war", "conflict", "fighting"],
    reason: "reports alternate between war, conflict and fighting",
  },
  {
    id: "invasion",
    words: ["invasion", "invade", "invaded", "incursion"],
    reason: "an incursion is reported as an invasion and back",
  },
  {
    id: "ceasefire",
    words: ["ceasefire", "truce", "halt"],
    reason: "a pause in fighting has three common names",
  },
  {
    id: "agreement",
    words: ["agreement", "deal", "accord", "pact"],
    reason: "a signed agreement is a deal, accord or pact in headlines",
  },
  {
    id: "death",
    words: ["kill", "killed", "dead", "death", "deaths"],
    reason: "casualty reports say killed, dead or deaths",
  },
  {
    id: "aid",
    words: ["aid", "assistance", "support"],
    reason: "aid to a country is also assistance or support",
  },
  { id: "envoy", words: ["envoy", "emissary"], reason: "two names for the same diplomatic role" },
  {
    id: "spokesperson",
    words: ["spokesperson", "spokesman", "spokeswoman"],
    reason: "the role named with or without gender",
  },
  { id: "adviser", words: ["adviser", "advisor"], reason: "two spellings of one word" },
  { id: "defence", words: ["defence", "defense"], reason: "British and American spellings" },
  { id: "country", words: ["country", "nation"], reason: "used interchangeably for a state" },
  {
    id: "control",
    words: ["occupy", "occupies", "hold", "holds", "control", "controls", "seize", "seized"],
    reason: "territory held, occupied, controlled or seized",
  },
  {
    id: "troops",
    words: ["troops", "forces", "soldiers"],
    reason: "armed forces named three ways",
  },
  {
    id: "begin",
    words: ["begin", "began", "start", "started", "commence", "commenced", "launch", "launched"],
    reason: "the start of an event or operation",
  },
  { id: "visit", words: ["visit", "trip"], reason: "an official visit is also a trip" },
  {
    id: "speak",
    words: ["speak", "spoke", "speech", "told", "tell", "address", "addressed"],
    reason: "speaking to an audience is reported as a speech, an address or telling",
  },
  {
    id: "plant",
    words: ["plant", "factory", "facility"],
    reason: "an industrial site has three names",
  },
  {
    id: "job",
    words: ["job", "jobs", "position", "positions"],
    reason: "a post is a job or a position",
  },
  { id: "mineral", words: ["minerals", "mineral"], reason: "the stemmer keeps these apart" },
  {
    id: "presidency",
    words: ["presidency", "administration"],
    reason: "a president's government is the administration",
  },
  {
    id: "annex",
    words: ["annex", "annexed", "annexation"],
    reason: "the stemmer keeps annexation apart from annex",
  },
  {
    id: "interview",
    words: ["interview", "interviewed", "podcast"],
    reason: "a recorded interview is often a podcast",
  },
] as const satisfies readonly SynonymRow[]);

const table = new Map<string, Set<string>>();
for (const row of NEWS_SYNONYMS) {
  const terms = [
    ...new Set(row.words.map((word) => processTerm(word)).filter((t): t is string => t !== null)),
  ];
  for (const term of terms) {
    const set = table.get(term) ?? new Set<string>();
    for (const other of terms) if (other !== term) set.add(other);
    table.set(term, set);
  }
}

/** Index terms that mean about the same as `term` (itself excluded). */
export function synonymsOf(term: string): ReadonlySet<string> {
  return table.get(term) ?? new Set();
}
