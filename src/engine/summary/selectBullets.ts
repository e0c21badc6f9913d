import type { Citation } from "../types.js";
import type { Candidate } from "./buildCandidate.js";
import { isSameFact } from "./isSameFact.js";
import { SELECTION, SENTENCE_WORTH, SUMMARY_LIMITS } from "./summaryWeights.js";
import { cosineOf } from "./termVector.js";

/** A candidate in the pool: its story group, its relevance to the topic (1 without one) and its value to select on. */
export interface Pooled {
  candidate: Candidate;
  group: number;
  relevance: number;
  /** False for a sentence that holds none of the topic and shares no paragraph with one that does: it never pads. */
  onTopic: boolean;
  value: number;
}

/** A chosen bullet with every paragraph that states its fact, first the one its text comes from. */
export interface Chosen extends Pooled {
  citations: Citation[];
}

const citationOf = (c: Candidate): Citation => ({
  article: c.sentence.article,
  paragraph: c.sentence.paragraph,
});
const sameCitation = (a: Citation, b: Citation) =>
  a.article === b.article && a.paragraph === b.paragraph;

/** What a bullet takes of the description: its text, its mark and the citations shown after it. */
function costOf(text: string, citations: number): number {
  return (
    text.length +
    4 +
    SUMMARY_LIMITS.citationChars * Math.min(Math.max(citations, 1), SUMMARY_LIMITS.citationsShown)
  );
}

/**
 * Slots per group: every group one while there are slots (heaviest first), the rest in proportion to weight
 * (largest remainder), none beyond what a group has candidates for.
 */
export function allocateSlots(
  weights: ReadonlyMap<number, number>,
  available: ReadonlyMap<number, number>,
  slots: number,
): Map<number, number> {
  const order = [...weights.keys()]
    .filter((g) => (available.get(g) ?? 0) > 0)
    .sort((a, b) => weights.get(b)! - weights.get(a)! || a - b);
  const quota = new Map<number, number>();
  for (const g of order.slice(0, slots)) quota.set(g, 1);
  let left = slots - quota.size;
  while (left > 0) {
    const open = order.filter((g) => (quota.get(g) ?? 0) < available.get(g)!);
    if (open.length === 0) break;
    const total = open.reduce((n, g) => n + weights.get(g)!, 0);
    // The group furthest below its proportional share gets the next slot.
    const next = open.reduce((best, g) => {
      const gap = (weights.get(g)! / total) * slots - (quota.get(g) ?? 0);
      const bestGap = (weights.get(best)! / total) * slots - (quota.get(best) ?? 0);
      return gap > bestGap ? g : best;
    });
    quota.set(next, (quota.get(next) ?? 0) + 1);
    left--;
  }
  return quota;
}

/**
 * Pick the bullets: groups take turns, heaviest first, each up to its slots; within a group the candidate of
 * highest marginal value (its value less `SELECTION.novelty` times its likeness to what is already chosen: MMR)
 * that states no chosen fact again. A candidate that states a chosen fact adds its citation to that bullet
 * instead. A group stops when its best is below `stopShare` of the best value (below `padShare` while the summary
 * is short of `min`), and no bullet is taken past the character budget.
 */
export function selectBullets(
  pool: readonly Pooled[],
  groupWeight: ReadonlyMap<number, number>,
): Chosen[] {
  const byGroup = new Map<number, Pooled[]>();
  for (const item of pool) {
    const list = byGroup.get(item.group) ?? [];
    list.push(item);
    byGroup.set(item.group, list);
  }
  for (const list of byGroup.values())
    list.sort((a, b) => b.value - a.value || a.candidate.sentence.id - b.candidate.sentence.id);
  const concepts = conceptWeights(byGroup);
  const quota = allocateSlots(
    groupWeight,
    new Map([...byGroup].map(([g, list]) => [g, list.length])),
    SUMMARY_LIMITS.max,
  );
  const best = Math.max(...pool.map((p) => p.value));
  const chosen: Chosen[] = [];
  const taken = new Map<number, number>();
  const done = new Set<number>();
  const covered = new Set<string>();
  let used = 0;
  const order = [...quota.keys()];
  for (let round = 0; chosen.length < SUMMARY_LIMITS.max && done.size < order.length; round++) {
    for (const group of order) {
      if (done.has(group) || chosen.length >= SUMMARY_LIMITS.max) continue;
      if ((taken.get(group) ?? 0) >= quota.get(group)!) {
        done.add(group);
        continue;
      }
      const pick = bestOf(
        byGroup.get(group)!,
        chosen,
        (taken.get(group) ?? 0) === 0,
        concepts.get(group)!,
        covered,
      );
      const floor =
        (chosen.length < SUMMARY_LIMITS.min && pick?.item.onTopic
          ? SELECTION.padShare
          : SELECTION.stopShare) * best;
      if (
        !pick ||
        pick.marginal < floor ||
        used + costOf(pick.item.candidate.text, 1) > SUMMARY_LIMITS.budgetChars
      ) {
        done.add(group);
        continue;
      }
      chosen.push({ ...pick.item, citations: [citationOf(pick.item.candidate)] });
      for (const term of pick.item.candidate.vector.weights.keys()) covered.add(term);
      used += costOf(pick.item.candidate.text, 1);
      taken.set(group, (taken.get(group) ?? 0) + 1);
    }
  }
  mergeCitations(pool, chosen, used);
  return chosen;
}

