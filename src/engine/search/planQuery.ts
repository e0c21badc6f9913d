import type { Analysis } from "../analysis/analyzeCorpus.js";
import { findKnownPlace, isDemonym } from "../entities/gazetteer.js";
import { editDistance } from "../text/editDistance.js";
import { nameKey } from "../entities/nameKey.js";
import { foldText } from "../text/foldText.js";
import { joinCompounds, processTerm, termsOf } from "../text/processTerm.js";
import { splitWords } from "../text/splitWords.js";
import { QUESTION_FILLER } from "../text/stopWords.js";
import { isEnglishWord } from "../text/isEnglishWord.js";
import { worthOf, type MatchSourceId } from "../text/matchSources.js";
import { expandWord } from "./expandWord.js";
import { MATCH_WEIGHTS } from "./matchWeights.js";
import type { Entity } from "../types.js";
import type { SearchIndex } from "./buildSearchIndex.js";
import { findNamePhrases } from "./findNamePhrases.js";
import { isOrdinal, LOWER_ORDINALS, NUMBER_WORDS } from "../text/numberWords.js";
import { isSuperlative } from "../text/isSuperlative.js";

/** One word of the query that must be matched, with the index terms that count as a match. */
export interface QueryConcept {
  /** The query word as typed. */
  word: string;
  /** Index terms that match this concept, each with how much a match is worth (1 exact, less for variants). */
  alternatives: Map<string, number>;
  /** For each alternative, the match source row (matchSources.ts) that gave it; absent for entity spellings. */
  rules?: Map<string, MatchSourceId>;
  /** Inverse sentence frequency: rare words weigh more. */
  weight: number;
  /** A question word such as "place" or "happen": it helps rank but cannot carry an answer alone. */
  filler: boolean;
  /** The entity this word names, when it names one. */
  entity?: string;
  /**
   * Spellings of that entity whose head word is an everyday noun, as their index terms: a text holding every term of
   * one matches fully; the head word alone only at `MATCH_WEIGHTS.nameCommonHead`.
   */
  together?: string[][];
  /** A number or ordinal ("61st", "third", "1961"): an answering paragraph must contain it. */
  exact?: boolean;
  /**
   * For an ordinal the question puts right before a word ("third prize"), that word's concept index: the paragraph
   * must say the ordinal right before it too (at most one word between: "13th annual Bake-Off"), not "the third
   * time" somewhere and "prize" elsewhere.
   */
  ordinalOf?: number;
  /**
   * A word of the title the sources give a person or body the question names ("Commerce Secretary" of Luther Hodges
   * in "When did Luther Hodges become Commerce Secretary?"): it says who is meant, not what is asked, so it is no
   * part of the predicate an answering paragraph must hold.
   */
  title?: boolean;
  /**
   * A superlative not ranked by an ordinal in the question ("biggest", not "second biggest"): a sentence that says
   * it only after an ordinal ("the second biggest shareholders") matches it at SUPERLATIVE_RANKED.
   */
  superlative?: boolean;
}

/** A parsed query. */
export interface QueryPlan {
  text: string;
  concepts: QueryConcept[];
  /** Entities named in the query, in order. */
  entities: Entity[];
  /** Sum of the weights of non-filler concepts. */
  totalWeight: number;
  /** Names in the query (capitalised words, places, nationalities) that the corpus never mentions. */
  unknownNames: string[];
  /** Multi-word names of the query that are no entity ("U.S. Open"), folded: an answering article must contain each whole. */
  phrases: string[];
}

const MAX_QUERY_WORDS = 64;
/** What joins the parts of a hyphenated name: a hyphen (or its typographic forms), nothing else. */
const HYPHEN = /^[-\u2010\u2011]$/u;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|mme|mlle|messrs)\.?$/i;

const nameTerms = new WeakMap<Analysis, ReadonlySet<string>>();

