import type { AnswerContext } from "../answers/context.js";
import { planQuery } from "../search/planQuery.js";
import { rankSentences } from "../search/rankSentences.js";
import type { Summary, SummaryBullet, SummaryOptions } from "../types.js";
import { storyKeyOf, type Candidate } from "./buildCandidate.js";
import { candidateOf } from "./candidateOf.js";
import { storyGroupsOf, type StoryGroups } from "./groupStories.js";
import { orderBullets } from "./orderBullets.js";
import { selectBullets, type Pooled } from "./selectBullets.js";
import { POOL_SENTENCES, SENTENCE_WORTH, SUMMARY_LIMITS, TOPIC } from "./summaryWeights.js";
import { addUnit, dotOf } from "./termVector.js";

export { SUMMARY_LIMITS };

/**
 * An extractive summary of a topic, of one article, or of the whole corpus: up to ten verbatim source sentences
 * (or clean clauses of them) with their citations. Stories are grouped across articles by the names and terms
 * they share; each group gets bullets in proportion to its weight (its size, or with a topic how much of the topic
 * it holds), so that no story is left out while there is room; within a group, bullets are picked by maximal
 * marginal relevance over worth (names, figures, dates, lead position, centrality across sources); two bullets
 * never state one fact (isSameFact): the others' citations join the one kept. Bullets read by story, then by
 * place in the story. Fewer than five bullets, and `few` set, when the sources hold fewer distinct facts.
 */
export function summarize(
  topic: string,
  context: AnswerContext,
  options: SummaryOptions = {},
): Summary {
  // The corpus-wide summary depends on the corpus alone: it is worked out once, like the entity table.
  if (!topic.trim() && !options.article) {
    let whole = corpusSummaries.get(context.analysis);
    if (!whole) {
      whole = summarizeScope("", context, options);
      corpusSummaries.set(context.analysis, whole);
    }
    return structuredClone({ ...whole, query: topic });
  }
  return summarizeScope(topic, context, options);
}

const corpusSummaries = new WeakMap<object, Summary>();

/** Story keys in the scope and, per story, the paragraphs a summary reads (its lead ones on a very large corpus). */
function scopedStories(groups: StoryGroups, article: string | undefined): Map<string, number[]> {
  const keys = [...groups.paragraphsOf.keys()].filter(
    (key) => article === undefined || key.slice(0, key.lastIndexOf("#")) === article,
  );
  const total = keys.reduce((n, key) => n + groups.paragraphsOf.get(key)!.length, 0);
  // Roughly four sentences a paragraph: past the pool's size, each story gives its lead paragraphs only.
  const perStory =
    total * 4 <= POOL_SENTENCES
      ? Infinity
      : Math.max(2, Math.floor(POOL_SENTENCES / 4 / Math.max(1, keys.length)));
  return new Map(keys.map((key) => [key, groups.paragraphsOf.get(key)!.slice(0, perStory)]));
}

