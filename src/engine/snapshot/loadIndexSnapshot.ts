import MiniSearch from "minisearch";
import type { CorpusFacts } from "../analysis/analyzeCorpus.js";
import { PARAGRAPH_INDEX_OPTIONS, type ParagraphDocument } from "../search/buildSearchIndex.js";
import type { Corpus } from "../types.js";
import { hasOtherSnapshots, readSnapshot, snapshotFile, snapshotKey, writeSnapshot, type SnapshotStatus } from "./snapshotStore.js";

/** Bump when the facts or index change shape or meaning, so old snapshots are rebuilt. */
export const SNAPSHOT_FORMAT = "verbatim-index-15";

interface Built {
  facts: CorpusFacts;
  paragraphIndex: MiniSearch<ParagraphDocument>;
}

interface Stored {
  format: string;
  key: string;
  corpusVersion: string;
  facts: CorpusFacts;
  index: unknown;
}

function isStored(value: unknown, key: string): value is Stored {
  if (typeof value !== "object" || value === null) return false;
  const stored = value as Partial<Stored>;
  const facts = stored.facts as Partial<CorpusFacts> | undefined;
  return (
    stored.format === SNAPSHOT_FORMAT &&
    stored.key === key &&
    typeof facts === "object" &&
    Array.isArray(facts.speakerQuotes) &&
    Array.isArray(facts.salient) &&
    Array.isArray(facts.entities?.entities) &&
    Array.isArray(facts.entities?.clusters) &&
    typeof stored.index === "object" &&
    stored.index !== null
  );
}

/**
 * Load the index and corpus facts from a snapshot keyed by the corpus
 * version, the snapshot format and the index options; build them (and save
 * a snapshot) when there is none, or it is stale or corrupt. A stale
 * snapshot is never served: its key differs.
 */
export function loadIndexSnapshot(corpus: Corpus, cacheDir: string | undefined, build: () => Built): Built & { status: SnapshotStatus } {
  if (!cacheDir) return { ...build(), status: { state: "disabled" } };
  const key = snapshotKey([corpus.version, SNAPSHOT_FORMAT, JSON.stringify(PARAGRAPH_INDEX_OPTIONS.fields), JSON.stringify(PARAGRAPH_INDEX_OPTIONS.searchOptions?.boost)]);
  const file = snapshotFile(cacheDir, key);
  let reason: "missing" | "stale" | "corrupt" = "missing";
  let detail: string | undefined;
  const started = performance.now();
  try {
    const stored = readSnapshot(file);
    if (stored === undefined) {
      reason = hasOtherSnapshots(cacheDir, file) ? "stale" : "missing";
    } else if (!isStored(stored, key)) {
      reason = "corrupt";
      detail = "unexpected content";
    } else {
      const paragraphIndex = MiniSearch.loadJS(stored.index as Parameters<typeof MiniSearch.loadJS>[0], PARAGRAPH_INDEX_OPTIONS) as MiniSearch<ParagraphDocument>;
      if (paragraphIndex.documentCount !== corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0)) throw new Error("paragraph count differs from the corpus");
      return { facts: stored.facts, paragraphIndex, status: { state: "loaded", file, loadMs: Math.round(performance.now() - started) } };
    }
  } catch (error) {
    reason = "corrupt";
    detail = (error as Error).message;
  }
  const built = build();
  const saving = performance.now();
  try {
    writeSnapshot(cacheDir, file, { format: SNAPSHOT_FORMAT, key, corpusVersion: corpus.version, facts: built.facts, index: built.paragraphIndex.toJSON() });
  } catch (error) {
    return { ...built, status: { state: "unwritable", file, detail: (error as Error).message } };
  }
  const saveMs = Math.round(performance.now() - saving);
  return { ...built, status: detail ? { state: "built", file, reason, detail, saveMs } : { state: "built", file, reason, saveMs } };
}
