import { stemmer } from "stemmer";
import { z } from "zod";
import type { Summary } from "../engine/types.js";
import { isCitationValid, type CitationSources } from "./checkCitation.js";
import { normalizeForEval } from "./scoreEval.js";

/** One summary topic of a key-facts file (`../shared/eval/real/summaries.json`, test/eval/summaries.json). */
export const summaryTopicSchema = z.object({
  corpus: z.string(),
  topic: z.string(),
  /** Summarise this article only (its id), as `/summary article:` does. */
  article: z.string().optional(),
  facts: z.array(z.string()).min(1),
});
export type SummaryTopic = z.infer<typeof summaryTopicSchema>;
export const summaryTopicsFileSchema = z.object({
  about: z.string(),
  topics: z.array(summaryTopicSchema),
});

/** Discord's limit on an embed description, which a summary's bullets must fit in. */
export const SUMMARY_DESCRIPTION_CHARS = 4096;
/** The bullet counts a summary may have: at least 3, at most 10. */
export const SUMMARY_BULLETS = { min: 3, max: 10 } as const;

/** The facts of `facts` (regular expressions, case-insensitive) that the summary's bullets state, after the file's normalisation. */
export function coveredFacts(
  summary: Summary,
  facts: readonly string[],
): { fact: string; covered: boolean }[] {
  const text = summary.bullets.map((b) => normalizeForEval(b.text)).join("\n");
  return facts.map((fact) => ({
    fact,
    covered: new RegExp(normalizeForEval(fact), "i").test(text),
  }));
}

// Words too common to say whether two bullets state the same fact.
const STOP = new Set(
  "the a an and or but of to in on at for with by from as is are was were be been has have had will would could should may might that this these those it its their his her he she they them we our you not no which who whom what when where than then also said says told after before over into about under more most some any all one two".split(
    " ",
  ),
);

/** The content words of a bullet, stemmed: what a repeat is judged on, independently of the engine's own test. */
function contentWords(text: string): Set<string> {
  const words = normalizeForEval(text).match(/[\p{L}\p{N}$£€%.-]+/gu) ?? [];
  return new Set(
    words
      .map((w) => w.replace(/^[.-]+|[.-]+$/g, ""))
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map((w) => stemmer(w)),
  );
}

/** Share of the smaller bullet's content words the other also has at which two bullets count as one fact told twice. */
export const REPEAT_OVERLAP = 0.5;
/** Fewest shared content words for a repeat, so that two short bullets sharing a name are not one. */
export const REPEAT_SHARED = 4;

/**
 * Pairs of bullets (indexes) that state the same fact: at least half the smaller one's content words, and at least
 * four of them, recur in the other. A rough, engine-independent check: it flags rewordings that keep the facts'
 * words, not paraphrases with new ones.
 */
export function findRepeatedPairs(summary: Summary): [number, number][] {
  const words = summary.bullets.map((b) => contentWords(b.text));
  const pairs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [a, b] = [words[i]!, words[j]!];
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared >= REPEAT_SHARED && shared >= REPEAT_OVERLAP * Math.min(a.size, b.size))
        pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * A bullet that opens on a word pointing back to something it does not name ("He said", "This is", "But"); an
 * "it" that anticipates its clause ("It is thought that…") points back to nothing.
 */
const DANGLING_OPENER =
  /^[“"‘']?(?:he|she|they|him|her|his|hers|them|their|it(?!\s+(?:is|was|has been|had been)\s+(?:thought|believed|understood|expected|reported|said|likely|unlikely|unclear|possible|feared|estimated|announced|known))|its|this|that|these|those|but|and|also|however|meanwhile)\b/i;

/** Why a bullet cannot be pinned, or undefined when it can: uncited, not verbatim in its first citation, or opening on an unresolved reference. */
export function bulletProblem(
  bullet: Summary["bullets"][number],
  sources: CitationSources,
): "uncited" | "not-verbatim" | "dangling" | undefined {
  if (bullet.citations.length === 0) return "uncited";
  if (!isCitationValid({ evidence: bullet.text, citations: bullet.citations }, sources))
    return "not-verbatim";
  if (DANGLING_OPENER.test(bullet.text.trim())) return "dangling";
  return undefined;
}

/** What is wrong with a summary's size: too many bullets, too few (with facts to give), or too long for one embed. */
export function sizeProblem(summary: Summary): "too-many" | "too-few" | "too-long" | undefined {
  const n = summary.bullets.length;
  if (n > SUMMARY_BULLETS.max) return "too-many";
  if (n > 0 && n < SUMMARY_BULLETS.min) return "too-few";
  // each bullet is rendered as "• text" plus its citation line; the text alone must leave room for those
  if (summary.bullets.reduce((sum, b) => sum + b.text.length + 3, 0) > SUMMARY_DESCRIPTION_CHARS)
    return "too-long";
  return undefined;
}

/** The score of one summary. */
export interface SummaryScore {
  corpus: string;
  topic: string;
  article?: string;
  bullets: number;
  facts: { fact: string; covered: boolean }[];
  /** Bullet index pairs that state one fact twice. */
  repeats: [number, number][];
  /** Bullets that cannot be pinned, with why. */
  invalid: { bullet: number; problem: NonNullable<ReturnType<typeof bulletProblem>> }[];
  size?: NonNullable<ReturnType<typeof sizeProblem>>;
  texts: string[];
}

/** Score one summary against its key facts and the pinning rules. */
export function scoreSummary(
  topic: SummaryTopic,
  summary: Summary,
  sources: CitationSources,
): SummaryScore {
  const invalid: SummaryScore["invalid"] = [];
  summary.bullets.forEach((b, i) => {
    const problem = bulletProblem(b, sources);
    if (problem) invalid.push({ bullet: i, problem });
  });
  const size = sizeProblem(summary);
  return {
    corpus: topic.corpus,
    topic: topic.topic,
    ...(topic.article !== undefined ? { article: topic.article } : {}),
    bullets: summary.bullets.length,
    facts: coveredFacts(summary, topic.facts),
    repeats: findRepeatedPairs(summary),
    invalid,
    ...(size ? { size } : {}),
    texts: summary.bullets.map((b) => b.text),
  };
}
