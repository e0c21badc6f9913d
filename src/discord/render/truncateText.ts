const ELLIPSIS = "…";

/** Drop a dangling high surrogate so a cut never leaves half an emoji. */
function dropLoneHigh(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/**
 * Shorten `text` to at most `max` characters, cutting at a word boundary when one is near
 * and ending with an ellipsis. Text that fits is returned unchanged.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  const hard = dropLoneHigh(text.slice(0, max - 1));
  const space = hard.search(/\s\S*$/);
  // Prefer the word boundary unless it throws away more than a third of the room.
  const cut = space > (max * 2) / 3 ? hard.slice(0, space) : hard;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Like {@link truncateText} but cuts from the start, keeping the end of `text`. */
export function truncateStart(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  let tail = text.slice(text.length - (max - 1));
  const low = tail.charCodeAt(0);
  if (low >= 0xdc00 && low <= 0xdfff) tail = tail.slice(1);
  const space = tail.search(/\s/);
  const cut = space >= 0 && space < max / 3 ? tail.slice(space) : tail;
  return `${ELLIPSIS}${cut.trimStart()}`;
}

/**
 * The longest truncation of `raw` whose rendering by `format` (e.g. escaping, which can grow
 * the text) fits in `max` characters. Shrinks the raw budget until it fits.
 */
export function fitFormatted(raw: string, max: number, format: (text: string) => string): string {
  let budget = Math.min(raw.length, max);
  for (;;) {
    const out = format(truncateText(raw, budget));
    if (out.length <= max) return out;
    if (budget <= 0) return "";
    budget = Math.min(budget - 1, Math.floor(budget - (out.length - max) / 2));
    if (budget < 0) budget = 0;
  }
}
