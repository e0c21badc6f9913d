import { createHash } from "node:crypto";
import { lstatSync, type Stats } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import * as z from "zod/mini";
import {
  readCorpusSnapshot,
  stampHolds,
  writeCorpusSnapshot,
  type FileEntry,
  type FileStamp,
} from "../snapshot/corpusSnapshot.js";
import type { Article, Corpus, CorpusWarning, ProgressListener } from "../types.js";
import { chunkArticle, type ArticleMeta } from "./chunkArticle.js";
import { decodeText } from "./decodeText.js";
import { recordArticle, restoreArticle } from "./storeArticle.js";

/** Thrown when a corpus directory has no usable article. The message says why. */
export class CorpusLoadError extends Error {
  override name = "CorpusLoadError";
}

/** The loader's result: the corpus plus one warning per skipped or repaired file. */
export interface LoadedCorpus {
  corpus: Corpus;
  warnings: CorpusWarning[];
  /** The article files decoded and chunked by this load, in name order; the others came from the corpus snapshot unchanged. */
  chunked: string[];
  /** The article files whose bytes this load read (to chunk them, or to check their hash), in name order. */
  read: string[];
  /** What happened to the corpus snapshot: none asked for, read (some or all files reused), or none usable. And whether a new one was written, or why not. */
  snapshot:
    { state: "disabled" } | { state: "used" | "missing"; written: boolean; detail?: string };
}

/** Options for loading a corpus. */
export interface LoadOptions {
  /**
   * Directory for the corpus snapshot: the chunked articles of this directory,
   * each with the hash of its file's bytes. A file whose size, times and inode
   * are as recorded is not read again; one whose bytes hash as recorded is not
   * chunked again; only the others are. Unset: every file is read and chunked.
   */
  cacheDir?: string;
  /** Hears how many files have been read so far. */
  onProgress?: ProgressListener;
}

/** Largest article file read, in bytes. A news article is tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

// zod/mini: the classic API would add 750 kB to every start for four fields. Messages are written out, since
// zod/mini carries no locale.
const text = (max: number) =>
  z.optional(
    z
      .string("must be text")
      .check(
        z.trim(),
        z.minLength(1, "must not be empty"),
        z.maxLength(max, `must be at most ${max} characters`),
      ),
  );
const sidecarSchema = z.strictObject(
  {
    title: text(300),
    outlet: text(200),
    date: z.optional(
      z.string("must be text").check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")),
    ),
    url: z.optional(z.url("must be a URL")),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`
        : "must be an object",
  },
);

/** A short hash of everything an answer can depend on. */
export function hashCorpus(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  for (const article of articles) {
    hash.update(`${article.id}\u0000${article.label}\u0000${article.date ?? ""}\u0000`);
    // Story and comment marks change what may be answered, so they belong in the version like the text.
    for (const paragraph of article.paragraphs)
      hash.update(
        `${paragraph.n}\u0000${paragraph.section ?? ""}\u0000${paragraph.story ?? 0}\u0000${paragraph.comment ? 1 : 0}\u0000${paragraph.text}\u0001`,
      );
  }
  return hash.digest("hex").slice(0, 12);
}

