import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

/** What happened to the index snapshot at start-up. */
export type SnapshotStatus =
  | { state: "disabled" }
  | {
      state: "loaded";
      file: string;
      /** Time to read and parse the snapshot, in milliseconds. */ loadMs: number;
    }
  | {
      state: "built";
      file: string;
      reason: "missing" | "stale" | "corrupt";
      detail?: string;
      /** Time to write the new snapshot, in milliseconds. */ saveMs: number;
    }
  | { state: "unwritable"; file: string; detail: string };

const PREFIX = "verbatim-index-";

/** The snapshot file for a key. One cache directory keeps one index snapshot, the one of the newest key. */
export function snapshotFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${PREFIX}${key}.bin`);
}

/** A key for everything the snapshot depends on: the corpus version and the engine's fingerprint. */
export function snapshotKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\u0000`);
  return hash.digest("hex").slice(0, 24);
}

/** Read a snapshot's bytes; undefined when there is none. Throws on a file that is there but unreadable. */
export function readSnapshot(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** True when the cache directory holds a snapshot under another key: the corpus or the engine changed since. */
export function hasOtherSnapshots(cacheDir: string, file: string): boolean {
  try {
    return readdirSync(cacheDir).some(
      (name) => name.startsWith(PREFIX) && join(cacheDir, name) !== file,
    );
  } catch {
    return false;
  }
}

/**
 * Write a snapshot atomically (temp file, then rename), part after part
 * without joining them. An index snapshot (the default) removes the older
 * index snapshots from the directory; `prune: false` keeps every other file.
 */
export function writeSnapshot(
  cacheDir: string,
  file: string,
  parts: readonly Uint8Array[],
  prune = true,
): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, "w");
  try {
    for (const part of parts) {
      for (let written = 0; written < part.byteLength;)
        written += writeSync(fd, part, written, part.byteLength - written);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  if (!prune) return;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith(PREFIX) && path !== file && !name.endsWith(".tmp"))
      rmSync(path, { force: true });
  }
}
