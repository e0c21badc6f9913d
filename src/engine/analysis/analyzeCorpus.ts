import {
  buildEntityTable,
  indexEntityTable,
  RecordingVocabulary,
  type DatedMention,
  type EntityTable,
  type EntityTableData,
} from "../entities/buildEntityTable.js";
import { collectLowerWords } from "./collectLowerWords.js";
import { attributeQuotes } from "../quotes/attributeQuotes.js";
import type { Article, Corpus, Paragraph, ProgressListener, Sentence } from "../types.js";
import {
  mayHoldTableDate,
  readParagraph,
  readSentences,
  restoreParagraph,
} from "./analyzeArticle.js";
import type { SentencesPart } from "./readSentencesPart.js";
import { LruCache } from "../lruCache.js";
import type { QuoteInfo, SentenceInfo } from "./types.js";

/** What one pass over the whole corpus learns; serializable, so a snapshot can skip the pass. */
export interface CorpusFacts {
  entities: EntityTableData;
  /** Paragraph indexes of each quoted speaker's quotations, by entity id. */
  speakerQuotes: [string, number[]][];
  /** Paragraph indexes richest in named people, places and dates: the pool for a corpus-wide summary. */
  salient: number[];
}

/** The analysed corpus: global facts up front, per-article detail computed on demand and cached. */
export interface Analysis {
  /** Every paragraph of the corpus, in article order. */
  paragraphs: Paragraph[];
  /** Article position of each paragraph index. */
  paragraphArticle: Int32Array;
  /** Paragraph index of each article's first paragraph. */
  articleStart: number[];
  articles: Article[];
  /** Article id to its position in `articles`. */
  articlePositions: Map<string, number>;
  entities: EntityTable;
  articleDates: Map<string, string>;
  facts: CorpusFacts;
  speakerQuotes: Map<string, number[]>;
  /** Sentences of one paragraph, analysed. */
  sentencesOf(paragraphIndex: number): SentenceInfo[];
  /** Quotations of the article that holds a paragraph. */
  quotesOf(paragraphIndex: number): QuoteInfo[];
  /**
   * Analyse a paragraph ahead of any question (its sentences' terms, names and dates), only into free room of the
   * cache: nothing a question left there is evicted. False when there was no room.
   */
  prepareParagraph(paragraphIndex: number): boolean;
  /** Attribute the quotations of a paragraph's article ahead of questions, when all its paragraphs are kept; whether it did. */
  prepareQuotes(paragraphIndex: number): boolean;
}

/** Analysed paragraphs and articles kept in memory; a query touches a few dozen. */
const PARAGRAPH_CACHE = 8192;
const ARTICLE_CACHE = 512;
const SALIENT_PARAGRAPHS = 300;
/**
 * How many paragraphs may be analysed ahead of questions: an eighth of the paragraph cache. Measured on a generated
 * 10k corpus: about 12 KB and 0.5 ms a paragraph with its article's quotations, so about 12 MB in all. A corpus of
 * that size or less is read whole; a larger one its salient paragraphs first.
 */
export const PREPARE_AHEAD = PARAGRAPH_CACHE / 8;

/**
 * A paragraph whose text is read once: a stored paragraph decodes its text from the article's bytes on every read,
 * and the pass over the corpus reads each text many times (every sentence's names, every quotation). Its sentences
 * are the stored paragraph's, read on first use (a reader comment's never are).
 */