function summarizeScope(topic: string, context: AnswerContext, options: SummaryOptions): Summary {
  const { analysis, index } = context;
  const trimmed = topic.trim();
  const base: Summary = {
    command: "summary",
    query: topic,
    bullets: [],
    ...(options.article ? { article: options.article } : {}),
  };
  if (options.article !== undefined && !analysis.articlePositions.has(options.article)) return base;
  const groups = storyGroupsOf(analysis, index);
  let stories = scopedStories(groups, options.article);
  // Topic relevance of each sentence (by id), and how much of each story is on the topic.
  let relevance: Map<number, number> | undefined;
  let floorOf = new Map<string, number>();
  if (trimmed) {
    const plan = planQuery(trimmed, analysis, index);
    const ranked = rankSentences(plan, analysis, index, TOPIC.retrieved).filter(
      (item) =>
        item.coverage >= TOPIC.coverage &&
        stories.has(storyKeyOf(analysis, item.sentence.paragraphIndex)),
    );
    if (ranked.length === 0) return base;
    relevance = new Map();
    const mass = new Map<string, number>();
    // A sentence is as relevant as the share of the topic it states; the other sentences of its paragraph, which
    // carry the rest of that fact (the figure, the place, the speaker), half as much.
    const byParagraph = new Map<number, number>();
    for (const item of ranked) {
      relevance.set(item.sentence.id, item.coverage);
      byParagraph.set(
        item.sentence.paragraphIndex,
        Math.max(byParagraph.get(item.sentence.paragraphIndex) ?? 0, item.coverage),
      );
      const key = storyKeyOf(analysis, item.sentence.paragraphIndex);
      mass.set(key, (mass.get(key) ?? 0) + item.coverage);
    }
    for (const [p, coverage] of byParagraph) {
      for (const sentence of analysis.sentencesOf(p))
        if (!relevance.has(sentence.id))
          relevance.set(sentence.id, TOPIC.paragraphShare * coverage);
    }
    const groupMass = new Map<number, number>();
    for (const [key, value] of mass)
      groupMass.set(
        groups.groupOf.get(key)!,
        (groupMass.get(groups.groupOf.get(key)!) ?? 0) + value,
      );
    const top = Math.max(...groupMass.values());
    // A story group holding a small share of the topic's relevance is a stray match of one of its words: left out.
    // Within a kept group, every source that says something on the topic stays, however little it says.
    stories = new Map(
      [...stories].filter(
        ([key]) =>
          (mass.get(key) ?? 0) > 0 &&
          groupMass.get(groups.groupOf.get(key)!)! >= TOPIC.groupShare * top,
      ),
    );
    floorOf = new Map(
      [...stories].map(([key, paragraphs]) => [key, topicFloor(paragraphs, relevance!, context)]),
    );
  }
  const pool: Pooled[] = [];
  for (const [key, paragraphs] of stories) {
    paragraphs.forEach((p, position) => {
      for (const sentence of analysis.sentencesOf(p)) {
        const own = relevance?.get(sentence.id);
        const value = relevance ? (own ?? floorOf.get(key) ?? 0) : 1;
        if (value <= 0) continue;
        const candidate = candidateOf(sentence, analysis, index, position + 1);
        if (candidate)
          pool.push({
            candidate,
            group: groups.groupOf.get(key)!,
            relevance: value,
            onTopic: !relevance || own !== undefined,
            value: 0,
          });
      }
    });
  }
  if (pool.length === 0) return base;
  weighByCentrality(pool);
  const groupWeight = new Map<number, number>();
  for (const [key, paragraphs] of stories) {
    const group = groups.groupOf.get(key)!;
    // With a topic a group weighs what it holds of the topic; without, its size (a story told by several sources weighs more).
    const weight = relevance
      ? pool
          .filter((p) => p.candidate.story === key)
          .reduce((n, p) => n + (relevance.get(p.candidate.sentence.id) ?? 0), 0)
      : Math.sqrt(paragraphs.length);
    groupWeight.set(group, (groupWeight.get(group) ?? 0) + weight);
  }
  const chosen = selectBullets(pool, groupWeight);
  const bullets: SummaryBullet[] = orderBullets(chosen, groupWeight, analysis).map((c) => ({
    text: c.candidate.text,
    citations: c.citations,
  }));
  return { ...base, bullets, ...(bullets.length < SUMMARY_LIMITS.min ? { few: true } : {}) };
}

/**
 * The relevance a story's off-topic sentences keep: TOPIC.floorShare of its sentences' mean relevance, at most
 * TOPIC.floorMax. When the topic is the story (a takeover bid, in the articles about it), its other facts belong in the
 * summary; when the topic is one thread of a larger story, the rest of that story does not.
 */
function topicFloor(
  paragraphs: readonly number[],
  relevance: ReadonlyMap<number, number>,
  context: AnswerContext,
): number {
  let on = 0;
  let all = 0;
  for (const p of paragraphs) {
    for (const sentence of context.analysis.sentencesOf(p)) {
      all++;
      on += relevance.get(sentence.id) ?? 0;
    }
  }
  return all === 0 ? 0 : Math.min(TOPIC.floorMax, (TOPIC.floorShare * on) / all);
}

/** Scale each candidate's worth by its centrality within its story and across the other sources of its group. */
function weighByCentrality(pool: Pooled[]): void {
  const byStory = new Map<string, Map<string, number>>();
  const byGroup = new Map<number, Map<string, number>>();
  const storyCount = new Map<string, number>();
  const groupCount = new Map<number, number>();
  for (const { candidate, group } of pool) {
    const story = byStory.get(candidate.story) ?? new Map<string, number>();
    byStory.set(candidate.story, story);
    addUnit(story, candidate.vector);
    const all = byGroup.get(group) ?? new Map<string, number>();
    byGroup.set(group, all);
    addUnit(all, candidate.vector);
    storyCount.set(candidate.story, (storyCount.get(candidate.story) ?? 0) + 1);
    groupCount.set(group, (groupCount.get(group) ?? 0) + 1);
  }
  for (const item of pool) {
    const { candidate, group } = item;
    const unit = candidate.vector.norm || 1;
    const own = dotOf(candidate.vector.weights, byStory.get(candidate.story)!) / unit;
    const inGroup = dotOf(candidate.vector.weights, byGroup.get(group)!) / unit;
    const ownCount = storyCount.get(candidate.story)!;
    const otherCount = groupCount.get(group)! - ownCount;
    // The sentence's own unit vector is in its story's sum: its self-similarity (1) is taken out.
    const within = ownCount > 1 ? (own - 1) / (ownCount - 1) : 0;
    const across = otherCount > 0 ? (inGroup - own) / otherCount : 0;
    item.value =
      candidate.worth *
      item.relevance *
      (1 + SENTENCE_WORTH.within * within + SENTENCE_WORTH.across * across);
  }
}

export type { Candidate };
