/** A quotation in a paragraph. Offsets are into the paragraph text. */
export interface QuoteSpan {
  /** The quoted words, verbatim, without the marks and trailing comma. */
  text: string;
  /** Offset of the first quoted character. */
  start: number;
  /** Offset just past the last quoted character kept. */
  end: number;
  /** Offsets of the opening mark and just past the closing mark (or paragraph end). */
  outerStart: number;
  outerEnd: number;
  /** The quotation runs to the end of the paragraph, or to the next opening mark, without a closing mark. */
  open: boolean;
  /** It continues the previous span of the paragraph, which was left open (`said: "One. "Two."`). */
  continues?: boolean;
  /** It lies inside a double quotation, in single marks (`“Said Hodges: ‘It's tough.’”`): a quoted person's words within a quoted passage. */
  nested?: boolean;
}

// Each opening mark with the marks that may close it. Mixed pairs ("…” or “…") occur in real copy.
const CLOSERS_FOR: Record<string, string> = {
  "“": '”"',
  '"': '"”',
  "«": "»",
  "„": '“”"',
  "‘": "’",
  "'": "'’",
};

function canOpen(text: string, i: number): boolean {
  const char = text[i]!;
  if (!(char in CLOSERS_FOR)) return false;
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? "";
  if (char === '"' || char === "‘") return /[\s([{—–:-]/.test(before) && /\S/.test(after);
  // A straight single mark opens a quotation only before a capital letter: "'The country has voted…'".
  if (char === "'") return /[\s([{—–:-]/.test(before) && /\p{Lu}/u.test(after);
  return /\S/.test(after);
}

function canClose(text: string, i: number, opener: string): boolean {
  const char = text[i]!;
  if (!CLOSERS_FOR[opener]!.includes(char)) return false;
  const before = text[i - 1] ?? " ";
  if (!/\S/.test(before)) return false;
  // A single closing mark is also the apostrophe: it closes only before a space, punctuation or the end.
  if (char === "’" && opener === "‘")
    return i + 1 >= text.length || /[\s.,;:!?)\]—–-]/.test(text[i + 1]!);
  // After a straight single opener, only punctuation then the mark closes ("change,'"), never a possessive ("leaders'").
  if (opener === "'")
    return /[.,!?]/.test(before) && (i + 1 >= text.length || /[\s)\]—–-]/.test(text[i + 1]!));
  return true;
}

/**
 * Find quotations in a paragraph. Curly, straight and mixed double marks
 * pair up in order ("…,” opened straight and closed curly counts), and
 * single marks (‘…’) quote when no double quotation is open. A quotation left
 * open runs to the paragraph end, as news style does for quotes spanning paragraphs.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let opener = "";
  let continues = false;
  for (let i = 0; i < text.length; i++) {
    if (openAt < 0) {
      if (canOpen(text, i)) {
        openAt = i;
        opener = text[i]!;
        continues = false;
      }
    } else if (startsSegment(text, i, opener)) {
      // News style opens each paragraph of a long quotation without closing the one before; BBC copy keeps those marks inside one line.
      pushSpan(spans, text, openAt, i, true, continues);
      openAt = i;
      continues = true;
    } else if (canClose(text, i, opener)) {
      pushSpan(spans, text, openAt, i, false, continues);
      openAt = -1;
    }
  }
  // An unclosed single mark was an apostrophe or a nested quote, not a quotation running on.
  if (openAt >= 0 && opener !== "‘" && opener !== "'")
    pushSpan(spans, text, openAt, text.length, true, continues);
  return spans;
}

/** A double opening mark after a sentence end, while a double quotation is open: the next paragraph of the same quotation. */
function startsSegment(text: string, i: number, opener: string): boolean {
  if (opener !== '"' && opener !== "“") return false;
  const char = text[i]!;
  if (char !== '"' && char !== "“") return false;
  return (
    /[.!?]\s+$/.test(text.slice(Math.max(0, i - 4), i)) && /\p{Lu}|\d|['‘]/u.test(text[i + 1] ?? "")
  );
}

function pushSpan(
  spans: QuoteSpan[],
  text: string,
  openAt: number,
  closeAt: number,
  open: boolean,
  continues = false,
): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const span: QuoteSpan = {
    text: text.slice(start, end),
    start,
    end,
    outerStart: openAt,
    outerEnd: open ? closeAt : closeAt + 1,
    open,
  };
  if (continues) span.continues = true;
  spans.push(span);
}

/**
 * Quotations in single marks inside a double quotation: “Said Secretary Hodges: ‘It's a tough combination.’”
 * A single mark left open after a colon or comma before a capital runs to the end of the outer quotation,
 * as a nested quotation over paragraphs does; any other unclosed single mark was an apostrophe.
 */
export function findNestedSpans(text: string, outer: QuoteSpan): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let opener = "";
  for (let i = outer.start; i < outer.end; i++) {
    const char = text[i]!;
    if (openAt < 0) {
      if ((char === "‘" || char === "'") && canOpen(text, i)) {
        openAt = i;
        opener = char;
      }
    } else if (
      canClose(text, i, opener) ||
      (i + 1 === outer.end && CLOSERS_FOR[opener]!.includes(char))
    ) {
      pushSpan(spans, text, openAt, i, false);
      openAt = -1;
    }
  }
  if (
    openAt >= 0 &&
    /[:,]\s*$/.test(text.slice(outer.start, openAt)) &&
    /\p{Lu}/u.test(text[openAt + 1] ?? "")
  )
    pushSpan(spans, text, openAt, outer.end, true);
  for (const span of spans) span.nested = true;
  return spans;
}
