import type { DropReason } from "../types.js";

/** What chunking does with one source line. */
export type LineKind = { kind: "paragraph" } | { kind: DropReason; detail: string };


// General patterns for web furniture around news text: link teasers, calls to
// action, share widgets, credits. Each applies only to short lines, so a real
// sentence that mentions a newsletter is kept.
const BOILERPLATE: readonly (readonly [RegExp, string, number?])[] = [
  [/^(?:read|see|watch|listen)(?: more| also| next| now)?\s*[:|–—-]/i, "link teaser"],
  [/^(?:also read|read more|related(?: stories| articles| coverage| content| topics)?|recommended(?: for you)?|more from|more on this(?: story)?|most read|trending|top stories|latest|in pictures|explainer)\b\s*[:|–—-]?/i, "related-content teaser"],
  [/^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|promoted|paid content)$/i, "advertisement"],
  [/^(?:\d+\s+)?(?:comments?|show comments|view comments|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|reply)$/i, "comments widget"],
  [/\b(?:newsletter|newsletters)\b/i, "newsletter promotion", 8],
  [/^(?:subscribe|sign up|sign in|log in|register now|follow us|download (?:our|the) app|get the app|click here|tap here|continue reading|discover more from)\b/i, "call to action"],
  [/^share(?: this)?(?: article| story| post| page| on \w+)?$/i, "share widget"],
  [/^(?:reporting|writing|editing|additional reporting|compiled|produced|research) by\b/i, "credit line"],
  [/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i, "copyright line"],
  [/^(?:photo|image|picture|video|graphic|file photo)(?: source| credit| caption)?\s*[:,(]/i, "media caption"],
  [/\b(?:getty images|ap photo|afp photo|reuters\/|epa-efe|shutterstock)\b/i, "photo credit", 10],
  [/^!\[[^\]]*\]\([^)]*\)$/, "image"],
  [/^(?:updated|published|last updated|first published|posted)\b\s*(?:on|at|:)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\w+day\b)/i, "timestamp"],
  // "By Jane Doe, Reuters": at least a first and last name, so "By Monday, the talks had collapsed." stays.
  [/^[Bb]y\s+\p{Lu}[\p{L}.'’-]+\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al|bin))*\s*(?:[,|–—-]\s*[\p{L}.&' -]{1,40})?$/u, "byline", 10],
  [/^this (?:article|story) (?:was|has been|first|originally)\b/i, "publication note"],
  [/^(?:cookie|we use cookies|accept cookies|privacy policy|terms of (?:use|service))\b/i, "site notice"],
  [/\b(?:skip (?:past )?(?:newsletter|advert)|after (?:newsletter|advert)\w* promotion)\b/i, "promotion marker"],
];

/** Whitespace-separated chunks: a cheap word count for the short-line rules. */
function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  if (letters.length < 4) return false;
  const upper = line.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.85;
}

/** True for a short line that reads as a heading: no sentence ending, or a short question, or all caps. */
export function looksLikeHeading(line: string): boolean {
  if (/^#{1,6}\s+\S/.test(line)) return true;
  const words = wordCount(line);
  if (words === 0 || words > 12 || line.length > 100) return false;
  if (/^[“"‘'(\[—–-]/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(line)) return false;
  if (isAllCaps(line)) return true;
  if (/\?$/.test(line)) return words <= 10;
  return !/[.!:;,”"’'…)\]]$/.test(line);
}

/** Classify a trimmed, non-empty line of an article. */
export function classifyLine(line: string): LineKind {
  // Long lines are prose: no heading or boilerplate rule applies, and counting their words is wasted work.
  if (line.length > 240) return { kind: "paragraph" };
  if (!/[\p{L}\p{N}]/u.test(line)) return { kind: "separator", detail: "no letters or digits" };
  const words = wordCount(line);
  if (words <= 25) {
    for (const [pattern, detail, maxWords = 25] of BOILERPLATE) {
      if (words <= maxWords && pattern.test(line)) return { kind: "boilerplate", detail };
    }
  }
  if (/^#{1,6}\s+\S/.test(line)) return { kind: "heading", detail: "markdown heading" };
  if (looksLikeHeading(line)) return { kind: "heading", detail: isAllCaps(line) ? "all-caps subhead" : "short heading line" };
  return { kind: "paragraph" };
}
