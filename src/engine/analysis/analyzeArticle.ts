import { findDates } from "../dates/findDates.js";
import { resolveMention, type EntityTable, type PlacedMention } from "../entities/buildEntityTable.js";
import { extractMentions } from "../entities/extractMentions.js";
import { attributeQuotes } from "../quotes/attributeQuotes.js";
import { termsOf } from "../text/processTerm.js";
import type { Article } from "../types.js";
import { SENTENCE_SLOTS, type ArticleAnalysis, type SentenceInfo } from "./types.js";

/** The raw per-sentence facts of an article, before names are resolved. */
export function readSentences(article: Article, firstParagraphIndex: number): SentenceInfo[][] {
  return article.paragraphs.map((paragraph, position) => {
    const paragraphIndex = firstParagraphIndex + position;
    return paragraph.sentences.slice(0, SENTENCE_SLOTS).map((sentence, index) => ({
      id: paragraphIndex * SENTENCE_SLOTS + index,
      article: article.id,
      paragraph: paragraph.n,
      paragraphIndex,
      index,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      terms: termsOf(sentence.text),
      mentions: extractMentions(paragraph.text, sentence.start, sentence.end).map((m): PlacedMention => ({ ...m, article: article.id, paragraph: paragraph.n })),
      dates: findDates(sentence.text, sentence.start),
    }));
  });
}

/** Analyse one article against a finished entity table: names resolved, dates found, quotations attributed. */
export function analyzeArticle(article: Article, firstParagraphIndex: number, table: EntityTable): ArticleAnalysis {
  const paragraphs = readSentences(article, firstParagraphIndex);
  for (const sentences of paragraphs) {
    for (const sentence of sentences) {
      for (const mention of sentence.mentions) {
        const entity = resolveMention(mention, table);
        if (!entity) continue;
        mention.entity = entity;
        if (mention.kind === "candidate") mention.kind = "person";
      }
    }
  }
  const terms = new Set<string>();
  for (const sentences of paragraphs) for (const sentence of sentences) for (const term of sentence.terms) terms.add(term);
  return { paragraphs, quotes: attributeQuotes(article.paragraphs, paragraphs, table), terms };
}
