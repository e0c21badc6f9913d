import { defineRules, type Rule } from "../rules/defineRules.js";
import { LINE_THRESHOLDS as T } from "./lineThresholds.js";

/** What a line rule can make of a line. `paragraph` keeps it; the others drop it (a heading becomes a section or the title). */
export type LineKindName = "paragraph" | "separator" | "boilerplate" | "heading";

/** What the line rules look at: the trimmed line, a few cheap measures of it, and its neighbour. */
export interface LineFacts {
  /** The trimmed, non-empty line. */
  readonly text: string;
  /** Whitespace-separated chunks. */
  readonly words: number;
  /** At least `allCapsShare` of its letters are capitals (and it has `allCapsMinLetters` letters). */
  readonly allCaps: boolean;
  /** The previous non-empty line of the file was classified as a heading. */
  readonly afterHeading: boolean;
}

/** One row of the line table: the first row whose `match` holds decides what the line is. */
export interface LineRule extends Rule {
  readonly kind: LineKindName;
  readonly match: (line: LineFacts) => boolean;
}

/** A row that fires when `pattern` matches a line of at most `maxWords` words. */
const short =
  (pattern: RegExp, maxWords: number = T.boilerplateMaxWords) =>
  (line: LineFacts) =>
    line.words <= maxWords && pattern.test(line.text);

