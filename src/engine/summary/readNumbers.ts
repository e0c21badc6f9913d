/**
 * Specific figures a sentence states: amounts, shares, prices, scores and other numbers of three or more digits,
 * as written with spaces and thousands commas taken out ("£800m", "28.1%", "300p", "$65 billion"). Calendar years
 * and small counts are left out: "in 2014" or "three people" recur across facts that differ.
 */
export function readNumbers(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const figure = match[0].replace(/[\s,]/g, "").toLowerCase();
    if (/^(?:19|20)\d\d$/.test(figure)) continue;
    found.add(figure);
  }
  return found;
}

const FIGURE =
  /[£$€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|m|k|billion|million|trillion))?|\b\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per ?cent|percent|bn\b|m\b|p\b|billion|million|trillion|euros|dollars|pounds))|\b\d+\.\d+\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/giu;
