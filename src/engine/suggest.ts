import type { Analysis } from "./analysis/analyzeCorpus.js";
import { foldText } from "./text/foldText.js";
import type { Article, Suggestion } from "./types.js";

const MAX_CHOICE = 100;

function clip(text: string): string {
  return text.length <= MAX_CHOICE ? text : `${text.slice(0, MAX_CHOICE - 1)}…`;
}

/** One autocomplete entry with what it can be matched by. */
interface SuggestionEntry {
  suggestion: Suggestion;
  /** Folded strings whose start or word starts match typed text. */
  keys: string[];
  weight: number;
}

/** Prepare autocomplete entries once: entity names and their spellings, quote speakers and article labels. */
export function buildSuggestionEntries(analysis: Analysis, articles: readonly Article[]): SuggestionEntry[] {
  const entries: SuggestionEntry[] = [];
  const speakers = analysis.speakerQuotes;
  for (const entity of analysis.entities.entities) {
    if (entity.kind !== "person" && entity.kind !== "place") continue;
    const keys = [...new Set(entity.variants.map(foldText))];
    entries.push({ suggestion: { name: clip(entity.name), value: clip(entity.name), kind: entity.kind }, keys, weight: entity.mentionCount });
    if (speakers.has(entity.id)) {
      entries.push({ suggestion: { name: clip(`${entity.name} (quoted)`), value: clip(entity.name), kind: "speaker" }, keys, weight: entity.mentionCount });
    }
  }
  for (const article of articles) {
    const name = clip(`${article.label}${article.date ? ` (${article.date})` : ""} · ${article.id}`);
    entries.push({ suggestion: { name, value: clip(article.id), kind: "article" }, keys: [foldText(article.id), foldText(article.label)], weight: article.paragraphs.length });
  }
  return entries;
}

function matchStrength(keys: readonly string[], typed: string): number {
  let best = 0;
  for (const key of keys) {
    if (key === typed) return 3;
    if (key.startsWith(typed)) best = Math.max(best, 2);
    else if (key.split(/[\s-]+/).some((word) => word.startsWith(typed))) best = Math.max(best, 1.5);
    else if (typed.length >= 3 && key.includes(typed)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * Autocomplete: entries whose name, a spelling of it, or a word of it starts
 * with what was typed (the last few words count), best and most mentioned first.
 */
export function suggestEntries(entries: readonly SuggestionEntry[], typed: string, kinds: readonly Suggestion["kind"][] | undefined, limit: number): Suggestion[] {
  const wanted = kinds && kinds.length > 0 ? new Set(kinds) : new Set<Suggestion["kind"]>(["person", "place", "speaker"]);
  const folded = foldText(typed.slice(0, 200));
  // The name being typed is usually at the end of the query: try the last one, two and three words too.
  const words = folded.split(" ").filter(Boolean);
  const probes = [...new Set([folded, words.slice(-3).join(" "), words.slice(-2).join(" "), words.slice(-1).join(" ")].filter(Boolean))];
  const scored: { suggestion: Suggestion; score: number }[] = [];
  for (const entry of entries) {
    if (!wanted.has(entry.suggestion.kind)) continue;
    let strength = folded ? 0 : 1;
    for (const probe of probes) strength = Math.max(strength, matchStrength(entry.keys, probe));
    if (strength > 0) scored.push({ suggestion: entry.suggestion, score: strength * 100 + Math.min(entry.weight, 99) });
  }
  scored.sort((a, b) => b.score - a.score || (a.suggestion.name < b.suggestion.name ? -1 : 1));
  const seen = new Set<string>();
  const result: Suggestion[] = [];
  for (const { suggestion } of scored) {
    const key = `${suggestion.kind}:${suggestion.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(suggestion);
    if (result.length >= limit) break;
  }
  return result;
}
