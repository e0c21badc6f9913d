import type { Article, DroppedLine, Paragraph, Sentence } from "../types.js";
import { splitSentences } from "../text/splitSentences.js";
import { classifyLine } from "./classifyLine.js";
import { findCommentSection } from "./findCommentSection.js";
import { findDateline, type Dateline } from "./findDateline.js";
import type { LineKindName } from "./lineRules.js";
import { splitStories } from "./splitStories.js";
import type { HeadingLine } from "./storyRules.js";

/** Optional metadata for one article, from a sidecar file. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

const LEADING_DATE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/**
 * A paragraph whose sentences are split when asked for and not kept: a start
 * from a snapshot never needs most of them, and the analysis caches the
 * paragraphs it reads.
 */
export class ChunkedParagraph implements Paragraph {
  section?: string;
  story?: number;
  comment?: string;
  constructor(
    readonly article: string,
    readonly n: number,
    readonly text: string,
  ) {}
  get sentences(): Sentence[] {
    return splitSentences(this.text);
  }
}

/** One non-empty line of the file as the line table classified it. */
interface LineItem {
  /** 1-based line number. */
  line: number;
  /** Trimmed text; markdown heading marks removed from headings. */
  text: string;
  kind: LineKindName;
  rule: string;
  /** A `#` heading (not `##` or deeper): only such a markdown heading can be the title. */
  topLevel: boolean;
  /** A blank line (or the end of the file) follows. */
  blankAfter: boolean;
}

/** Classify every non-empty line; a leading `date YYYY-MM-DD` comes off the first one. */
function readLines(text: string): { items: LineItem[]; date?: string } {
  const items: LineItem[] = [];
  let date: string | undefined;
  const lines = text.split("\n");
  lines.forEach((rawLine, index) => {
    let line = rawLine.trim();
    if (!line) return;
    if (items.length === 0 && !date) {
      const match = LEADING_DATE.exec(line);
      if (match) {
        date = match[1];
        line = line.slice(match[0].length).trim();
        if (!line) return;
      }
    }
    const kind = classifyLine(line, items[items.length - 1]?.kind === "heading");
    const topLevel = kind.rule !== "markdown-heading" || /^#\s/.test(line);
    if (kind.kind === "heading") line = line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "");
    items.push({
      line: index + 1,
      text: line,
      kind: kind.kind,
      rule: kind.rule,
      topLevel,
      blankAfter: !lines[index + 1]?.trim(),
    });
  });
  return date ? { items, date } : { items };
}

// The opening heading is the title unless it is a question or a caps subhead: those introduce a section.
const SECTION_ONLY = new Set(["question-heading", "all-caps-subhead"]);

/**
 * A question can still be the title: the opening line of a file whose
 * paragraphs are set apart by blank lines (the BBC's layout), with a blank
 * line after it. A file of one paragraph a line that opens with a question
 * ("Who is sitting at the table?") opens a section.
 */
function opensAsQuestionTitle(items: readonly LineItem[]): boolean {
  const first = items[0];
  if (!first || first.rule !== "question-heading" || !first.blankAfter) return false;
  const spaced = items.slice(0, -1).filter((item) => item.blankAfter).length;
  return spaced * 2 >= items.length - 1;
}

/**
 * Chunk an article's decoded text into numbered paragraphs. Each non-empty
 * line is a candidate, classified by the line table (`lineRules.ts`):
 * separators, boilerplate and headings are dropped and listed in `dropped`
 * with the id of the row that dropped them; a heading becomes the `section`
 * of what follows, the opening one the title (a lower-case second deck joins
 * it). A leading `date YYYY-MM-DD` and datelines become metadata. The
 * paragraphs are then split into stories at datelines and headlines
 * (`storyRules.ts`), and a reader-comment section (`commentRules.ts`) is
 * marked `comment`.
 */
