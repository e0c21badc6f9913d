import { RecordingVocabulary } from "../entities/buildEntityTable.js";
import { ChunkedParagraph } from "../corpus/chunkArticle.js";
import { mayHoldTableDate, readParagraph, type SentenceFindings } from "./analyzeArticle.js";
import { collectLowerWords } from "./collectLowerWords.js";

// A first build reads the names and dates of every sentence (collectFacts), about half of its main thread's time.
// The worker thread that counts the postings (search/countPostingsAside.ts) reads those of the last articles first,
// with this, while the main thread reads the others; collectFacts then takes these findings as if it had read them
// itself. Every step is the one collectFacts takes: the same sentence split, the same vocabulary of lower-case
// words (of the whole corpus), the same test for sentences that can hold a date.

/** A paragraph of the part, as the worker is given it: what reading its sentences' names needs. */
export interface PartParagraph {
  article: string;
  n: number;
  text: string;
  comment?: string;
}

/** What the worker found of its part of the corpus. */
export interface SentencesPart {
  /** Per paragraph of the part, in order, what was found of each sentence (none for a reader comment). */
  paragraphs: SentenceFindings[][];
  /** The lower-case words the typing rules asked about (RecordingVocabulary.asked), in the order asked. */
  asked: string[];
}

/**
 * Read the names, and dates where a sentence can hold one, of every sentence of `paragraphs`, the paragraphs from
 * index `firstParagraphIndex` on, as collectFacts reads them; `texts` is every paragraph text of the corpus, for its
 * lower-case words. `onRead(done)` hears how many paragraphs are read.
 */
export function readSentencesPart(
  texts: Iterable<string>,
  paragraphs: readonly PartParagraph[],
  firstParagraphIndex: number,
  onRead?: (done: number) => void,
): SentencesPart {
  const vocabulary = new RecordingVocabulary(collectLowerWords(texts));
  const found = paragraphs.map((source, position) => {
    // Split into sentences as a chunked or stored paragraph is: from its text, when asked for.
    const paragraph = new ChunkedParagraph(source.article, source.n, source.text);
    if (source.comment) paragraph.comment = source.comment;
    const sentences = readParagraph(
      paragraph,
      firstParagraphIndex + position,
      undefined,
      vocabulary,
    );
    onRead?.(position + 1);
    return sentences.map((sentence): SentenceFindings => {
      const findings: SentenceFindings = {
        start: sentence.start,
        end: sentence.end,
        mentions: sentence.mentions,
      };
      // Dates stay unread where collectFacts leaves them unread.
      if (mayHoldTableDate(sentence.text)) findings.dates = sentence.dates;
      return findings;
    });
  });
  return { paragraphs: found, asked: [...vocabulary.asked] };
}
