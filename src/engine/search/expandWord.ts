import { derivedLemmas, formsOf, lemmasOf, synonymLemmas } from "../text/lexicon.js";
import { foldText } from "../text/foldText.js";
import { worthOf, type MatchSourceId } from "../text/matchSources.js";
import { processTerm } from "../text/processTerm.js";
import { relatedByRow } from "../text/relatedRows.js";
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
  for (const lemma of lemmas) for (const form of formsOf(lemma)) {
    const term = processTerm(form);
    if (term) terms.add(term);
  }
  return terms;
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
    for (const term of terms) if (worth > (found.get(term)?.worth ?? 0)) found.set(term, { term, worth, rule });
  };
  const term = processTerm(word);
  if (term) {
    offer([term], "exact");
    offer(synonymsOf(term), "news-synonym");
    const folded = foldText(word).replace(/'s$|'$/, "");
    if (lexical && /^[a-z]+$/.test(folded)) {
      const lemmas = lemmasOf(folded);
      offer(termsOfLemmas(lemmas), "lemma");
      const derived = new Set<string>([...relatedByRow(folded), ...lemmas.flatMap((l) => [...derivedLemmas(l), ...relatedByRow(l)])]);
      offer(termsOfLemmas(derived), "derivation");
      offer(termsOfLemmas(lemmas.flatMap((l) => synonymLemmas(l))), "wordnet-synonym");
    }
  }
  const alternatives = [...found.values()];
  if (cache.size > 20_000) cache.clear();
  cache.set(cacheKey, alternatives);
  return alternatives;
}