/** The metadata of a sidecar's text; what is wrong with it becomes a warning. */
function readSidecar(id: string, raw: string, warnings: CorpusWarning[]): ArticleMeta {
  const file = `${id}.json`;
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "file"}: ${issue.message}`,
    );
    warnings.push({ file, reason: `metadata ignored (${problems.join("; ")})` });
  } catch {
    warnings.push({ file, reason: "metadata ignored (not valid JSON)" });
  }
  return {};
}

/**
 * Load every `.txt` and `.md` file directly in `dir` as an article (id = file
 * name without extension), with optional `<id>.json` metadata. Files that
 * cannot be used are skipped with a warning; folders and links are not
 * followed. Throws CorpusLoadError when no article is usable. The paragraphs'
 * text is held as UTF-8 bytes outside the JavaScript heap; with a cache
 * directory, unchanged files come from the corpus snapshot (see
 * {@link LoadOptions.cacheDir}) and give the same articles as reading them.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusLoadError(
      `cannot read the corpus directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "it is not a directory" : (error as Error).message}`,
    );
  }
  const present = new Set(names);
  const { cacheDir, onProgress } = options;
  const snapshot = cacheDir ? readCorpusSnapshot(cacheDir, dir) : undefined;
  const prior = new Map(snapshot?.entries.map((entry) => [entry.name, entry]));
  const priorText = (entry: FileEntry) =>
    snapshot!.text.subarray(entry.textStart, entry.textStart + entry.textLength);
  let read = 0;
  // Files are read in parallel (the disk, not the CPU, is the limit) and kept in name order.
  const results = await mapLimit(names, READ_CONCURRENCY, async (name) => {
    const result = await readEntry(dir, name, present, prior.get(name), priorText);
    read++;
    if (onProgress && (read % PROGRESS_STEP === 0 || read === names.length))
      onProgress({ phase: "reading", done: read, total: names.length, unit: "files" });
    return result;
  });
  const warnings: CorpusWarning[] = [];
  const articles: Article[] = [];
  const chunked: string[] = [];
  const readFiles: string[] = [];
  const entries: FileEntry[] = [];
  const texts: Buffer[] = [];
  let unchanged =
    snapshot !== undefined && snapshot.entries.length === results.filter((r) => r?.entry).length;
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result) continue;
    if (result.entry) {
      entries.push(result.entry);
      texts.push(result.text ?? Buffer.alloc(0));
      if (result.chunked) chunked.push(result.entry.name);
      if (!result.reused) readFiles.push(result.entry.name);
      if (!result.reused || prior.get(result.entry.name) !== result.entry) unchanged = false;
    }
    if ("article" in result && result.article) {
      const { article } = result;
      const earlier = seen.get(article.id);
      if (earlier) {
        warnings.push({
          file: article.file,
          reason: `duplicate article id "${article.id}" (already loaded from ${earlier}); skipped`,
        });
        continue;
      }
      seen.set(article.id, article.file);
      articles.push(article);
    }
    warnings.push(...result.warnings);
  }
  if (articles.length === 0) {
    const detail =
      warnings.length > 0
        ? `: ${warnings.map((w) => `${w.file} (${w.reason})`).join("; ")}`
        : " (it has no .txt or .md files)";
    throw new CorpusLoadError(`no usable article in ${dir}${detail}`);
  }
  // The same files with the same stamps give the same articles, so the version the snapshot recorded holds.
  const version = unchanged ? snapshot!.version : hashCorpus(articles);
  if (!cacheDir)
    return {
      corpus: { articles, version },
      warnings,
      chunked,
      read: readFiles,
      snapshot: { state: "disabled" },
    };
  const state = snapshot ? "used" : "missing";
  if (unchanged)
    return {
      corpus: { articles, version },
      warnings,
      chunked,
      read: readFiles,
      snapshot: { state, written: false },
    };
  try {
    writeCorpusSnapshot(cacheDir, dir, version, entries, texts);
  } catch (error) {
    return {
      corpus: { articles, version },
      warnings,
      chunked,
      read: readFiles,
      snapshot: { state, written: false, detail: (error as Error).message },
    };
  }
  return {
    corpus: { articles, version },
    warnings,
    chunked,
    read: readFiles,
    snapshot: { state, written: true },
  };
}

const READ_CONCURRENCY = 32;
/** Files read between two progress reports. */
const PROGRESS_STEP = 500;

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface EntryResult {
  article?: Article;
  warnings: CorpusWarning[];
  /** Set for an article file (one that was or could be chunked): what the corpus snapshot records for it. */
  entry?: FileEntry;
  /** The article's text bytes, as the snapshot stores them. */
  text?: Buffer;
  /** Decoded and chunked by this load. */
  chunked?: boolean;
  /** Taken from the snapshot unchanged (its stamp held, so it was not even read). */
  reused?: boolean;
}

const stampOf = (info: Stats): FileStamp => ({
  size: info.size,
  mtimeMs: info.mtimeMs,
  ctimeMs: info.ctimeMs,
  ino: info.ino,
});
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A path's lstat, or undefined when it cannot be had (gone, unreadable). */
function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The article of a snapshot entry, its warnings and text. */
function fromEntry(entry: FileEntry, text: Buffer): EntryResult {
  return {
    ...(entry.article ? { article: restoreArticle(entry.article, text) } : {}),
    warnings: entry.warnings,
    entry,
    text,
  };
}

/**
 * Read one directory entry: an article with its warnings, warnings alone, or
 * nothing (sidecars, hidden files). With a snapshot entry for the file, its
 * stamp or failing that the hash of its bytes (and its sidecar's) decides
 * whether it must be chunked again.
 */
async function readEntry(
  dir: string,
  name: string,
  present: ReadonlySet<string>,
  prior: FileEntry | undefined,
  priorText: (entry: FileEntry) => Buffer,
): Promise<EntryResult | undefined> {
  const extension = extname(name).toLowerCase();
  const path = join(dir, name);
  const warn = (reason: string) => ({ warnings: [{ file: name, reason }] });
  if (extension === ".json") return undefined;
  let info;
  try {
    // A stamp check per file is most of a start from the corpus snapshot: lstat is a few microseconds, and as a
    // promise several times that in scheduling (0.13 s against 0.03 s for 6k files).
    info = lstatSync(path);
  } catch (error) {
    return warn(`unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (info.isDirectory())
    return warn("folder skipped: articles must sit directly in the corpus directory");
  if (!ARTICLE_EXTENSIONS.has(extension))
    return name.startsWith(".") ? undefined : warn("not an article (only .txt and .md are read)");
  if (info.isSymbolicLink()) return warn("symbolic link skipped: links are not followed");
  if (!info.isFile()) return warn("not a regular file");
  if (info.size > MAX_ARTICLE_BYTES)
    return warn(
      `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`,
    );
  const id = name.slice(0, -extension.length);
  const sidecarPath = join(dir, `${id}.json`);
  const sidecarInfo = present.has(`${id}.json`) ? lstatOrNothing(sidecarPath) : undefined;
  const sidecarStamp = sidecarInfo?.isFile() ? stampOf(sidecarInfo) : undefined;
  if (
    prior &&
    stampHolds(prior.stamp, prior.readAt, stampOf(info)) &&
    (prior.sidecar
      ? sidecarStamp !== undefined &&
        stampHolds(prior.sidecar.stamp, prior.sidecar.readAt, sidecarStamp)
      : sidecarStamp === undefined)
  ) {
    return { ...fromEntry(prior, priorText(prior)), reused: true };
  }
  const readAt = Date.now();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return warn(`unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const sidecarBytes = sidecarStamp
    ? await readFile(sidecarPath).catch(() => undefined)
    : undefined;
  const sha = sha256(bytes);
  const sidecar =
    sidecarStamp && sidecarBytes
      ? { stamp: sidecarStamp, sha: sha256(sidecarBytes), readAt }
      : null;
  const stamp = stampOf(info);
  if (prior && prior.sha === sha && (prior.sidecar?.sha ?? null) === (sidecar?.sha ?? null)) {
    // The bytes are as recorded: only the stamps moved (a touch, a copy).
    return fromEntry({ ...prior, stamp, readAt, sidecar }, priorText(prior));
  }
  const made = chunkFile(name, id, bytes, sidecarBytes);
  const entryOf = (article: FileEntry["article"], text: Buffer): FileEntry => ({
    name,
    stamp,
    sha,
    readAt,
    sidecar,
    article,
    textStart: 0,
    textLength: text.length,
    warnings: made.warnings,
  });
  if (!made.article)
    return {
      warnings: made.warnings,
      entry: entryOf(null, Buffer.alloc(0)),
      text: Buffer.alloc(0),
      chunked: true,
    };
  const { record, text } = recordArticle(made.article);
  return {
    article: restoreArticle(record, text),
    warnings: made.warnings,
    entry: entryOf(record, text),
    text,
    chunked: true,
  };
}

/** Decode and chunk one article file with its sidecar's bytes, if any. */
function chunkFile(
  name: string,
  id: string,
  bytes: Uint8Array,
  sidecar: Uint8Array | undefined,
): { article?: Article; warnings: CorpusWarning[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { warnings: [{ file: name, reason: decoded.reason }] };
  const warnings: CorpusWarning[] = decoded.notes.map((reason) => ({ file: name, reason }));
  const meta = sidecar ? readSidecar(id, Buffer.from(sidecar).toString("utf8"), warnings) : {};
  const article = chunkArticle(id, name, decoded.text, meta);
  if (article.paragraphs.length === 0)
    return {
      warnings: [
        { file: name, reason: "no paragraphs left after dropping headings and boilerplate" },
      ],
    };
  return { article, warnings };
}
