import type { SourceInfo } from "../engine/types.js";

/**
 * The article a user means: its exact id, else its label (ignoring case), else an id or label the
 * text uniquely starts. Autocomplete puts ids in, but people also type.
 */
export function findArticle(sources: readonly SourceInfo[], typed: string): SourceInfo | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const exact =
    sources.find((s) => s.id === text) ?? sources.find((s) => s.label.toLowerCase() === lower);
  if (exact) return exact;
  const prefixed = sources.filter(
    (s) => s.id.toLowerCase().startsWith(lower) || s.label.toLowerCase().startsWith(lower),
  );
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
