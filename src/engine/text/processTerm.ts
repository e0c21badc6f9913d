import { stemmer } from "stemmer";
import { DEMONYM_TO_PLACE } from "../entities/gazetteer.js";
import { foldText } from "./foldText.js";
import { IRREGULAR_VERBS } from "./irregularVerbs.js";
import { splitWords, type WordToken } from "./splitWords.js";
import { STOP_WORDS } from "./stopWords.js";

// Upper-case "US" is the country, lower-case "us" the pronoun: decide before folding.
const COUNTRY_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ["US", "usa"],
  ["USA", "usa"],
  ["UK", "uk"],
  ["UN", "un"],
  ["EU", "eu"],
]);

// Demonyms map to their country's term; these countries' usual short forms are acronyms.
const COUNTRY_TERMS: ReadonlyMap<string, string> = new Map([
  ["united states", "usa"],
  ["united kingdom", "uk"],
]);

const cache = new Map<string, string | null>();

/**
 * Turn one word, as written, into an index term: folded, possessive removed,
 * stop words dropped (null), irregular verbs and demonyms mapped to a base
 * form, then Porter-stemmed. The same function serves indexing and queries.
 */
export function processTerm(word: string): string | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const acronym = COUNTRY_ACRONYMS.get(word);
  if (acronym) return acronym;
  let folded = foldText(word)
    .replace(/'s$|'$/, "")
    .replace(/'/g, "");
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  if (folded.length === 1 && !/\d/.test(folded)) return null;
  folded = IRREGULAR_VERBS.get(folded) ?? folded;
  const place = DEMONYM_TO_PLACE.get(folded);
  if (place) folded = COUNTRY_TERMS.get(place) ?? place.split(" ")[0]!;
  if (/^\d/.test(folded)) return folded;
  return stemmer(folded);
}

// Two-word country names that mean the same as an acronym the text also uses.
const COMPOUNDS: ReadonlyMap<string, string> = new Map([
  ["united states", "US"],
  ["united kingdom", "UK"],
  ["european union", "EU"],
  ["united nations", "UN"],
]);

/** COMPOUNDS by first word, then second: words hold no spaces, so a pair is looked up without joining it into a string. */
const COMPOUND_PAIRS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const pairs = new Map<string, Map<string, string>>();
  for (const [name, acronym] of COMPOUNDS) {
    const [first, second] = name.split(" ") as [string, string];
    const seconds = pairs.get(first) ?? new Map<string, string>();
    seconds.set(second, acronym);
    pairs.set(first, seconds);
  }
  return pairs;
})();

/** Words with two-word country names joined into their acronym ("United States" -> "US"), offsets kept. */
export function joinCompounds(words: WordToken[]): WordToken[] {
  const joined: WordToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // Most words open no compound: the second word is lower-cased only after the first matched.
    const acronym =
      next && COMPOUND_PAIRS.get(word.text.toLowerCase())?.get(next.text.toLowerCase());
    if (acronym) {
      joined.push({ text: acronym, start: word.start, end: next.end });
      i++;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/** Index terms of a text, in order, stop words removed. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of joinCompounds(splitWords(text))) {
    const term = processTerm(word.text);
    if (term) terms.push(term);
  }
  return terms;
}