// Closing quotation marks at the end of a headline (`Blair says "no deal"`) are part of it, not sentence punctuation.
const CLOSING_QUOTES = /["”’']+$/;
const SENTENCE_END = /[.!:;,…)\]]$/;
const OPENS_AS_QUOTE_OR_ASIDE = /^[“"‘'([—–-]/;

/** Short, opens with a capital or digit, not a quotation or an aside: the shape every heading row needs. */
function headingShape(line: LineFacts): boolean {
  return (
    line.words > 0 &&
    line.words <= T.headingMaxWords &&
    line.text.length <= T.headingMaxChars &&
    !OPENS_AS_QUOTE_OR_ASIDE.test(line.text) &&
    /^[\p{Lu}\p{N}]/u.test(line.text)
  );
}

/** No sentence punctuation at the end, once closing quotation marks are set aside. */
function unpunctuated(text: string): boolean {
  return !SENTENCE_END.test(text.replace(CLOSING_QUOTES, ""));
}

/**
 * The line table, in order: the first matching row classifies the line; no
 * match keeps it as a paragraph. Boilerplate rows are general patterns for
 * web furniture around news text (teasers, calls to action, widgets,
 * credits), and each applies only to short lines, so a real sentence that
 * mentions a newsletter is kept.
 */
export const LINE_RULES = defineRules<LineRule>("line", [
  {
    id: "long-line-is-prose",
    kind: "paragraph",
    reason: "a line this long is a paragraph: no heading or furniture is that long",
    match: (l) => l.text.length > T.proseChars,
  },
  {
    id: "no-letters",
    kind: "separator",
    reason: "a line without letters or digits (., ***, ---) only separates",
    match: (l) => !/[\p{L}\p{N}]/u.test(l.text),
  },
  {
    id: "link-teaser",
    kind: "boilerplate",
    reason: "Read more: / See also: link to another article",
    match: short(/^(?:read|see|watch|listen)(?: more| also| next| now)?\s*[:|–—-]/i),
  },
  {
    id: "related-teaser",
    kind: "boilerplate",
    reason: "related-content and most-read boxes",
    match: short(
      /^(?:also read|read more|related(?: stories| articles| coverage| content| topics)?|recommended(?: for you)?|more from|more on this(?: story)?|most read|trending|top stories|latest|in pictures|explainer)\b\s*[:|–—-]?/i,
    ),
  },
  {
    id: "advertisement",
    kind: "boilerplate",
    reason: "an advertisement marker on its own line",
    match: short(
      /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|promoted|paid content)$/i,
    ),
  },
  {
    id: "comments-widget",
    kind: "boilerplate",
    reason: "the button or count of a comments widget",
    match: short(
      /^(?:\d+\s+)?(?:comments?|show comments|view comments|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|reply)$/i,
    ),
  },
  {
    id: "newsletter-promotion",
    kind: "boilerplate",
    reason: "a short line promoting a newsletter",
    match: short(/\b(?:newsletter|newsletters)\b/i, T.newsletterMaxWords),
  },
  {
    id: "call-to-action",
    kind: "boilerplate",
    reason: "subscribe, sign up, follow us, click here",
    match: short(
      /^(?:subscribe|sign up|sign in|log in|register now|follow us|download (?:our|the) app|get the app|click here|tap here|continue reading|discover more from)\b/i,
    ),
  },
  {
    id: "share-widget",
    kind: "boilerplate",
    reason: "share buttons",
    match: short(/^share(?: this)?(?: article| story| post| page| on \w+)?$/i),
  },
  {
    id: "credit-line",
    kind: "boilerplate",
    reason: "Reporting by / Editing by credits",
    match: short(
      /^(?:reporting|writing|editing|additional reporting|compiled|produced|research) by\b/i,
    ),
  },
  {
    id: "copyright-line",
    kind: "boilerplate",
    reason: "copyright and all-rights-reserved notices",
    match: short(/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i),
  },
  {
    id: "media-caption",
    kind: "boilerplate",
    reason: "Image source, / Photo: captions",
    match: short(
      /^(?:photo|image|picture|video|graphic|file photo)(?: source| credit| caption)?\s*[:,(]/i,
    ),
  },
  {
    id: "photo-credit",
    kind: "boilerplate",
    reason: "a short line naming a picture agency",
    match: short(
      /\b(?:getty images|ap photo|afp photo|reuters\/|epa-efe|shutterstock)\b/i,
      T.photoCreditMaxWords,
    ),
  },
  {
    id: "image",
    kind: "boilerplate",
    reason: "a markdown image",
    match: short(/^!\[[^\]]*\]\([^)]*\)$/),
  },
  {
    id: "timestamp",
    kind: "boilerplate",
    reason: "Published / Updated with a date or time",
    match: short(
      /^(?:updated|published|last updated|first published|posted)\b\s*(?:on|at|:)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\w+day\b)/i,
    ),
  },
  // At least a first and last name, so "By Monday, the talks had collapsed." stays.
  {
    id: "byline",
    kind: "boilerplate",
    reason: "By Jane Doe, Outlet: a byline of two or more capitalised names",
    match: short(
      /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al|bin))*\s*(?:[,|–—-]\s*[\p{L}.&' -]{1,40})?$/u,
      T.bylineMaxWords,
    ),
  },
  {
    id: "publication-note",
    kind: "boilerplate",
    reason: "This article was originally published by",
    match: short(/^this (?:article|story) (?:was|has been|first|originally)\b/i),
  },
  {
    id: "site-notice",
    kind: "boilerplate",
    reason: "cookie, privacy and terms notices",
    match: short(
      /^(?:cookie|we use cookies|accept cookies|privacy policy|terms of (?:use|service))\b/i,
    ),
  },
  {
    id: "promotion-marker",
    kind: "boilerplate",
    reason: "skip past / after newsletter promotion markers",
    match: short(
      /\b(?:skip (?:past )?(?:newsletter|advert)|after (?:newsletter|advert)\w* promotion)\b/i,
    ),
  },
  {
    id: "markdown-heading",
    kind: "heading",
    reason: "a # heading in a markdown file",
    match: (l) => /^#{1,6}\s+\S/.test(l.text),
  },
  {
    id: "all-caps-subhead",
    kind: "heading",
    reason: "a short line in capitals is a subhead (CEDING TERRITORY?)",
    match: (l) => headingShape(l) && l.allCaps,
  },
  {
    id: "question-heading",
    kind: "heading",
    reason: "a short question on its own line introduces a section (Why in Saudi Arabia?)",
    match: (l) =>
      headingShape(l) && /\?["”’']*$/.test(l.text) && l.words <= T.questionHeadingMaxWords,
  },
  {
    id: "headline-deck",
    kind: "heading",
    reason:
      "a short lower-case line under a heading is its second deck (The Congress / turmoil in the House)",
    match: (l) =>
      l.afterHeading &&
      l.words <= T.deckMaxWords &&
      /^\p{Ll}/u.test(l.text) &&
      unpunctuated(l.text) &&
      !/\?$/.test(l.text.replace(CLOSING_QUOTES, "")),
  },
  {
    id: "short-heading-line",
    kind: "heading",
    reason:
      "a short line without final sentence punctuation (closing quotes aside) is a heading or title",
    match: (l) =>
      headingShape(l) && unpunctuated(l.text) && !/\?$/.test(l.text.replace(CLOSING_QUOTES, "")),
  },
]);
