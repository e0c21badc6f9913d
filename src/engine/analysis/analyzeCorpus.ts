import { findDates } from "../dates/findDates.js";
import { buildEntityTable, type EntityTable, type PlacedMention } from "../entities/buildEntityTable.js";
import { extractMentions } from "../entities/extractMentions.js";
import { attributeQuotes } from "../quotes/attributeQuotes.js";
import { termsOf } from "../text/processTerm.js";
import type { Corpus, Paragraph } from "../types.js";
import type { QuoteInfo, SentenceInfo } from "./types.js";

/** Everything the answer modules read, computed once per corpus. */
export interface Analysis {
  /** Every paragraph of the corpus, in article order. */
  paragraphs: Paragraph[];
  /** Sentence ids of each paragraph, by paragraph index. */
  paragraphSentences: number[][];
  sentences: SentenceInfo[];
  entities: EntityTable;
  quotes: QuoteInfo[];
  /** Article id to the article's date, where known. */
  articleDates: Map<string, string>;
  /** Number of sentences each term occurs in. */
  sentenceFrequency: Map<string, number>;
}

/** Split, tag and cross-reference the whole corpus: sentences, names, dates, the entity table and quotations. */
export function analyzeCorpus(corpus: Corpus): Analysis {
  const paragraphs: Paragraph[] = [];
  const paragraphSentences: number[][] = [];
  const sentences: SentenceInfo[] = [];
  const allMentions: PlacedMention[] = [];
  const sentenceFrequency = new Map<string, number>();
  const articleDates = new Map<string, string>();
  for (const article of corpus.articles) {
    if (article.date) articleDates.set(article.id, article.date);
    for (const paragraph of article.paragraphs) {
      const paragraphIndex = paragraphs.length;
      paragraphs.push(paragraph);
      const ids: number[] = [];
      paragraph.sentences.forEach((sentence, index) => {
        const id = sentences.length;
        const mentions: PlacedMention[] = extractMentions(paragraph.text, sentence.start, sentence.end).map((m) => ({
          ...m,
          article: article.id,
          paragraph: paragraph.n,
          sentence: id,
        }));
        allMentions.push(...mentions);
        const terms = termsOf(sentence.text);
        for (const term of new Set(terms)) sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
        sentences.push({
          id,
          article: article.id,
          paragraph: paragraph.n,
          paragraphIndex,
          index,
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          terms,
          mentions,
          dates: findDates(sentence.text, sentence.start),
        });
        ids.push(id);
      });
      paragraphSentences.push(ids);
    }
  }
  const entities = buildEntityTable(allMentions);
  const quotes: QuoteInfo[] = [];
  let firstParagraph = 0;
  for (const article of corpus.articles) {
    const indexes = article.paragraphs.map((_, i) => firstParagraph + i);
    quotes.push(...attributeQuotes(article.paragraphs, indexes, (p) => paragraphSentences[p]!.map((id) => sentences[id]!), entities));
    firstParagraph += article.paragraphs.length;
  }
  return { paragraphs, paragraphSentences, sentences, entities, quotes, articleDates, sentenceFrequency };
}