/** The group's candidate of highest marginal value that repeats no chosen fact; repeats join their bullet's citations. */
function bestOf(
  list: Pooled[],
  chosen: Chosen[],
  opening: boolean,
  concepts: GroupConcepts,
  covered: ReadonlySet<string>,
): { item: Pooled; marginal: number } | undefined {
  let top: { item: Pooled; marginal: number } | undefined;
  const boost = 1 + SELECTION.leadFirst * 1;
  const gainCap = 1 + SELECTION.conceptGain;
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    // Sorted by value: nothing further down can beat the best marginal value found.
    if (top && item.value * (opening ? boost : 1) * gainCap <= top.marginal) break;
    const repeat = chosen.find(
      (c) =>
        c.candidate.sentence.id === item.candidate.sentence.id ||
        isSameFact(c.candidate, item.candidate),
    );
    if (repeat) {
      addCitation(repeat, citationOf(item.candidate));
      list.splice(i--, 1);
      continue;
    }
    const likeness = chosen.reduce(
      (m, c) => Math.max(m, cosineOf(c.candidate.vector, item.candidate.vector)),
      0,
    );
    const lead = opening && item.candidate.position === 1 ? boost : 1;
    const marginal =
      item.value *
      lead *
      (1 - SELECTION.novelty * likeness) *
      unseenNameFactor(item.candidate, chosen) *
      conceptFactor(item.candidate, concepts, covered);
    if (!top || marginal > top.marginal) top = { item, marginal };
  }
  if (top) list.splice(list.indexOf(top.item), 1);
  return top;
}

/** Each group's concepts (index terms) with their weight, and the typical gain of a candidate, to scale by. */
interface GroupConcepts {
  weight: Map<string, number>;
  typical: number;
}

/**
 * Concept weights per group (after Gillick & Favre's concept coverage): a term's rarity in the corpus times the log
 * of how many of the group's candidates use it. A term that is both rare in the corpus and repeated across the
 * story (a place, a deal, a figure the sources keep coming back to) is one of the story's main facts.
 */
function conceptWeights(
  byGroup: ReadonlyMap<number, readonly Pooled[]>,
): Map<number, GroupConcepts> {
  const result = new Map<number, GroupConcepts>();
  for (const [group, list] of byGroup) {
    const uses = new Map<string, number>();
    const rarity = new Map<string, number>();
    for (const { candidate } of list) {
      for (const [term, weight] of candidate.vector.weights) {
        uses.set(term, (uses.get(term) ?? 0) + 1);
        rarity.set(term, weight);
      }
    }
    const weight = new Map<string, number>();
    for (const [term, n] of uses) if (n > 1) weight.set(term, rarity.get(term)! * Math.log(n));
    const gains = list
      .map(({ candidate }) => gainOf(candidate, weight, new Set()))
      .sort((a, b) => a - b);
    result.set(group, { weight, typical: gains[Math.floor(gains.length / 2)] || 1 });
  }
  return result;
}

function gainOf(
  candidate: Candidate,
  weight: ReadonlyMap<string, number>,
  covered: ReadonlySet<string>,
): number {
  let gain = 0;
  for (const term of candidate.vector.weights.keys())
    if (!covered.has(term)) gain += weight.get(term) ?? 0;
  return gain;
}

/** 1 + conceptGain · (the story concepts the candidate adds, against a typical candidate's), capped at 1 + conceptGain. */
function conceptFactor(
  candidate: Candidate,
  concepts: GroupConcepts,
  covered: ReadonlySet<string>,
): number {
  return (
    1 +
    SELECTION.conceptGain *
      Math.min(1, gainOf(candidate, concepts.weight, covered) / (2 * concepts.typical))
  );
}

/** The name bonus the candidate keeps when names the summary already gives count for nothing, against its full bonus. */
function unseenNameFactor(candidate: Candidate, chosen: readonly Chosen[]): number {
  if (!SELECTION.unseenNames || candidate.names.size === 0) return 1;
  let unseen = 0;
  for (const name of candidate.names)
    if (!chosen.some((c) => c.candidate.names.has(name))) unseen++;
  const bonus = (n: number) => 1 + SENTENCE_WORTH.name * Math.min(n, SENTENCE_WORTH.namesCounted);
  return bonus(unseen) / bonus(candidate.names.size);
}

function addCitation(bullet: Chosen, citation: Citation): boolean {
  if (
    bullet.citations.length >= SUMMARY_LIMITS.maxCitations ||
    bullet.citations.some((c) => sameCitation(c, citation))
  )
    return false;
  bullet.citations.push(citation);
  return true;
}

/** Every other candidate that states a chosen fact cites its paragraph on that bullet, while the budget allows. */
function mergeCitations(pool: readonly Pooled[], chosen: Chosen[], used: number): void {
  for (const item of pool) {
    for (const bullet of chosen) {
      if (
        bullet.candidate.sentence.id === item.candidate.sentence.id ||
        !isSameFact(bullet.candidate, item.candidate)
      )
        continue;
      const extra =
        bullet.citations.length < SUMMARY_LIMITS.citationsShown ? SUMMARY_LIMITS.citationChars : 0;
      if (used + extra > SUMMARY_LIMITS.budgetChars) continue;
      if (addCitation(bullet, citationOf(item.candidate))) used += extra;
      break;
    }
  }
}
