import {
  COMMON_WORDS,
  DERIVED_WORDS,
  IRREGULAR_FORMS,
  SYNONYM_WORDS,
} from "./lexicon.generated.js";

/**
 * English words, lemmas and related lemmas, read from the WordNet tables that
 * `scripts/buildLexicon.ts` generates. The tables stay sorted arrays searched
 * by halving (no Set or Map of 68,000 words to hash), split on first use, so
 * an engine that never plans a query never pays for them.
 */
interface Lexicon {
  /** Common lemmas, sorted. */
  words: readonly string[];
  /** "form lemma" lines, sorted by form. */
  irregular: readonly string[];
  /** Lemma to its irregular forms ("bear" -> ["bore", "borne", "born"]). */
  formsOfLemma: ReadonlyMap<string, readonly string[]>;
  /** "word related…" lines, sorted by word. */
  derived: readonly string[];
  synonyms: readonly string[];
}

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const irregular = IRREGULAR_FORMS.split("\n");
  const formsOfLemma = new Map<string, string[]>();
  for (const line of irregular) {
    const [form, lemma] = line.split(" ");
    if (form && lemma) formsOfLemma.set(lemma, [...(formsOfLemma.get(lemma) ?? []), form]);
  }
  lexicon = {
    words: COMMON_WORDS.split(" "),
    irregular,
    formsOfLemma,
    derived: DERIVED_WORDS.split("\n"),
    synonyms: SYNONYM_WORDS.split("\n"),
  };
  return lexicon;
}

/** Split the tables now rather than on the first query that needs them (the engine's warm-up while idle). */
export function prepareLexicon(): void {
  loadLexicon();
}

/** Position of the first entry not below `key` in a sorted array. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isWord(word: string): boolean {
  const { words } = loadLexicon();
  return words[lowerBound(words, word)] === word;
}

/** The rest of every "word …" line for `word`, split into words. */
function linesOf(sorted: readonly string[], word: string): string[] {
  const prefix = `${word} `;
  const found: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++)
    found.push(...sorted[i]!.slice(prefix.length).split(" "));
  return found;
}

/** WordNet's "morphy" detachment rules: suffix of an inflected form and what replaces it in the lemma. */
const DETACHMENTS: readonly (readonly [string, string])[] = [
  ["s", ""],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
];

/**
 * The lemmas a lower-case word can be an inflection of, the word itself
 * included when it is a lemma: "died" -> die, "born" -> bear, "spies" -> spy,
 * "chairs" -> chair. Empty for a word WordNet does not know.
 */
export function lemmasOf(word: string): string[] {
  const found = new Set<string>();
  if (isWord(word)) found.add(word);
  for (const lemma of linesOf(loadLexicon().irregular, word)) found.add(lemma);
  // A word that is itself a lemma is read as that lemma ("news" is not "new", "paper" is not "pap").
  if (found.size > 0) return [...found];
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length) + replacement;
    if (isWord(stem)) found.add(stem);
    // A doubled final consonant before -ed/-ing/-er: "stopped" -> "stop".
    if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(stem) && isWord(stem.slice(0, -1)))
      found.add(stem.slice(0, -1));
  }
  return [...found];
}

/** Is this lower-case word an English word (a WordNet lemma or one of its inflections)? */
export function isLexiconWord(word: string): boolean {
  return lemmasOf(word).length > 0;
}

/**
 * Written forms of a lemma that an article may use: the lemma, its regular
 * inflections and its irregular ones ("die" -> dies, died, dying). Over-made
 * forms are harmless: callers keep only those the index holds.
 */
export function formsOf(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(loadLexicon().formsOfLemma.get(lemma) ?? [])]);
  const base = lemma.replace(/e$/, "");
  forms.add(/(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ies`);
    forms.add(`${lemma.slice(0, -1)}ied`);
  }
  // A one-syllable word with a short vowel before a final consonant doubles it: "stop" -> "stopped", and "win" never
  // makes "wining" (which the stemmer reads as "wine").
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(lemma)) {
    const last = lemma[lemma.length - 1]!;
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  } else {
    forms.add(lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`);
    forms.add(lemma.endsWith("ie") ? `${lemma.slice(0, -2)}ying` : `${base}ing`);
  }
  return [...forms];
}

/** Lemmas derivationally related to `lemma` in its frequent senses (die -> death, speak -> speech, chair -> chairman). */
export function derivedLemmas(lemma: string): readonly string[] {
  return linesOf(loadLexicon().derived, lemma);
}

/** WordNet synonyms that share the lemma's usual sense (salary -> pay, wage). */
export function synonymLemmas(lemma: string): readonly string[] {
  return linesOf(loadLexicon().synonyms, lemma);
}
