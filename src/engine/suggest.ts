import type { Analysis } from "./analysis/analyzeCorpus.js";
import { editDistance } from "./text/editDistance.js";
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
export function buildSuggestionEntries(
  analysis: Analysis,
  articles: readonly Article[],
): SuggestionEntry[] {
  const entries: SuggestionEntry[] = [];
  const speakers = analysis.speakerQuotes;
  for (const entity of analysis.entities.entities) {
    if (entity.kind !== "person" && entity.kind !== "place") continue;
    const keys = [...new Set(entity.variants.map(foldText))];
    entries.push({
      suggestion: { name: clip(entity.name), value: clip(entity.name), kind: entity.kind },
      keys,
      weight: entity.mentionCount,
    });
    if (speakers.has(entity.id)) {
      entries.push({
        suggestion: {
          name: clip(`${entity.name} (quoted)`),
          value: clip(entity.name),
          kind: "speaker",
        },
        keys,
        weight: entity.mentionCount,
      });
    }
  }
  for (const article of articles) {
    const name = clip(
      `${article.label}${article.date ? ` (${article.date})` : ""} · ${article.id}`,
    );
    entries.push({
      suggestion: { name, value: clip(article.id), kind: "article" },
      keys: [foldText(article.id), foldText(article.label)],
      weight: article.paragraphs.length,
    });
  }
  return entries;
}

/** Autocomplete entries with their names' word starts in one sorted list: prefix lookups by binary search, compact in memory. */
export interface SuggestionIndex {
  entries: SuggestionEntry[];
  /** Every word start of every key ("zelenskiy", "volodymyr zelenskiy"), sorted. */
  starts: string[];
  /** The entry position of each start. */
  positions: Int32Array;
}

/** Index autocomplete entries by the starts of their words. */
export function indexSuggestions(entries: SuggestionEntry[]): SuggestionIndex {
  const pairs: [string, number][] = [];
  entries.forEach((entry, position) => {
    for (const key of entry.keys) {
      const words = key.split(/[\s-]+/);
      for (let i = 0; i < words.length; i++) {
        const start = words.slice(i).join(" ");
        if (start) pairs.push([start, position]);
      }
    }
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return {
    entries,
    starts: pairs.map(([start]) => start),
    positions: Int32Array.from(pairs, ([, position]) => position),
  };
}

/** The sorted starts that begin with `prefix`, as [start, position]. */
function* withPrefix(index: SuggestionIndex, prefix: string): Generator<[string, number]> {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.starts[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < index.starts.length && index.starts[i]!.startsWith(prefix); i++)
    yield [index.starts[i]!, index.positions[i]!];
}

/** Most keys read for one typed prefix: "k" alone should not walk every name. */
const MAX_KEYS_READ = 2000;

/**
 * Autocomplete: entries whose name, a spelling of it, or a word of it starts
 * with what was typed (the last few words count), then close spellings for a
 * typo; best and most mentioned first.
 */
export function suggestEntries(
  index: SuggestionIndex,
  typed: string,
  kinds: readonly Suggestion["kind"][] | undefined,
  limit: number,
): Suggestion[] {
  const wanted =
    kinds && kinds.length > 0 ? new Set(kinds) : new Set<Suggestion["kind"]>(["person", "place"]);
  const folded = foldText(typed.slice(0, 200))
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const strengths = new Map<number, number>();
  const raise = (position: number, strength: number) => {
    if (strength > (strengths.get(position) ?? 0)) strengths.set(position, strength);
  };
  if (!folded) {
    index.entries.forEach((entry, position) => raise(position, 1));
  } else {
    // The name being typed is usually at the end of the query: try the last one, two and three words too.
    const words = folded.split(" ");
    const probes = [
      ...new Set([
        folded,
        words.slice(-3).join(" "),
        words.slice(-2).join(" "),
        words.slice(-1).join(" "),
      ]),
    ];
    for (const probe of probes) {
      let read = 0;
      for (const [key, position] of withPrefix(index, probe)) {
        const whole = index.entries[position]!.keys.includes(key);
        raise(position, key === probe && whole ? 3 : whole ? 2 : 1.5);
        if (++read >= MAX_KEYS_READ) break;
      }
    }
    // A typo in a name: the same first two letters and one edit away, read from the sorted starts.
    const last = words[words.length - 1]!;
    if (strengths.size < limit && last.length >= 4) {
      let read = 0;
      for (const [key, position] of withPrefix(index, last.slice(0, 2))) {
        const word = key.split(" ")[0]!;
        if (Math.abs(word.length - last.length) <= 1 && editDistance(word, last, 1) <= 1)
          raise(position, 1);
        if (++read >= MAX_KEYS_READ) break;
      }
    }
  }
  const scored: { suggestion: Suggestion; score: number }[] = [];
  for (const [position, strength] of strengths) {
    const entry = index.entries[position]!;
    if (wanted.has(entry.suggestion.kind))
      scored.push({
        suggestion: entry.suggestion,
        score: strength * 100 + Math.min(entry.weight, 99),
      });
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
