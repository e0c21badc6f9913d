import type { Article, Paragraph, Sentence } from "../types.js";
import { splitSentences } from "../text/splitSentences.js";

/**
 * A paragraph whose text lives outside the JavaScript heap, in its article's
 * UTF-8 bytes, and is decoded only when read: a large corpus's text as
 * JavaScript strings is two bytes a character (one typographic quote makes a
 * whole file two-byte) and would be a fifth of the heap. Its sentences are
 * split when asked for and not kept; the analysis caches the paragraphs it
 * reads.
 */
class StoredParagraph implements Paragraph {
  section?: string;
  story?: number;
  comment?: string;
  // Private fields: they are not enumerable, so a paragraph still compares and prints as its public fields.
  readonly #bytes: Buffer;
  readonly #start: number;
  readonly #end: number;
  constructor(
    readonly article: string,
    readonly n: number,
    bytes: Buffer,
    start: number,
    end: number,
  ) {
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }
  get text(): string {
    return this.#bytes.toString("utf8", this.#start, this.#end);
  }
  get sentences(): Sentence[] {
    return splitSentences(this.text);
  }
}

/**
 * One paragraph of an {@link ArticleRecord}: the byte length of its text, the
 * index of its section in `sections` (-1 for none), its story, and its comment
 * row id or null.
 */
export type ParagraphRecord = [
  bytes: number,
  section: number,
  story: number,
  comment: string | null,
];

/**
 * An article as plain JSON data plus its paragraphs' text as one UTF-8 buffer: what a corpus snapshot stores.
 * Everything but the paragraphs is the article's own (so a new article field is stored without a change here);
 * the paragraphs are records pointing into the buffer.
 */
export type ArticleRecord = Omit<Article, "paragraphs"> & {
  /** Distinct paragraph sections, which a paragraph record points into. */
  paragraphSections: string[];
  paragraphs: ParagraphRecord[];
};

/** The record and text bytes of a chunked article: paragraph texts in order, back to back. */
export function recordArticle(article: Article): { record: ArticleRecord; text: Buffer } {
  const sectionIds = new Map<string, number>();
  const texts: string[] = [];
  const paragraphs: ParagraphRecord[] = article.paragraphs.map((p) => {
    const text = p.text;
    texts.push(text);
    let section = -1;
    if (p.section !== undefined) {
      section = sectionIds.get(p.section) ?? sectionIds.size;
      sectionIds.set(p.section, section);
    }
    return [Buffer.byteLength(text, "utf8"), section, p.story ?? 0, p.comment ?? null];
  });
  const { paragraphs: _paragraphs, ...rest } = article;
  // The JSON round trip copies every string: slices of the file's text would otherwise keep all of it in the heap.
  const record = JSON.parse(
    JSON.stringify({ ...rest, paragraphSections: [...sectionIds.keys()], paragraphs }),
  ) as ArticleRecord;
  return { record, text: Buffer.from(texts.join(""), "utf8") };
}

/** The article of a record, its paragraphs reading their text from `text` (not copied). Throws when the lengths do not add up. */
export function restoreArticle(record: ArticleRecord, text: Buffer): Article {
  const { paragraphSections, paragraphs: records, ...rest } = record;
  let at = 0;
  const paragraphs = records.map(([bytes, section, story, comment], i) => {
    const paragraph = new StoredParagraph(record.id, i + 1, text, at, at + bytes);
    at += bytes;
    if (section >= 0) {
      const name = paragraphSections[section];
      if (name === undefined) throw new Error(`article ${record.id}: no section ${section}`);
      paragraph.section = name;
    }
    paragraph.story = story;
    if (comment !== null) paragraph.comment = comment;
    return paragraph;
  });
  if (at !== text.length)
    throw new Error(`article ${record.id}: its text is ${text.length} bytes, its paragraphs ${at}`);
  return { ...rest, paragraphs };
}