class DecodedParagraph implements Paragraph {
  readonly article: string;
  readonly n: number;
  readonly text: string;
  readonly section?: string;
  readonly story?: number;
  readonly comment?: string;
  #sentences: Sentence[] | undefined;
  readonly #source: Paragraph;
  constructor(source: Paragraph) {
    this.article = source.article;
    this.n = source.n;
    this.text = source.text;
    if (source.section !== undefined) this.section = source.section;
    if (source.story !== undefined) this.story = source.story;
    if (source.comment !== undefined) this.comment = source.comment;
    this.#source = source;
  }
  get sentences(): Sentence[] {
    return (this.#sentences ??= this.#source.sentences);
  }
}

/** The serializable part of an entity table. */
function entityTableData(
  table: EntityTableData & { nameIndex: NonNullable<EntityTableData["nameIndex"]> },
): EntityTableData {
  const data: EntityTableData = { entities: table.entities, clusters: table.clusters };
  if (table.spanTypes) data.spanTypes = table.spanTypes;
  if (table.lowerWords) data.lowerWords = table.lowerWords;
  if (table.articleTitles) data.articleTitles = table.articleTitles;
  // The name lookups travel with the table: a start from a snapshot reads them instead of folding every name again.
  data.nameIndex = table.nameIndex;
  return data;
}

/**
 * The names and dates of the sentences of the last articles, read by another thread meanwhile
 * (readSentencesPart), so that collectFacts need not read them.
 */
export interface FactsAside {
  /** The position of the first article of the share: it and every later one. */
  from: number;
  /** Wait for the findings, telling `onRead` how many paragraphs are read; undefined when there are none. */
  take(onRead?: (done: number) => void): SentencesPart | undefined;
}

/**
 * One pass over every article: mentions for the entity table, quoted speakers, salient paragraphs. `onProgress`
 * hears it per article. With `aside`, the sentences of its share are taken from there (read as this reads them),
 * or read here when the other thread could not.
 */
export function collectFacts(
  corpus: Corpus,
  onProgress?: ProgressListener,
  aside?: FactsAside,
): CorpusFacts {
  const perArticle: SentenceInfo[][][] = [];
  let paragraphIndex = 0;
  const total = corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0);
  const allMentions = [];
  const dates: DatedMention[] = [];
  const decoded = corpus.articles.map((article) =>
    article.paragraphs.map((paragraph) => new DecodedParagraph(paragraph)),
  );
  const vocabulary = new RecordingVocabulary(
    collectLowerWords(decoded.flatMap((paragraphs) => paragraphs.map((p) => p.text))),
  );
  let part: SentencesPart | undefined;
  let partStart = 0;
  for (const [position, article] of corpus.articles.entries()) {
    if (position === aside?.from) {
      const start = paragraphIndex;
      part = aside.take((done) =>
        onProgress?.({ phase: "analysing", done: start + done, total, unit: "paragraphs" }),
      );
      partStart = start;
      if (part?.paragraphs.length !== total - start) part = undefined;
      // The words the other thread's typing asked about, as if asked here in turn: the table keeps them sorted.
      for (const word of part?.asked ?? []) vocabulary.asked.add(word);
    }
    const found = part?.paragraphs;
    const sentences = found
      ? decoded[position]!.map((paragraph, i) =>
          restoreParagraph(
            paragraph,
            paragraphIndex + i,
            found[paragraphIndex - partStart + i]!,
            vocabulary,
          ),
        )
      : readSentences({ ...article, paragraphs: decoded[position]! }, paragraphIndex, vocabulary);
    perArticle.push(sentences);
    paragraphIndex += article.paragraphs.length;
    onProgress?.({ phase: "analysing", done: paragraphIndex, total, unit: "paragraphs" });
    for (const paragraph of sentences) {
      for (const sentence of paragraph) {
        allMentions.push(...sentence.mentions);
        // Dates that stand on their own ("February 24, 2022", "2014") enter the table; "Monday" depends on its article,
        // and a clock time ("1930 GMT") is no date.
        if (!mayHoldTableDate(sentence.text)) continue;
        for (const date of sentence.dates) {
          if (/\d{4}/.test(date.text) && date.kind !== "time")
            dates.push({
              text: date.text,
              article: sentence.article,
              paragraph: sentence.paragraph,
            });
        }
      }
    }
  }
  const table = buildEntityTable(allMentions, dates, vocabulary);
  const speakerQuotes = new Map<string, number[]>();
  const richness: [number, number][] = [];
  let attributed = 0;
  corpus.articles.forEach((article, position) => {
    const sentences = perArticle[position]!;
    attributed += article.paragraphs.length;
    onProgress?.({ phase: "quotations", done: attributed, total, unit: "paragraphs" });
    for (const quote of attributeQuotes(decoded[position]!, sentences, table)) {
      if (!quote.speakerEntity) continue;
      const list = speakerQuotes.get(quote.speakerEntity) ?? [];
      if (list[list.length - 1] !== quote.paragraphIndex) list.push(quote.paragraphIndex);
      speakerQuotes.set(quote.speakerEntity, list);
    }
    for (const paragraph of sentences) {
      const first = paragraph[0];
      if (!first) continue;
      const named = new Set(
        paragraph.flatMap((s) => s.mentions.map((m) => m.entity).filter(Boolean)),
      ).size;
      richness.push([first.paragraphIndex, named - 0.25 * first.paragraph]);
    }
  });
  richness.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return {
    entities: entityTableData(table),
    speakerQuotes: [...speakerQuotes],
    salient: richness
      .slice(0, SALIENT_PARAGRAPHS)
      .map(([index]) => index)
      .sort((a, b) => a - b),
  };
}