/** Index terms of entity names ("spike" of "Spikes", "bonn"), which a lower-case query word is never corrected to. */
function nameTermsOf(analysis: Analysis): ReadonlySet<string> {
  let terms = nameTerms.get(analysis);
  if (!terms) {
    const found = new Set<string>();
    for (const entity of analysis.entities.entities)
      for (const variant of entity.variants) for (const term of termsOf(variant)) found.add(term);
    terms = found;
    nameTerms.set(analysis, terms);
  }
  return terms;
}

/** Make the set of name terms now rather than on the first lower-case typo (the engine's warm-up while idle). */
export function prepareNameTerms(analysis: Analysis): void {
  nameTermsOf(analysis);
}

function idf(index: SearchIndex, frequency: number): number {
  return Math.log(1 + index.documentCount / (frequency + 0.5));
}

/** A surname one typo away (two for long names), when exactly one person is that close: "Zelenksy". */
function closeSurname(key: string, analysis: Analysis): string[] | undefined {
  if (key.length < 5) return undefined;
  const max = key.length >= 9 ? 2 : 1;
  let found: string[] | undefined;
  // The tree finds candidates by plain edit distance (a swap costs two); the swap-aware distance decides.
  for (const [surname, [ids]] of analysis.entities.surnameTree.fuzzyGet(key, max + 1)) {
    if (surname.length < 4 || editDistance(key, surname, max) > max) continue;
    if (found && found.join() !== ids.join()) return undefined;
    found = ids;
  }
  return found;
}

// Module-level helpers rather than closures made per query: planning is on every question's path.

/** isEnglishWord of word `at`, asked once: `english` keeps the answers by position. */
function isEnglishAt(
  words: readonly string[],
  english: (boolean | undefined)[],
  at: number,
): boolean {
  return (english[at] ??= isEnglishWord(words[at]!));
}

/** A concept's match: the index term, what a match is worth, and the match source row that gave it. */
function offerMatch(
  alternatives: Map<string, number>,
  rules: Map<string, MatchSourceId>,
  candidate: string,
  rule: MatchSourceId,
  worth = worthOf(rule),
): void {
  alternatives.set(candidate, worth);
  rules.set(candidate, rule);
}

