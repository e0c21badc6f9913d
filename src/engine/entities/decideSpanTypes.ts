import { foldText } from "../text/foldText.js";
import type { Mention } from "./extractMentions.js";
import { tallyVotes, type SpanKind, type TypeVote } from "./typeRules.js";
import { TYPE_WEIGHTS as W } from "./weights.js";

/** A mention with the article it was found in (the shape decideSpanTypes needs). */
interface ArticleMention extends Mention {
  article: string;
}

/** The key of a span within one article: its type is decided once per article. */
export function spanKey(article: string, text: string): string {
  return `${article}\u0000${foldText(text)}`;
}

type Sums = Record<SpanKind, number>;
const emptySums = (): Sums => ({ person: 0, place: 0, org: 0, other: 0 });
const localKind = (mention: Mention): SpanKind | undefined =>
  mention.kind === "person" || mention.kind === "candidate" ? "person" : mention.kind === "place" || mention.kind === "org" || mention.kind === "other" ? mention.kind : undefined;
const lastWord = (text: string) => foldText(text).split(" ").at(-1) ?? "";
const multiWord = (text: string) => /\s/.test(text.trim());

/**
 * Give a mention the type its article decided, unless its own evidence is
 * strong (an honorific, an age) and disagrees. Returns true when it changed.
 * The same function runs when the table is built and when a sentence is read
 * again at query time, so both see the same types.
 */
export function applySpanType(mention: Mention, decided: SpanKind): boolean {
  const own = localKind(mention);
  if (own === undefined || own === decided) return false;
  if (mention.votes && tallyVotes(mention.votes).margin >= W.strongLocal && own !== "other") return false;
  if (decided === "person") mention.kind = multiWord(mention.text) || mention.titled || mention.honorific ? "person" : "candidate";
  else mention.kind = decided;
  if (decided === "place" && !mention.specificity) mention.specificity = "unknown";
  return true;
}

/**
 * One type per span per article, by summing the votes of all its mentions
 * there (plus a light share of its votes elsewhere in the corpus). A full
 * name and its bare surname in one article lend each other their person votes
 * (coreference: "Charlie Bell" ... "Bell said"). Retypes the mentions in
 * place and returns the per-article decisions that changed some mention, so
 * a later reading of the same sentence can apply them again.
 */
export function decideSpanTypes(mentions: readonly ArticleMention[]): Map<string, SpanKind> {
  const article = new Map<string, Sums>();
  const corpus = new Map<string, Sums>();
  const fullNameSurnames = new Map<string, number>();
  const add = (map: Map<string, Sums>, key: string, votes: readonly TypeVote[], share = 1) => {
    let sums = map.get(key);
    if (!sums) map.set(key, (sums = emptySums()));
    for (const vote of votes) sums[vote.kind] += vote.weight * share;
  };
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (!mention.votes || localKind(mention) === undefined) continue;
    const key = spanKey(mention.article, mention.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    add(article, key, mention.votes);
    add(corpus, foldText(mention.text), mention.votes);
  }
  // Person votes of full names, by article and surname: a bare surname of the same article leans their way.
  for (const [key, sums] of article) {
    const [id = "", text = ""] = key.split("\u0000");
    if (!multiWord(text)) continue;
    const tally = tallyVotes(Object.entries(sums).map(([kind, weight]) => ({ rule: "", kind: kind as SpanKind, weight })));
    if (tally.kind !== "person") continue;
    const surname = `${id}\u0000${lastWord(text)}`;
    fullNameSurnames.set(surname, Math.max(fullNameSurnames.get(surname) ?? 0, sums.person));
  }
  const decisions = new Map<string, { kind: SpanKind; weight: number }>();
  for (const [key, sums] of article) {
    const [id = "", text = ""] = key.split("\u0000");
    const total = { ...sums };
    const everywhere = corpus.get(text);
    if (everywhere) for (const kind of Object.keys(total) as SpanKind[]) total[kind] += W.corpusShare * (everywhere[kind] - sums[kind]);
    // Every bare mention of a full-named person's surname is that person ("Palmer" after "Arnold Palmer"), whatever towns share the name.
    if (!multiWord(text) && fullNameSurnames.has(`${id}\u0000${text}`)) total.person += W.surnameOfFullName * (counts.get(key) ?? 1);
    if (multiWord(text)) {
      const bare = article.get(`${id}\u0000${lastWord(text)}`);
      if (bare) total.person += W.surnameShare * bare.person;
    }
    const tally = tallyVotes(Object.entries(total).map(([kind, weight]) => ({ rule: "", kind: kind as SpanKind, weight })));
    decisions.set(key, { kind: tally.kind, weight: Math.round(tally.score * 100) / 100 });
  }
  const changed = new Map<string, SpanKind>();
  for (const mention of mentions) {
    if (localKind(mention) === undefined) continue;
    const key = spanKey(mention.article, mention.text);
    const decision = decisions.get(key);
    if (!decision || !applySpanType(mention, decision.kind)) continue;
    changed.set(key, decision.kind);
    mention.votes = [...(mention.votes ?? []), { rule: "article-sum", kind: decision.kind, weight: decision.weight }];
  }
  return changed;
}
