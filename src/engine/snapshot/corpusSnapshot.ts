import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { join } from "node:path";
import type { CorpusWarning } from "../types.js";
import type { ArticleRecord } from "../corpus/storeArticle.js";
import { engineFingerprint } from "./fingerprintEngine.js";
import { packSnapshot, unpackSnapshot } from "./packSnapshot.js";
import { readSnapshot, writeSnapshot } from "./snapshotStore.js";

/** What identifies a file's bytes cheaply: when all of these are as recorded, the bytes are taken to be too. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** One article file as last read: its stamp, the hash of its bytes (and of its sidecar's), and what chunking made of them. */
export interface FileEntry {
  name: string;
  stamp: FileStamp;
  /** SHA-256 of the file's bytes, hex. */
  sha: string;
  /** When the bytes were read (ms since the epoch): a stamp is trusted only for a file last modified well before. */
  readAt: number;
  /** The `<id>.json` sidecar read with it, or null when there was none. */
  sidecar: { stamp: FileStamp; sha: string; readAt: number } | null;
  /** The article chunked from it, or null when the file gave none (only warnings). */
  article: ArticleRecord | null;
  /** Where its text sits in the snapshot's text section, in bytes. */
  textStart: number;
  textLength: number;
  warnings: CorpusWarning[];
}

/** The chunked corpus of one directory as a snapshot holds it. */
export interface CorpusSnapshot {
  /** Corpus version of exactly these entries, in this order. */
  version: string;
  entries: FileEntry[];
  /** The text of every article, back to back; entries point into it. */
  text: Buffer;
}

interface Header {
  engine: string;
  dir: string;
  version: string;
  entries: FileEntry[];
}

/** The tag that opens a corpus snapshot file; a new layout gets a new tag. */
const MAGIC = "VBCRP001";

/**
 * How much older than the moment it was read a file must be for its stamp to
 * be trusted: a file written again within the same clock tick as it was read
 * can keep its size and modification time (the "racy" case), so such a file
 * is hashed again.
 */
export const RACY_MS = 2000;

/** The snapshot file of a corpus directory: one per directory (by its absolute path), replaced on each change. */
export function corpusSnapshotFile(cacheDir: string, dir: string): string {
  const key = createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 24);
  return join(cacheDir, `verbatim-corpus-${key}.bin`);
}

/** True when a file's stamp is as recorded and the recording was not racy, so its bytes need not be read. */
export function stampHolds(recorded: FileStamp, readAt: number, now: FileStamp): boolean {
  return (
    recorded.size === now.size &&
    recorded.mtimeMs === now.mtimeMs &&
    recorded.ctimeMs === now.ctimeMs &&
    recorded.ino === now.ino &&
    now.mtimeMs < readAt - RACY_MS
  );
}

function isHeader(value: unknown, dir: string, engine: string): value is Header {
  const header = value as Partial<Header> | null | undefined;
  return (
    typeof header === "object" &&
    header !== null &&
    header.engine === engine &&
    header.dir === resolve(dir) &&
    typeof header.version === "string" &&
    Array.isArray(header.entries)
  );
}

/**
 * The corpus snapshot of `dir`, or undefined when there is none, it was
 * written by another engine (chunking rules are engine code) or for another
 * directory, or it cannot be read: then every file is read and chunked.
 */
export function readCorpusSnapshot(cacheDir: string, dir: string): CorpusSnapshot | undefined {
  try {
    const bytes = readSnapshot(corpusSnapshotFile(cacheDir, dir));
    if (!bytes) return undefined;
    const { header, sections } = unpackSnapshot(MAGIC, bytes);
    const text = sections[0];
    if (!isHeader(header, dir, engineFingerprint()) || !text || sections.length !== 1)
      return undefined;
    for (const entry of header.entries)
      if (entry.textStart + entry.textLength > text.length) return undefined;
    return { version: header.version, entries: header.entries, text };
  } catch {
    return undefined;
  }
}

/** Write the corpus snapshot of `dir`. Throws when the cache directory cannot be written. */
export function writeCorpusSnapshot(
  cacheDir: string,
  dir: string,
  version: string,
  entries: readonly FileEntry[],
  texts: readonly Buffer[],
): void {
  let at = 0;
  const placed = entries.map((entry, i) => {
    const length = texts[i]?.length ?? 0;
    const moved = { ...entry, textStart: at, textLength: length };
    at += length;
    return moved;
  });
  const header: Header = {
    engine: engineFingerprint(),
    dir: resolve(dir),
    version,
    entries: placed,
  };
  writeSnapshot(
    cacheDir,
    corpusSnapshotFile(cacheDir, dir),
    packSnapshot(MAGIC, header, [Buffer.concat(texts, at)]),
    false,
  );
}
