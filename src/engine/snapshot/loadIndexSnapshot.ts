import type { CorpusFacts } from "../analysis/analyzeCorpus.js";
import type { PostingIndex } from "../search/postingIndex.js";
import type { Corpus } from "../types.js";
import { engineFingerprint } from "./fingerprintEngine.js";
import { FACT_SECTIONS, factsSections, readFactsSections } from "./factsSnapshot.js";
import { packSnapshot, unpackSnapshot } from "./packSnapshot.js";
import { postingSections, readPostingSections } from "./postingSnapshot.js";
import {
  hasOtherSnapshots,
  readSnapshot,
  snapshotFile,
  snapshotKey,
  writeSnapshot,
  type SnapshotStatus,
} from "./snapshotStore.js";

interface Built {
  facts: CorpusFacts;
  postings: PostingIndex;
}

interface Header {
  /** The fingerprint of the engine that wrote it. */
  engine: string;
  key: string;
  corpusVersion: string;
  /** What `factsSections` says of the facts, which are the first sections. */
  facts: unknown;
  postings: unknown;
}

/** The tag that opens an index snapshot file; a new layout gets a new tag. */
const MAGIC = "VBIDX003";

function isHeader(value: unknown, key: string, engine: string): value is Header {
  if (typeof value !== "object" || value === null) return false;
  const stored = value as Partial<Header>;
  return (
    stored.engine === engine &&
    stored.key === key &&
    typeof stored.facts === "object" &&
    stored.facts !== null &&
    typeof stored.postings === "object" &&
    stored.postings !== null
  );
}

/**
 * Load the postings and corpus facts from a snapshot keyed by the corpus
 * version and the engine's fingerprint (its code, rule data, lexicons and
 * dependency versions, see `fingerprintEngine`); build them (and save a
 * snapshot) when there is none, or it is stale or corrupt. A stale snapshot
 * is never served: its key differs. The file holds the facts (`factsSections`)
 * and the postings as binary sections (`packSnapshot`), read without parsing JSON
 * beyond a small header.
 */
export function loadIndexSnapshot(
  corpus: Corpus,
  cacheDir: string | undefined,
  build: () => Built,
): Built & { status: SnapshotStatus } {
  if (!cacheDir) return { ...build(), status: { state: "disabled" } };
  const engine = engineFingerprint();
  const key = snapshotKey([corpus.version, engine]);
  const file = snapshotFile(cacheDir, key);
  let reason: "missing" | "stale" | "corrupt";
  let detail: string | undefined;
  const started = performance.now();
  try {
    const bytes = readSnapshot(file);
    if (bytes === undefined) {
      reason = hasOtherSnapshots(cacheDir, file) ? "stale" : "missing";
    } else {
      const { header, sections } = unpackSnapshot(MAGIC, bytes);
      if (!isHeader(header, key, engine)) {
        reason = "corrupt";
        detail = "unexpected content";
      } else {
        const postings = readPostingSections(header.postings, sections.slice(FACT_SECTIONS));
        if (
          postings.documentCount !==
          corpus.articles.reduce((sum, a) => sum + a.paragraphs.length, 0)
        )
          throw new Error("paragraph count differs from the corpus");
        const facts = readFactsSections(header.facts, sections.slice(0, FACT_SECTIONS));
        return {
          facts,
          postings,
          status: { state: "loaded", file, loadMs: Math.round(performance.now() - started) },
        };
      }
    }
  } catch (error) {
    reason = "corrupt";
    detail = (error as Error).message;
  }
  const built = build();
  const saving = performance.now();
  try {
    const facts = factsSections(built.facts);
    const postings = postingSections(built.postings);
    writeSnapshot(
      cacheDir,
      file,
      packSnapshot(
        MAGIC,
        {
          engine,
          key,
          corpusVersion: corpus.version,
          facts: facts.meta,
          postings: postings.meta,
        } satisfies Header,
        [...facts.sections, ...postings.sections],
      ),
    );
  } catch (error) {
    return { ...built, status: { state: "unwritable", file, detail: (error as Error).message } };
  }
  const saveMs = Math.round(performance.now() - saving);
  return {
    ...built,
    status: detail
      ? { state: "built", file, reason, detail, saveMs }
      : { state: "built", file, reason, saveMs },
  };
}
