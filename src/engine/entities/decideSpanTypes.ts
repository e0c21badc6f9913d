import type { Mention } from "./extractMentions.js";
import { tallyVotes, type SpanKind } from "./typeRules.js";
import { TYPE_WEIGHTS as W } from "./weights.js";

/** A mention with the article it was found in (the shape decideSpanTypes needs). */
interface ArticleMention extends Mention {
  article: string;
}

/** The key of a span within one article: its type is decided once per article. */
export function spanKey(article: string, text: string): string {
  // As written: the same span is spelled the same within an article, and folding every mention costs a build its time.
  return `${article}\u0000${text}`;
}

type Sums = Record<SpanKind, number>;
const emptySums = (): Sums => ({ person: 0, place: 0, org: 0, other: 0 });
const localKind = (mention: Mention): SpanKind | undefined =>
  mention.kind === "person" || mention.kind === "candidate"
    ? "person"
    : mention.kind === "place" || mention.kind === "org" || mention.kind === "other"
      ? mention.kind
      : undefined;
const lastWord = (text: string) => text.slice(text.lastIndexOf(" ") + 1);
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
  if (mention.votes && tallyVotes(mention.votes).margin >= W.strongLocal && own !== "other")
    return false;
  if (decided === "person")
    mention.kind =
      multiWord(mention.text) || mention.titled || mention.honorific ? "person" : "candidate";
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
export function decideSpanTypes(mentions: readonly ArticleMention[]): Map<string, SpanDecision> {
  const corpus = new Map<string, Sums>();
  for (const mention of mentions) {
    if (!mention.votes || localKind(mention) === undefined) continue;
    let everywhere = corpus.get(mention.text);
    if (!everywhere) corpus.set(mention.text, (everywhere = emptySums()));
    for (const vote of mention.votes) everywhere[vote.kind] += vote.weight;
  }
  const changed = new Map<string, SpanDecision>();
  // Mentions arrive article by article; each article's spans are decided on their own, keyed by text alone.
  let from = 0;
  while (from < mentions.length) {
    const article = mentions[from]!.article;
    let to = from;
    while (to < mentions.length && mentions[to]!.article === article) to++;
    decideArticle(mentions, from, to, corpus, changed);
    from = to;
  }
  return changed;
}

/** The type an article decided for a span, and the summed weight behind it. */
export interface SpanDecision {
  kind: SpanKind;
  weight: number;
}

interface Span {
  multi: boolean;
  sums: Sums;
  count: number;
  decided?: SpanDecision;
}

function decideArticle(
  mentions: readonly ArticleMention[],
  from: number,
  to: number,
  corpus: ReadonlyMap<string, Sums>,
  changed: Map<string, SpanDecision>,
): void {
  const spans = new Map<string, Span>();
  for (let i = from; i < to; i++) {
    const mention = mentions[i]!;
    if (!mention.votes || localKind(mention) === undefined) continue;
    let span = spans.get(mention.text);
    if (!span)
      spans.set(
        mention.text,
        (span = { multi: multiWord(mention.text), sums: emptySums(), count: 0 }),
      );
    span.count++;
    for (const vote of mention.votes) span.sums[vote.kind] += vote.weight;
  }
  // Person votes of full names, by surname: a bare surname of the same article leans their way.
  const fullNameSurnames = new Set<string>();
  for (const [text, span] of spans)
    if (span.multi && bestOf(span.sums).kind === "person") fullNameSurnames.add(lastWord(text));
  for (const [text, span] of spans) {
    const total = { ...span.sums };
    const everywhere = corpus.get(text);
    if (everywhere)
      for (const kind of KINDS) total[kind] += W.corpusShare * (everywhere[kind] - span.sums[kind]);
    // Every bare mention of a full-named person's surname is that person ("Palmer" after "Arnold Palmer"), whatever towns share the name.
    if (!span.multi && fullNameSurnames.has(text)) total.person += W.surnameOfFullName * span.count;
    if (span.multi) {
      const bare = spans.get(lastWord(text));
      if (bare) total.person += W.surnameShare * bare.sums.person;
    }
    const best = bestOf(total);
    span.decided = { kind: best.kind, weight: Math.round(best.score * 100) / 100 };
  }
  for (let i = from; i < to; i++) {
    const mention = mentions[i]!;
    const decision = spans.get(mention.text)?.decided;
    if (!decision || !applySpanType(mention, decision.kind)) continue;
    changed.set(spanKey(mention.article, mention.text), decision);
    mention.votes = [
      ...(mention.votes ?? []),
      { rule: "article-sum", kind: decision.kind, weight: decision.weight },
    ];
  }
}

const KINDS = ["person", "org", "place", "other"] as const;

/** The kind with the largest sum; ties go to the earlier kind in person, org, place, other (as tallyVotes). */
function bestOf(sums: Sums): { kind: SpanKind; score: number } {
  let kind: SpanKind = "person";
  for (const k of KINDS) if (sums[k] > sums[kind]) kind = k;
  return { kind, score: sums[kind] };
}
