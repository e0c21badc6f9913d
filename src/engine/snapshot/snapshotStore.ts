import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What happened to the index snapshot at start-up. */
export type SnapshotStatus =
  | { state: "disabled" }
  | { state: "loaded"; file: string; /** Time to read and parse the snapshot, in milliseconds. */ loadMs: number }
  | { state: "built"; file: string; reason: "missing" | "stale" | "corrupt"; detail?: string; /** Time to write the new snapshot, in milliseconds. */ saveMs: number }
  | { state: "unwritable"; file: string; detail: string };

const PREFIX = "verbatim-index-";

/** The snapshot file for a key. One cache directory keeps one snapshot per key. */
export function snapshotFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${PREFIX}${key}.json`);
}

/** A key for everything the snapshot depends on: the corpus version and the engine's fingerprint. */
export function snapshotKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\u0000`);
  return hash.digest("hex").slice(0, 24);
}

/** Read a snapshot; undefined when there is none. Throws on a file that is there but unreadable as JSON. */
export function readSnapshot(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return JSON.parse(text);
}

/** True when the cache directory holds a snapshot under another key: the corpus or the engine changed since. */
export function hasOtherSnapshots(cacheDir: string, file: string): boolean {
  try {
    return readdirSync(cacheDir).some((name) => name.startsWith(PREFIX) && join(cacheDir, name) !== file);
  } catch {
    return false;
  }
}

/** Write a snapshot atomically (temp file, then rename) and remove older ones from the directory. */
export function writeSnapshot(cacheDir: string, file: string, data: unknown): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, file);
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith(PREFIX) && path !== file && !name.endsWith(".tmp")) rmSync(path, { force: true });
  }
}