/** Entities named by consecutive query words (longest match first), as [start, end) word ranges. */
function findNamedEntities(
  words: string[],
  hyphened: readonly boolean[],
  analysis: Analysis,
  index: SearchIndex,
): { from: number; to: number; entity: Entity }[] {
  const found: { from: number; to: number; entity: Entity }[] = [];
  // A lower-case English word ("brown", "spies") is a word, not a name the user forgot to capitalise. Asked once per
  // word rather than once per phrase tried: a lexicon lookup is most of what a query's names cost. A possessive
  // ending ("Herter's") does not change it, as isEnglishWord reads the word without one.
  const english: (boolean | undefined)[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let length = Math.min(4, words.length - i); length >= 1 && !matched; length--) {
      let allLowerEnglish = true;
      for (let at = i; at < i + length && allLowerEnglish; at++)
        allLowerEnglish = !/^\p{Lu}/u.test(words[at]!) && isEnglishAt(words, english, at);
      if (allLowerEnglish) continue;
      // "Herter's report", "the Glazers' team": a possessive ending is no part of the name.
      const phrase = words
        .slice(i, i + length)
        .join(" ")
        .replace(/['’]s?$/u, "");
      const folded = foldText(phrase);
      let ids = analysis.entities.names.get(folded);
      // "Schmidl-Seeberg" reaches here as two words: the table knows the name with its hyphen, and as one surname.
      const joined = length > 1 && hyphened.slice(i + 1, i + length).every(Boolean);
      if (!ids && joined)
        ids =
          analysis.entities.names.get(foldText(words.slice(i, i + length).join("-"))) ??
          analysis.entities.surnames.get(nameKey(phrase));
      // "the Kennedys", "the Schmidl-Seebergs": a family named by its surname in the plural.
      if (!ids && (length === 1 || joined) && /^\p{Lu}/u.test(phrase) && /[^s]s$/u.test(phrase))
        ids = analysis.entities.surnames.get(nameKey(phrase.slice(0, -1)));
      if (!ids && length === 1 && folded.length >= 3) {
        ids = analysis.entities.surnames.get(nameKey(phrase));
        // Only a capitalised word is worth a typo-tolerant name lookup (a lower-case word is never corrected onto a
        // name), and only one that is itself no word of the corpus or of English: "Music" is not "Musica", and
        // "Christmas" (of "Christmas Toys") is no typo of "Christian".
        const term = processTerm(phrase);
        const corpusWord = term !== null && index.vocabulary.has(term);
        if (!ids && /^\p{Lu}/u.test(phrase) && !isEnglishAt(words, english, i) && !corpusWord)
          ids = closeSurname(nameKey(phrase), analysis);
      }
      const entity = ids
        ?.map((id) => analysis.entities.byId.get(id))
        .find((e): e is Entity => e !== undefined);
      if (
        entity &&
        !(length === 1 && !/^\p{Lu}/u.test(phrase) && entity.kind !== "person" && folded.length < 4)
      ) {
        found.push({ from: i, to: i + length, entity });
        i += length;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return found;
}

/** A query's words, and the entities that runs of them name ([from, to) word ranges, in order). */
export interface QueryNames {
  words: string[];
  named: { from: number; to: number; entity: Entity }[];
}

/**
 * The last words read for names and the last query planned, per corpus: a /who question is first read for a profile
 * ("is the query just a name?"), then planned, and planned again for suggestions when nothing answers it. Results are
 * only read, never changed, so sharing them is safe.
 */
const lastNames = new WeakMap<
  Analysis,
  { key: string; index: SearchIndex; named: QueryNames["named"] }
>();
const lastPlans = new WeakMap<Analysis, { query: string; index: SearchIndex; plan: QueryPlan }>();

/** planQuery's first step, on its own for callers that need only the names ("is the query just a name?"). */
export function findQueryNames(query: string, analysis: Analysis, index: SearchIndex): QueryNames {
  const text = query.slice(0, 2000);
  const tokens = joinCompounds(splitWords(text)).slice(0, MAX_QUERY_WORDS);
  const words = tokens.map((w) => w.text);
  // Which words follow the one before with only a hyphen between: the parts of a hyphenated name.
  const hyphened = tokens.map(
    (token, i) => i > 0 && HYPHEN.test(text.slice(tokens[i - 1]!.end, token.start)),
  );
  const key = words.map((w, i) => (hyphened[i] ? `-${w}` : w)).join("\u0000");
  const last = lastNames.get(analysis);
  if (last?.key === key && last.index === index) return { words, named: last.named };
  const named = findNamedEntities(words, hyphened, analysis, index);
  lastNames.set(analysis, { key, index, named });
  return { words, named };
}

/**
 * What a query word outside the names is to the plan: no concept at all (no index term, or an honorific before a
 * name), a question filler ("place", "happen"), or content. `term` is processTerm's of the word, `next` the
 * position after it.
 */
export function roleOfWord(
  word: string,
  term: string | null,
  next: number,
  named: QueryNames["named"],
): "skipped" | "filler" | "content" {
  if (!term) return "skipped";
  // "Mrs. Oliver", "Dr Fox": an honorific before a name the plan already has says nothing more.
  if (HONORIFIC.test(word) && named.some((n) => n.from === next)) return "skipped";
  return QUESTION_FILLER.has(foldText(word)) ? "filler" : "content";
}

/**
 * Turn query text into weighted concepts: stop words dropped, names mapped
 * to every spelling of the entity, and words absent from the corpus
 * corrected with a capped fuzzy or prefix lookup in the vocabulary.
 */
export function planQuery(query: string, analysis: Analysis, index: SearchIndex): QueryPlan {
  const last = lastPlans.get(analysis);
  if (last?.query === query && last.index === index) return last.plan;
  const plan = planWords(query, analysis, index);
  lastPlans.set(analysis, { query, index, plan });
  return plan;
}

/**
 * Mark the question words that make up the whole of a title the sources give a person the question names
 * (QueryConcept.title). Only the whole title ("Commerce Secretary"), not one word the question may be asking
 * about ("the Labs" of "the Labs' managing director").
 */
function markTitles(concepts: readonly QueryConcept[], entities: readonly Entity[]): void {
  const roles = entities.filter((e) => e.kind === "person").flatMap((e) => e.roles);
  if (roles.length === 0) return;
  const plain = concepts
    .filter((c) => !c.entity && !c.filler && !c.exact)
    .map((c) => [c, processTerm(c.word)] as const);
  const said = new Set(plain.map(([, term]) => term));
  for (const role of roles) {
    const terms = termsOf(role);
    if (terms.length === 0 || !terms.every((t) => said.has(t))) continue;
    for (const [concept, term] of plain)
      if (term !== null && terms.includes(term)) concept.title = true;
  }
}

/** planQuery without its memo. */
function planWords(query: string, analysis: Analysis, index: SearchIndex): QueryPlan {
  const { words, named } = findQueryNames(query, analysis, index);
  const concepts: QueryConcept[] = [];
  // The last ordinal read and the word position right after it, while its head word may still come.
  let ordinal: { concept: QueryConcept; next: number } | undefined;
  const linkOrdinal = (from: number) => {
    if (ordinal?.next === from) ordinal.concept.ordinalOf = concepts.length;
    ordinal = undefined;
  };
  const entities: Entity[] = [];
  const unknownNames: string[] = [];
  let position = 0;
  while (position < words.length) {
    const name = named.find((n) => n.from === position);
    if (name) {
      const alternatives = new Map<string, number>();
      const heads = new Set<string>();
      const together: string[][] = [];
      // A name is matched by its head word (a surname, the last word of "World Series"); its other words alone
      // ("world", "Joseph") say little about whether a sentence is about it.
      for (const variant of name.entity.variants) {
        const terms = termsOf(variant);
        if (terms.length === 0) continue;
        // A body or place whose name ends in an everyday noun ("Mills Chamber Players", "White House"): that noun
        // alone is mostly about something else ("the traveling players"), so the whole name must be there for a
        // full match. A person's surname alone is how news names them, whatever the word.
        const commonHead =
          name.entity.kind !== "person" &&
          terms.length > 1 &&
          isEnglishWord(splitWords(variant).at(-1)?.text ?? "");
        if (commonHead) together.push(terms);
        heads.add(terms.at(-1)!);
        terms.forEach((term, i) => {
          const worth =
            i < terms.length - 1
              ? MATCH_WEIGHTS.nameOtherWord
              : commonHead
                ? MATCH_WEIGHTS.nameCommonHead
                : 1;
          if (worth > (alternatives.get(term) ?? 0)) alternatives.set(term, worth);
        });
      }
      const frequency = Math.max(...[...heads].map((t) => index.vocabulary.get(t) ?? 0), 0);
      if (alternatives.size > 0) {
        linkOrdinal(name.from);
        concepts.push({
          word: words.slice(name.from, name.to).join(" "),
          alternatives,
          weight: idf(index, frequency) * 1.2,
          filler: false,
          entity: name.entity.id,
          ...(together.length > 0 ? { together } : {}),
          // A year or a date of the question ("the 1961 World Series") is a number: said in the paragraph itself.
          ...(name.entity.kind === "date" &&
          words.slice(name.from, name.to).some((w) => /\d/.test(w))
            ? { exact: true }
            : {}),
        });
      }
      if (!entities.includes(name.entity)) entities.push(name.entity);
      position = name.to;
      continue;
    }
    const word = words[position]!;
    position++;
    const term = processTerm(word);
    const role = roleOfWord(word, term, position, named);
    if (!term || role === "skipped") continue;
    const filler = role === "filler";
    const alternatives = new Map<string, number>();
    const rules = new Map<string, MatchSourceId>();
    // A capitalised word inside the question names something: its WordNet relatives ("Bush": shrub) do not stand for it.
    const namesSomething = position > 1 && /^\p{Lu}/u.test(word);
    for (const alternative of expandWord(word, !namesSomething))
      if (index.vocabulary.has(alternative.term))
        offerMatch(alternatives, rules, alternative.term, alternative.rule, alternative.worth);
    let frequency: number | undefined;
    // A number is exact: "61st" is not a typo for "51st".
    const numeric = /\d/.test(word);
    if (
      alternatives.size === 0 &&
      !numeric &&
      term.length >= MATCH_WEIGHTS.minFuzzyLength &&
      !isEnglishWord(word)
    ) {
      // A typo: neither a corpus word nor English. A lower-case word is never corrected onto a name.
      const lower = !/^\p{Lu}/u.test(word);
      const names = lower ? nameTermsOf(analysis) : undefined;
      const distance = term.length >= MATCH_WEIGHTS.twoEditLength ? 2 : 1;
      const fuzzy = [...index.vocabulary.fuzzyGet(term, distance)]
        .filter(([candidate]) => !names?.has(candidate))
        .sort((a, b) => a[1][1] - b[1][1] || b[1][0] - a[1][0])
        .slice(0, MATCH_WEIGHTS.maxFuzzy);
      for (const [candidate, [, edits]] of fuzzy)
        offerMatch(alternatives, rules, candidate, edits === 1 ? "fuzzy-1" : "fuzzy-2");
      // offerMatch() above may have filled it; TypeScript cannot see that through the call.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (alternatives.size === 0) {
        let taken = 0;
        for (const [candidate] of index.vocabulary.atPrefix(term)) {
          if (names?.has(candidate)) continue;
          offerMatch(alternatives, rules, candidate, "prefix");
          if (++taken >= MATCH_WEIGHTS.maxPrefix) break;
        }
      }
    }
    if (alternatives.size > 0) {
      // Rarity comes from the close matches: a loose relative that is common must not make the word look common.
      const close = [...alternatives]
        .filter(([, worth]) => worth >= MATCH_WEIGHTS.minFrequencyWorth)
        .map(([t]) => t);
      const counted = close.length > 0 ? close : [...alternatives.keys()];
      frequency = Math.max(0, ...counted.map((t) => index.vocabulary.get(t) ?? 0));
    }
    if (alternatives.size === 0) {
      // Unknown everywhere: it still counts against coverage, so unrelated questions find nothing. A lower-case
      // English word the sources never use is as often the asker's own wording ("paid tribute", "won gold" for
      // "champion") as a sign they cannot answer, so it weighs less than a rarest word; a name or a typo, whole.
      const paraphrase = !(position > 1 && /^\p{Lu}/u.test(word)) && isEnglishWord(word);
      concepts.push({
        word,
        alternatives,
        weight: idf(index, 0) * (paraphrase ? MATCH_WEIGHTS.unknownEnglishWord : 1),
        filler,
      });
      // A name ("Japan", "Super Bowl") or a number ("61st", "1987", "second") the sources never mention means they cannot answer.
      if (
        (position > 1 && /^\p{Lu}/u.test(word)) ||
        numeric ||
        NUMBER_WORDS.has(foldText(word)) ||
        findKnownPlace(word) ||
        isDemonym(word)
      )
        unknownNames.push(word);
      continue;
    }
    const concept: QueryConcept = {
      word,
      alternatives,
      rules,
      weight: idf(index, frequency ?? 0) * (filler ? 0.3 : 1),
      filler,
    };
    if (numeric || NUMBER_WORDS.has(foldText(word))) concept.exact = true;
    if (isSuperlative(word) && !LOWER_ORDINALS.has(foldText(words[position - 2] ?? "")))
      concept.superlative = true;
    linkOrdinal(position - 1);
    if (!filler && isOrdinal(word)) ordinal = { concept, next: position };
    concepts.push(concept);
  }
  markTitles(concepts, entities);
  const totalWeight = concepts.filter((c) => !c.filler).reduce((sum, c) => sum + c.weight, 0);
  return {
    text: query,
    concepts,
    entities,
    totalWeight,
    unknownNames,
    phrases: findNamePhrases(query, entities),
  };
}