export function chunkArticle(
  id: string,
  file: string,
  text: string,
  meta: ArticleMeta = {},
): Article {
  const { items, date } = readLines(text);
  const paragraphs: ChunkedParagraph[] = [];
  const dropped: DroppedLine[] = [];
  const sections: string[] = [];
  const headingsBefore: HeadingLine[][] = [];
  const datelines: (Dateline | undefined)[] = [];
  let headings: HeadingLine[] = [];
  let section: string | undefined;
  let title: string | undefined;
  let articleDateline: string | undefined;

  const questionTitle = opensAsQuestionTitle(items);
  const kept = items.filter((item) => item.kind === "paragraph" || item.kind === "heading");
  const comments = findCommentSection(kept.map((item) => item.text));
  const firstComment = comments ? kept[comments.start]! : undefined;
  let inComments = false;

  for (const item of items) {
    if (item === firstComment) inComments = true;
    let line = item.text;
    // In a reader-comment section every line is a reader's (signatures look like headings); only the lead-in heads it.
    const heading = item.kind === "heading" && !(inComments && item !== firstComment);
    if (heading) {
      const deck = item.rule === "headline-deck" && headings.length > 0;
      if (
        paragraphs.length === 0 &&
        !section &&
        item.topLevel &&
        (!SECTION_ONLY.has(item.rule) || (questionTitle && item === items[0])) &&
        (!title || deck)
      ) {
        title = title ? `${title}: ${line}` : line;
        dropped.push({ line: item.line, text: line, reason: "title", detail: item.rule });
      } else {
        section = deck && section ? `${section}: ${line}` : line;
        if (deck && sections.length > 0) sections[sections.length - 1] = section;
        else sections.push(section);
        dropped.push({
          line: item.line,
          text: line,
          reason: "heading",
          detail: item === firstComment ? comments!.rule : item.rule,
        });
      }
      headings.push({ text: line, rule: item.rule });
      continue;
    }
    if (item.kind !== "paragraph" && item.kind !== "heading") {
      dropped.push({ line: item.line, text: line, reason: item.kind, detail: item.rule });
      continue;
    }
    const dateline = inComments ? undefined : findDateline(line);
    if (dateline?.strip) line = line.slice(dateline.length).trim();
    if (paragraphs.length === 0 && dateline) articleDateline = dateline.city;
    const paragraph = new ChunkedParagraph(id, paragraphs.length + 1, line);
    if (section) paragraph.section = section;
    if (inComments) paragraph.comment = comments!.rule;
    paragraphs.push(paragraph);
    headingsBefore.push(headings);
    datelines.push(dateline);
    headings = [];
  }

  const finalTitle = meta.title ?? title;
  const { stories, storyOf } = splitStories(
    paragraphs.map((p, i) => ({
      text: p.text,
      headings: headingsBefore[i]!,
      ...(datelines[i] ? { dateline: datelines[i] } : {}),
      ...(p.comment ? { comment: true } : {}),
    })),
    finalTitle,
  );
  // A subhead of one story does not head the next: a story opened by a dateline alone has no section until its own subhead.
  let inheritedSection = false;
  paragraphs.forEach((paragraph, i) => {
    paragraph.story = storyOf[i]!;
    if (headingsBefore[i]!.length > 0) inheritedSection = false;
    else if (i > 0 && storyOf[i] !== storyOf[i - 1]) inheritedSection = true;
    if (inheritedSection) delete paragraph.section;
  });
  const article: Article = {
    id,
    file,
    label: finalTitle ?? stories[0]?.label ?? id,
    paragraphs,
    dropped,
    sections,
    stories,
  };
  if (finalTitle) article.title = finalTitle;
  const finalDate = meta.date ?? date;
  if (finalDate) article.date = finalDate;
  if (articleDateline) article.dateline = articleDateline;
  if (meta.outlet) article.outlet = meta.outlet;
  if (meta.url) article.url = meta.url;
  return article;
}