/** Read each part of a sentence that is found on first use (they are kept): its terms, names and dates. */
function readEveryPart(sentence: SentenceInfo): number {
  return (
    sentence.termSet.size +
    sentence.termOffsets.length +
    sentence.mentions.length +
    sentence.dates.length
  );
}

/** Wrap a corpus and its facts into the Analysis the answer modules read. */
export function createAnalysis(corpus: Corpus, facts: CorpusFacts): Analysis {
  const paragraphs: Paragraph[] = [];
  const articleStart: number[] = [];
  const articleDates = new Map<string, string>();
  for (const article of corpus.articles) {
    articleStart.push(paragraphs.length);
    if (article.date) articleDates.set(article.id, article.date);
    for (const paragraph of article.paragraphs) paragraphs.push(paragraph);
  }
  const paragraphArticle = new Int32Array(paragraphs.length);
  articleStart.forEach((start, position) =>
    paragraphArticle.fill(position, start, start + corpus.articles[position]!.paragraphs.length),
  );
  const entities = indexEntityTable(facts.entities);
  const paragraphCache = new LruCache<number, SentenceInfo[]>(PARAGRAPH_CACHE);
  const quoteCache = new LruCache<number, QuoteInfo[]>(ARTICLE_CACHE);
  const sentencesOf = (paragraphIndex: number): SentenceInfo[] => {
    const paragraph = paragraphs[paragraphIndex];
    if (!paragraph) return [];
    // Decoded once for all its sentences: each sentence's text is a slice of the text it is given, and slices of
    // separate decodings kept one whole copy of the paragraph per sentence in the cache.
    return paragraphCache.get(paragraphIndex, () =>
      readParagraph(new DecodedParagraph(paragraph), paragraphIndex, entities),
    );
  };
  const articleSentences = (position: number) => {
    const start = articleStart[position]!;
    return corpus.articles[position]!.paragraphs.map((_, i) => sentencesOf(start + i));
  };
  const positionOf = (paragraphIndex: number) => paragraphArticle[paragraphIndex];
  const quotesOf = (paragraphIndex: number): QuoteInfo[] => {
    const position = positionOf(paragraphIndex);
    if (position === undefined) return [];
    // Each paragraph decoded once: attribution reads a text many times, and its quotations keep slices of it.
    return quoteCache.get(position, () =>
      attributeQuotes(
        corpus.articles[position]!.paragraphs.map((paragraph) => new DecodedParagraph(paragraph)),
        articleSentences(position),
        entities,
      ),
    );
  };
  return {
    paragraphs,
    paragraphArticle,
    articleStart,
    articles: corpus.articles,
    articlePositions: new Map(corpus.articles.map((a, i) => [a.id, i])),
    entities,
    articleDates,
    facts,
    speakerQuotes: new Map(facts.speakerQuotes),
    sentencesOf,
    prepareParagraph(paragraphIndex) {
      // A paragraph already kept (a question's, or one its article's quotations read) may still have unread parts.
      if (!paragraphCache.has(paragraphIndex) && paragraphCache.size >= paragraphCache.capacity)
        return false;
      for (const sentence of sentencesOf(paragraphIndex)) readEveryPart(sentence);
      return true;
    },
    prepareQuotes(paragraphIndex) {
      // An article's quotations read every paragraph of it: made once all of them are kept (prepared, or a
      // question's), so they add no paragraph beyond those.
      const position = positionOf(paragraphIndex);
      if (
        position === undefined ||
        quoteCache.has(position) ||
        quoteCache.size >= quoteCache.capacity
      )
        return false;
      const start = articleStart[position]!;
      const count = corpus.articles[position]!.paragraphs.length;
      for (let p = start; p < start + count; p++) if (!paragraphCache.has(p)) return false;
      quotesOf(paragraphIndex);
      return true;
    },
    quotesOf,
  };
}

/** The index of paragraph `n` of article `id` in Analysis.paragraphs, or -1. */
export function paragraphIndexOf(analysis: Analysis, id: string, n: number): number {
  const position = analysis.articlePositions.get(id);
  if (position === undefined) return -1;
  const article = analysis.articles[position]!;
  return n >= 1 && n <= article.paragraphs.length ? analysis.articleStart[position]! + n - 1 : -1;
}
