import { editDistance } from "../engine/text/editDistance.js";

/**
 * The name a typo most likely meant: the nearest of `names` within two edits (one for names of up to
 * three letters, so "/so" does not become "/who"), counting a swap of neighbours as one ("hwo" → "who");
 * a unique name the typo starts ("/sum" → "summary") also counts. Undefined when nothing is that close
 * or two names are equally close.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const max = word.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tied = false;
  for (const name of names) {
    const distance = editDistance(word, name, max);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  if (best !== undefined && !tied) return best;
  const started = word.length >= 2 ? names.filter((n) => n.startsWith(word)) : [];
  return started.length === 1 ? started[0] : undefined;
}
