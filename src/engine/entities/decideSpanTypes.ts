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
  mention.kind === "person" || mention.kind === "candidate" ? "person" : mention.kind === "place" || mention.kind === "org" || mention.kind === "other" ? mention.kind : undefined;
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
  interface Span { article: string; text: string; multi: boolean; sums: Sums; count: number }
  const spans = new Map<string, Span>();
  const corpus = new Map<string, Sums>();
  const keys: (string | undefined)[] = [];
  for (const mention of mentions) {
    if (localKind(mention) === undefined) {
      keys.push(undefined);
      continue;
    }
    const key = spanKey(mention.article, mention.text);
    keys.push(key);
    if (!mention.votes) continue;
    let span = spans.get(key);
    if (!span) {
      const text = mention.text;
      spans.set(key, (span = { article: mention.article, text, multi: multiWord(text), sums: emptySums(), count: 0 }));
    }
    span.count++;
    let everywhere = corpus.get(span.text);
    if (!everywhere) corpus.set(span.text, (everywhere = emptySums()));
    for (const vote of mention.votes) {
      span.sums[vote.kind] += vote.weight;
      everywhere[vote.kind] += vote.weight;
    }
  }
  // Person votes of full names, by article and surname: a bare surname of the same article leans their way.
  const fullNameSurnames = new Set<string>();
  for (const span of spans.values()) {
    if (span.multi && bestOf(span.sums).kind === "person") fullNameSurnames.add(spanKey(span.article, lastWord(span.text)));
  }
  const decisions = new Map<string, { kind: SpanKind; weight: number }>();
  for (const [key, span] of spans) {
    const total = { ...span.sums };
    const everywhere = corpus.get(span.text);
    if (everywhere) for (const kind of KINDS) total[kind] += W.corpusShare * (everywhere[kind] - span.sums[kind]);
    // Every bare mention of a full-named person's surname is that person ("Palmer" after "Arnold Palmer"), whatever towns share the name.
    if (!span.multi && fullNameSurnames.has(key)) total.person += W.surnameOfFullName * span.count;
    if (span.multi) {
      const bare = spans.get(spanKey(span.article, lastWord(span.text)));
      if (bare) total.person += W.surnameShare * bare.sums.person;
    }
    const best = bestOf(total);
    decisions.set(key, { kind: best.kind, weight: Math.round(best.score * 100) / 100 });
  }
  const changed = new Map<string, SpanKind>();
  mentions.forEach((mention, i) => {
    const key = keys[i];
    const decision = key === undefined ? undefined : decisions.get(key);
    if (!decision || !applySpanType(mention, decision.kind)) return;
    changed.set(key!, decision.kind);
    mention.votes = [...(mention.votes ?? []), { rule: "article-sum", kind: decision.kind, weight: decision.weight }];
  });
  return changed;
}

const KINDS = ["person", "org", "place", "other"] as const;

/** The kind with the largest sum; ties go to the earlier kind in person, org, place, other (as tallyVotes). */
function bestOf(sums: Sums): { kind: SpanKind; score: number } {
  let kind: SpanKind = "person";
  for (const k of KINDS) if (sums[k] > sums[kind]) kind = k;
  return { kind, score: sums[kind] };
}
