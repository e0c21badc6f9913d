import type { Analysis } from "./analysis/analyzeCorpus.js";
import SearchableMap from "minisearch/SearchableMap";
import { foldText } from "./text/foldText.js";
import type { Article, Suggestion } from "./types.js";

const MAX_CHOICE = 100;

function clip(text: string): string {
  return text.length <= MAX_CHOICE ? text : `${text.slice(0, MAX_CHOICE - 1)}…`;
}

/** One autocomplete entry with what it can be matched by. */
export interface SuggestionEntry {
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

/** Autocomplete entries with a tree of their names' word starts, for prefix lookups that do not scan every entry. */
export interface SuggestionIndex {
  entries: SuggestionEntry[];
  /** Every word start of every key ("zelenskiy", "volodymyr zelenskiy") to entry positions. */
  tree: SearchableMap<number[]>;
}

/** Index autocomplete entries by the starts of their words. */
export function indexSuggestions(entries: SuggestionEntry[]): SuggestionIndex {
  const tree = new SearchableMap<number[]>();
  entries.forEach((entry, position) => {
    for (const key of entry.keys) {
      const words = key.split(/[\s-]+/);
      for (let i = 0; i < words.length; i++) {
        const start = words.slice(i).join(" ");
        if (!start) continue;
        const list = tree.get(start);
        if (!list) tree.set(start, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  return { entries, tree };
}

/** Most tree keys read for one typed prefix: "k" alone should not walk every name. */
const MAX_KEYS_READ = 4000;

/**
 * Autocomplete: entries whose name, a spelling of it, or a word of it starts
 * with what was typed (the last few words count), then close spellings for a
 * typo; best and most mentioned first.
 */
export function suggestEntries(index: SuggestionIndex, typed: string, kinds: readonly Suggestion["kind"][] | undefined, limit: number): Suggestion[] {
  const wanted = kinds && kinds.length > 0 ? new Set(kinds) : new Set<Suggestion["kind"]>(["person", "place"]);
  const folded = foldText(typed.slice(0, 200)).replace(/[^\p{L}\p{N}\s'-]/gu, " ").replace(/\s+/g, " ").trim();
  const strengths = new Map<number, number>();
  const raise = (position: number, strength: number) => {
    if (strength > (strengths.get(position) ?? 0)) strengths.set(position, strength);
  };
  if (!folded) {
    index.entries.forEach((entry, position) => raise(position, 1));
  } else {
    // The name being typed is usually at the end of the query: try the last one, two and three words too.
    const words = folded.split(" ");
    const probes = [...new Set([folded, words.slice(-3).join(" "), words.slice(-2).join(" "), words.slice(-1).join(" ")])];
    for (const probe of probes) {
      let read = 0;
      for (const [key, positions] of index.tree.atPrefix(probe)) {
        for (const position of positions) {
          const whole = index.entries[position]!.keys.includes(key);
          raise(position, key === probe && whole ? 3 : whole ? 2 : 1.5);
        }
        if (++read >= MAX_KEYS_READ) break;
      }
    }
    const last = words[words.length - 1]!;
    if (strengths.size < limit && last.length >= 4) {
      for (const [, [positions]] of index.tree.fuzzyGet(last, 1)) for (const position of positions) raise(position, 1);
    }
  }
  const scored: { suggestion: Suggestion; score: number }[] = [];
  for (const [position, strength] of strengths) {
    const entry = index.entries[position]!;
    if (wanted.has(entry.suggestion.kind)) scored.push({ suggestion: entry.suggestion, score: strength * 100 + Math.min(entry.weight, 99) });
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
