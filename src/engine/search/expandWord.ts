import { derivedLemmas, formsOf, lemmasOf, synonymLemmas } from "../text/lexicon.js";
import { foldText } from "../text/foldText.js";
import { worthOf, type MatchSourceId } from "../text/matchSources.js";
import { processTerm } from "../text/processTerm.js";
import { relatedByRow } from "../text/relatedRows.js";
import { FUNCTION_WORDS, STOP_WORDS } from "../text/stopWords.js";
import { synonymsOf } from "../text/synonyms.js";

/** One index term a query word can match, with its worth and the match source row that gave it. */
export interface Alternative {
  term: string;
  worth: number;
  rule: MatchSourceId;
}

const cache = new Map<string, Alternative[]>();

/** Index terms of every written form of these lemmas. */
function termsOfLemmas(lemmas: Iterable<string>): Set<string> {
  const terms = new Set<string>();
  for (const lemma of lemmas)
    for (const form of formsOf(lemma)) {
      const term = processTerm(form);
      // "uses" stems to "us", the pronoun: a related form never matches a function word.
      if (term && !FUNCTION_WORDS.has(term) && !STOP_WORDS.has(term)) terms.add(term);
    }
  return terms;
}

/** The verb or noun an agent noun may be made from: "podcasters" -> podcast, "vapers" -> vape, "vloggers" -> vlog. */
function agentBases(word: string): string[] {
  const match = /^(.{3,}?)(?:er|or)s?$/.exec(word);
  if (!match) return [];
  const base = match[1]!;
  const bases = [base, `${base}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) bases.push(base.slice(0, -1));
  return bases;
}

/**
 * The index terms a query word matches before any typo correction: its own
 * term, other inflections of its lemmas, hand-kept news synonyms, derivations
 * and WordNet synonyms, each at its source's worth (best kept). Independent of
 * the corpus; callers keep the terms the index holds. With `lexical` false
 * (a capitalised word inside a question, which names something), only the
 * word's own term and the news synonyms count: "Bush" is not a shrub.
 */
export function expandWord(word: string, lexical = true): readonly Alternative[] {
  const cacheKey = lexical ? word : `\u0000${word}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const found = new Map<string, Alternative>();
  const offer = (terms: Iterable<string>, rule: MatchSourceId) => {
    const worth = worthOf(rule);
    for (const term of terms)
      if (worth > (found.get(term)?.worth ?? 0)) found.set(term, { term, worth, rule });
  };
  const term = processTerm(word);
  if (term) {
    offer([term], "exact");
    offer(synonymsOf(term), "news-synonym");
    const folded = foldText(word).replace(/'s$|'$/, "");
    if (lexical && /^[a-z]+$/.test(folded)) {
      const lemmas = lemmasOf(folded);
      offer(termsOfLemmas(lemmas), "lemma");
      const derived = new Set<string>([
        ...relatedByRow(folded),
        ...lemmas.flatMap((l) => [...derivedLemmas(l), ...relatedByRow(l)]),
      ]);
      // A word WordNet lacks (a newer word) may still be an agent noun: "podcasters" -> podcast. Only then: for
      // known words the ending is too often no suffix ("mother", "summer").
      if (lemmas.length === 0) offer(termsOfLemmas(agentBases(folded)), "derivation");
      offer(termsOfLemmas(derived), "derivation");
      offer(termsOfLemmas(lemmas.flatMap((l) => synonymLemmas(l))), "wordnet-synonym");
    }
  }
  const alternatives = [...found.values()];
  if (cache.size > 20_000) cache.clear();
  cache.set(cacheKey, alternatives);
  return alternatives;
}
