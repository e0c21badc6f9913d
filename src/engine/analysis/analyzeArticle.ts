import { findDates, type DateMention } from "../dates/findDates.js";
import {
  applySpanTypes,
  resolveMention,
  type EntityTable,
  type PlacedMention,
} from "../entities/buildEntityTable.js";
import type { Vocabulary } from "../entities/typeRules.js";
import { extractMentions } from "../entities/extractMentions.js";
import { joinCompounds, processTerm } from "../text/processTerm.js";
import { splitWords } from "../text/splitWords.js";
import type { Article, Paragraph } from "../types.js";
import { SENTENCE_SLOTS, type SentenceInfo } from "./types.js";

/**
 * A sentence whose terms, names and dates are found on first use: ranking reads terms for many sentences, answers
 * read names for a few, and building the entity table reads names and dates but never terms.
 */
class AnalyzedSentence implements SentenceInfo {
  readonly id: number;
  readonly article: string;
  readonly paragraph: number;
  readonly text: string;
  #terms: string[] | undefined;
  #termOffsets: number[] | undefined;
  #termSet: Set<string> | undefined;
  #mentions: PlacedMention[] | undefined;
  #dates: DateMention[] | undefined;
  readonly #source: Paragraph;
  readonly #table: EntityTable | undefined;
  readonly #vocabulary: Vocabulary | undefined;
  constructor(
    source: Paragraph,
    readonly paragraphIndex: number,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    table: EntityTable | undefined,
    vocabulary?: Vocabulary,
    found?: SentenceFindings,
  ) {
    this.id = paragraphIndex * SENTENCE_SLOTS + index;
    this.article = source.article;
    this.paragraph = source.n;
    this.text = source.text.slice(start, end);
    this.#source = source;
    this.#table = table;
    this.#vocabulary = vocabulary ?? table?.vocabulary;
    if (found) {
      this.#mentions = found.mentions;
      if (found.dates) this.#dates = found.dates;
    }
  }
  get terms(): string[] {
    if (!this.#terms) this.#readTerms();
    return this.#terms!;
  }
  get termOffsets(): number[] {
    if (!this.#termOffsets) this.#readTerms();
    return this.#termOffsets!;
  }
  #readTerms(): void {
    const terms: string[] = [];
    const offsets: number[] = [];
    for (const word of joinCompounds(splitWords(this.text))) {
      const term = processTerm(word.text);
      if (!term) continue;
      terms.push(term);
      offsets.push(this.start + word.start);
    }
    this.#terms = terms;
    this.#termOffsets = offsets;
  }
  get termSet(): ReadonlySet<string> {
    return (this.#termSet ??= new Set(this.terms));
  }
  get mentions(): PlacedMention[] {
    return (this.#mentions ??= readMentions(
      this.#source,
      this.start,
      this.end,
      this.#table,
      this.#vocabulary,
    ));
  }
  get dates(): DateMention[] {
    return (this.#dates ??= findDates(this.text, this.start));
  }
}

/**
 * Can a sentence hold a date that enters the entity table ("February 24, 2022", "2014")? Only with four digits in a
 * row: the others are not read for dates at all on a first build (finding dates is a tenth of it).
 */
export function mayHoldTableDate(text: string): boolean {
  return /\d{4}/.test(text);
}

/**
 * What another thread found of one sentence of a paragraph read without a table (`readParagraph`): where it is, its
 * names, and its dates when they were read.
 */
export interface SentenceFindings {
  start: number;
  end: number;
  mentions: PlacedMention[];
  dates?: DateMention[];
}

/**
 * The sentences of one paragraph as `readParagraph` without a table makes them, from what another thread found of
 * them (`found`, one entry per sentence): names and dates found there are not looked for again.
 */
export function restoreParagraph(
  paragraph: Paragraph,
  paragraphIndex: number,
  found: readonly SentenceFindings[],
  vocabulary?: Vocabulary,
): SentenceInfo[] {
  return found.map(
    (sentence, index) =>
      new AnalyzedSentence(
        paragraph,
        paragraphIndex,
        index,
        sentence.start,
        sentence.end,
        undefined,
        vocabulary,
        sentence,
      ),
  );
}

/** The sentences of one paragraph, names resolved against `table` when one is given; none for a reader comment. */
export function readParagraph(
  paragraph: Paragraph,
  paragraphIndex: number,
  table?: EntityTable,
  vocabulary?: Vocabulary,
): SentenceInfo[] {
  // A reader's comment is not reporting: no sentences means no mentions, quotations, answers or summary bullets from it.
  if (paragraph.comment) return [];
  return paragraph.sentences
    .slice(0, SENTENCE_SLOTS)
    .map(
      (sentence, index) =>
        new AnalyzedSentence(
          paragraph,
          paragraphIndex,
          index,
          sentence.start,
          sentence.end,
          table,
          vocabulary,
        ),
    );
}

/**
 * The names of one sentence. Without a table (while the table is being built)
 * every typed span comes back, "other" included, for the article's vote; with
 * one, the article's decided types are applied and spans that name nobody go.
 */
function readMentions(
  paragraph: Paragraph,
  start: number,
  end: number,
  table: EntityTable | undefined,
  vocabulary: Vocabulary | undefined,
): PlacedMention[] {
  // The mentions are this call's own: placed where they are rather than copied.
  const all = extractMentions(paragraph.text, start, end, vocabulary) as PlacedMention[];
  for (const mention of all) {
    mention.article = paragraph.article;
    mention.paragraph = paragraph.n;
  }
  if (!table) return all;
  applySpanTypes(all, table);
  const mentions = all.filter((m) => m.kind !== "other");
  for (const mention of mentions) {
    const entity = resolveMention(mention, table);
    if (!entity) continue;
    mention.entity = entity;
    if (mention.kind === "candidate" || mention.kind === "title") mention.kind = "person";
  }
  return mentions;
}

/** The sentences of every paragraph of an article, names unresolved (the entity table is built from them). */
export function readSentences(
  article: Article,
  firstParagraphIndex: number,
  vocabulary?: Vocabulary,
): SentenceInfo[][] {
  return article.paragraphs.map((paragraph, position) =>
    readParagraph(paragraph, firstParagraphIndex + position, undefined, vocabulary),
  );
}
