import type { Article, DroppedLine, Paragraph, Sentence } from "../types.js";
import { splitSentences } from "../text/splitSentences.js";
import { classifyLine } from "./classifyLine.js";

/** Optional metadata for one article, from a sidecar file. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

const LEADING_DATE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;
// "RIYADH —", "KYIV, Ukraine (Reuters) -", "WASHINGTON, March 3 —"
const DATELINE = /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,\s*[\p{L}\d .]{1,30}?)?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--|\s-)\s+(?=\S)/u;
const LABEL_LENGTH = 60;

function deriveLabel(paragraphs: Paragraph[], id: string): string {
  const first = paragraphs[0]?.sentences[0]?.text ?? paragraphs[0]?.text;
  if (!first) return id;
  if (first.length <= LABEL_LENGTH) return first.replace(/[.,;:]$/, "");
  const cut = first.slice(0, LABEL_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,;:–—-]$/, "")}…`;
}

/**
 * A paragraph whose sentences are split when asked for and not kept: a start
 * from a snapshot never needs most of them, and the analysis caches the
 * paragraphs it reads.
 */
class ChunkedParagraph implements Paragraph {
  section?: string;
  constructor(
    readonly article: string,
    readonly n: number,
    readonly text: string,
  ) {}
  get sentences(): Sentence[] {
    return splitSentences(this.text);
  }
}

/**
 * Chunk an article's decoded text into numbered paragraphs. Each non-empty
 * line is a candidate; separators, boilerplate and headings are dropped (and
 * listed in `dropped`); a heading becomes the `section` of what follows. A
 * leading `date YYYY-MM-DD` and a dateline become metadata.
 */
export function chunkArticle(id: string, file: string, text: string, meta: ArticleMeta = {}): Article {
  const paragraphs: Paragraph[] = [];
  const dropped: DroppedLine[] = [];
  const sections: string[] = [];
  let section: string | undefined;
  let title: string | undefined;
  let date: string | undefined;
  let dateline: string | undefined;
  const lines = text.split("\n");
  lines.forEach((rawLine, index) => {
    let line = rawLine.trim();
    if (!line) return;
    if (paragraphs.length === 0 && !date) {
      const match = LEADING_DATE.exec(line);
      if (match) {
        date = match[1];
        line = line.slice(match[0].length).trim();
        if (!line) return;
      }
    }
    const kind = classifyLine(line);
    if (kind.kind === "heading") {
      line = line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "");
      // The opening line is the title unless it is a question or a caps subhead: those introduce a section.
      const topLevel = kind.detail !== "markdown heading" || /^#\s/.test(lines[index]!.trim());
      if (paragraphs.length === 0 && !title && !section && !/\?$/.test(line) && kind.detail !== "all-caps subhead" && topLevel) {
        title = line;
        dropped.push({ line: index + 1, text: line, reason: "title", detail: "opening heading line" });
      } else {
        section = line;
        sections.push(line);
        dropped.push({ line: index + 1, text: line, reason: "heading", detail: kind.detail });
      }
      return;
    }
    if (kind.kind !== "paragraph") {
      dropped.push({ line: index + 1, text: line, reason: kind.kind, detail: kind.detail });
      return;
    }
    if (paragraphs.length === 0 && !dateline) {
      const match = DATELINE.exec(line);
      if (match && match[0].length < line.length - 20) {
        dateline = match[1];
        line = line.slice(match[0].length).trim();
      }
    }
    const paragraph = new ChunkedParagraph(id, paragraphs.length + 1, line);
    if (section) paragraph.section = section;
    paragraphs.push(paragraph);
  });
  const article: Article = {
    id,
    file,
    label: meta.title ?? title ?? deriveLabel(paragraphs, id),
    paragraphs,
    dropped,
    sections,
  };
  const finalTitle = meta.title ?? title;
  if (finalTitle) article.title = finalTitle;
  const finalDate = meta.date ?? date;
  if (finalDate) article.date = finalDate;
  if (dateline) article.dateline = dateline;
  if (meta.outlet) article.outlet = meta.outlet;
  if (meta.url) article.url = meta.url;
  return article;
}
