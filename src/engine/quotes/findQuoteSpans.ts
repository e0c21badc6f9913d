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
  /** The quotation runs to the end of the paragraph without a closing mark. */
  open: boolean;
}

const OPENERS = new Set(["“", '"', "«", "„"]);
const CLOSERS = new Set(["”", '"', "»", "“"]);

function canOpen(text: string, i: number): boolean {
  const char = text[i]!;
  if (!OPENERS.has(char)) return false;
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? "";
  if (char === '"') return /[\s([{—–:-]/.test(before) && /\S/.test(after);
  return /\S/.test(after);
}

function canClose(text: string, i: number): boolean {
  const char = text[i]!;
  if (!CLOSERS.has(char)) return false;
  if (char === "“") return false;
  const before = text[i - 1] ?? " ";
  return /\S/.test(before);
}

/**
 * Find quotations in a paragraph. Curly, straight and mixed marks pair up in
 * order ("…,” opened straight and closed curly counts). A quotation left open
 * runs to the paragraph end, as news style does for quotes spanning paragraphs.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (openAt < 0) {
      if (canOpen(text, i)) openAt = i;
    } else if (canClose(text, i)) {
      pushSpan(spans, text, openAt, i, false);
      openAt = -1;
    }
  }
  if (openAt >= 0) pushSpan(spans, text, openAt, text.length, true);
  return spans;
}

function pushSpan(spans: QuoteSpan[], text: string, openAt: number, closeAt: number, open: boolean): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  spans.push({ text: text.slice(start, end), start, end, outerStart: openAt, outerEnd: open ? closeAt : closeAt + 1, open });
}
