import type { DateMention } from "../dates/findDates.js";
import type { PlacedMention } from "../entities/buildEntityTable.js";
import type { QuoteSpan } from "../quotes/findQuoteSpans.js";

/** Sentence ids are paragraphIndex * SENTENCE_SLOTS + sentence number, so they are known without analysing everything. */
export const SENTENCE_SLOTS = 4096;

/** One sentence with what the answer modules need. */
export interface SentenceInfo {
  /** paragraphIndex * SENTENCE_SLOTS + index. */
  id: number;
  article: string;
  /** Paragraph number within the article (1-based). */
  paragraph: number;
  /** Index in Analysis.paragraphs. */
  paragraphIndex: number;
  /** Sentence number within the paragraph (0-based). */
  index: number;
  text: string;
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** Index terms, in order. */
  terms: string[];
  /** Paragraph offset of the word behind each term. */
  termOffsets: number[];
  /** The terms as a set, for membership tests. */
  termSet: ReadonlySet<string>;
  mentions: PlacedMention[];
  dates: DateMention[];
}

/** A quotation with the person it is attributed to. */
export interface QuoteInfo {
  span: QuoteSpan;
  article: string;
  paragraph: number;
  paragraphIndex: number;
  /** Sentences the quotation touches; the first holds its opening mark. */
  sentences: SentenceInfo[];
  /** Who said it, as the text names them (canonical name for known people). */
  speaker?: string;
  speakerEntity?: string;
  /** The speaker's role as the story gives it where they are named ("the head of that tribunal"), when it gives one. */
  speakerRole?: string;
  /** The id of the quote rule that attributed it (`QUOTE_RULES` in quotes/quoteRules.ts), or "none". */
  attribution: string;
  /** The coarse kind of that evidence: named in its own sentence, resolved from a pronoun or description there, carried over from earlier text, or none. */
  basis: "explicit" | "resolved" | "continuation" | "none";
  /** Scare quotes or a title ("very dilapidated condition"): at most a few words, or a lower-case phrase inside a sentence. */
  fragment: boolean;
  terms: string[];
}
