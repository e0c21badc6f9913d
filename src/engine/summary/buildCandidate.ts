import type { Analysis } from "../analysis/analyzeCorpus.js";
import type { SentenceInfo } from "../analysis/types.js";
import type { SearchIndex } from "../search/buildSearchIndex.js";
import { foldText } from "../text/foldText.js";
import { readNumbers } from "./readNumbers.js";
import {
  BACK_REFERENCE,
  balanced,
  CLAUSE_RULES,
  CONNECTIVE,
  QUOTE_OPEN,
  SENTENCE_RULES,
} from "./summaryRules.js";
import { SENTENCE_WORTH, SUMMARY_LIMITS } from "./summaryWeights.js";
import { vectorOf, type TermVector } from "./termVector.js";

/** One possible bullet: verbatim text of one paragraph, what it states and what it is worth. */
export interface Candidate {
  /** The text to pin: a verbatim slice of the paragraph (a sentence, a clean clause, or a sentence with its antecedent). */
  text: string;
  /** The sentence the fact is in (the last one when an antecedent sentence was joined before it). */
  sentence: SentenceInfo;
  /** The story the paragraph belongs to: `article#storyIndex`. */
  story: string;
  /** The paragraph's place in its story (1 for the lead). */
  position: number;
  vector: TermVector;
  /** Entity ids of the people, places and organisations it names. */
  names: Set<string>;
  /** Specific figures it states (see readNumbers). */
  numbers: Set<string>;
  /** Folded content words, for the reworded-repeat test. */
  words: Set<string>;
  /** Worth before topic and selection: names, figures, dates, lead position and the factor rows that fired. */
  worth: number;
  /** Ids of the summary rows that shaped it (clause rows, "antecedent", factor rows). */
  rules: string[];
}

const STOP = new Set(
  "the a an and or but of to in on at for with by from as is are was were be been has have had will would could should may might that this these those it its their his her he she they them we not which who what when where than then also said says told after before over into about".split(
    " ",
  ),
);

/** Folded content words of a text. */
export function contentWords(text: string): Set<string> {
  return new Set(
    (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** The story key of a paragraph. */
export function storyKeyOf(analysis: Analysis, paragraphIndex: number): string {
  const paragraph = analysis.paragraphs[paragraphIndex]!;
  return `${paragraph.article}#${paragraph.story ?? 0}`;
}

/**
 * The bullet a sentence can give, or undefined when no clean one: a leading connective is dropped when a clause
 * that starts a sentence follows (CLAUSE_RULES); a sentence that points back ("He said…", "This is…") takes the
 * previous sentence of its paragraph, its antecedent, into the bullet; then the rows of SENTENCE_RULES exclude or
 * weigh what is left. `paragraphInStory` is the paragraph's place in its story (1 for the lead).
 */
export function buildCandidate(
  sentence: SentenceInfo,
  analysis: Analysis,
  index: SearchIndex,
  paragraphInStory: number,
): Candidate | undefined {
  const paragraph = analysis.paragraphs[sentence.paragraphIndex];
  if (!paragraph || paragraph.comment) return undefined;
  const rules: string[] = [];
  let start = sentence.start;
  let parts: SentenceInfo[] = [sentence];
  let text = sentence.text;
  for (const rule of CLAUSE_RULES) {
    const match = rule.opening.exec(text);
    if (match) {
      text = text.slice(match[0].length);
      start += match[0].length;
      rules.push(rule.id);
      break;
    }
  }
  // A quotation running over several sentences is one bullet, up to the sentence that closes it (and names its speaker).
  if (QUOTE_OPEN.test(text) && !balanced(text)) {
    const rest = analysis.sentencesOf(sentence.paragraphIndex).slice(sentence.index + 1);
    const closing = rest.find((s) => balanced(paragraph.text.slice(start, s.end)));
    if (closing && closing.end - start <= SUMMARY_LIMITS.bulletChars) {
      parts = [sentence, ...rest.slice(0, rest.indexOf(closing) + 1)];
      text = paragraph.text.slice(start, closing.end);
      rules.push("whole-quotation");
    }
  }
  if (BACK_REFERENCE.test(text) || CONNECTIVE.test(text)) {
    const before = analysis.sentencesOf(sentence.paragraphIndex)[sentence.index - 1];
    // The antecedent must itself stand alone, and the two must still fit in one bullet.
    if (
      before &&
      !BACK_REFERENCE.test(before.text) &&
      !CONNECTIVE.test(before.text) &&
      parts[parts.length - 1]!.end - before.start <= SUMMARY_LIMITS.bulletChars
    ) {
      start = before.start;
      const end = parts[parts.length - 1]!.end;
      text = paragraph.text.slice(start, end);
      parts = [before, ...parts];
      rules.push("antecedent");
    }
  }
  let factor = 1;
  const judged = { text, paragraph: paragraph.text };
  for (const rule of SENTENCE_RULES) {
    if (rules.includes("antecedent") && (rule.id === "back-reference" || rule.id === "connective"))
      continue;
    if (!rule.test(judged)) continue;
    if (rule.effect === "exclude") return undefined;
    factor *= rule.effect;
    rules.push(rule.id);
  }
  const names = new Set<string>();
  for (const part of parts)
    for (const m of part.mentions)
      if (m.entity && m.kind !== "candidate" && m.kind !== "other") names.add(m.entity);
  const numbers = readNumbers(text);
  const dated = parts.some((p) => p.dates.some((d) => d.kind !== "time"));
  const worth =
    (factor *
      (1 +
        SENTENCE_WORTH.name * Math.min(names.size, SENTENCE_WORTH.namesCounted) +
        SENTENCE_WORTH.number * Math.min(numbers.size, SENTENCE_WORTH.numbersCounted) +
        (dated ? SENTENCE_WORTH.date : 0))) /
    (1 + SENTENCE_WORTH.lead * (paragraphInStory - 1));
  return {
    text,
    sentence,
    story: storyKeyOf(analysis, sentence.paragraphIndex),
    position: paragraphInStory,
    vector: vectorOf(
      parts.flatMap((p) => p.terms),
      index,
    ),
    names,
    numbers,
    words: contentWords(text),
    worth,
    rules,
  };
}
