import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { z } from "zod";
import type { Article, Corpus, CorpusWarning } from "../types.js";
import { chunkArticle, type ArticleMeta } from "./chunkArticle.js";
import { decodeText } from "./decodeText.js";

/** Thrown when a corpus directory has no usable article. The message says why. */
export class CorpusLoadError extends Error {
  override name = "CorpusLoadError";
}

/** The loader's result: the corpus plus one warning per skipped or repaired file. */
export interface LoadedCorpus {
  corpus: Corpus;
  warnings: CorpusWarning[];
}

/** Largest article file read, in bytes. A news article is tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD").optional(),
    url: z.url().optional(),
  })
  .strict();

/** A short hash of everything an answer can depend on. */
export function hashCorpus(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  for (const article of articles) {
    hash.update(`${article.id}\u0000${article.label}\u0000${article.date ?? ""}\u0000`);
    // Story and comment marks change what may be answered, so they belong in the version like the text.
    for (const paragraph of article.paragraphs) hash.update(`${paragraph.n}\u0000${paragraph.section ?? ""}\u0000${paragraph.story ?? 0}\u0000${paragraph.comment ? 1 : 0}\u0000${paragraph.text}\u0001`);
  }
  return hash.digest("hex").slice(0, 12);
}

async function readSidecar(dir: string, id: string, warnings: CorpusWarning[]): Promise<ArticleMeta> {
  const file = `${id}.json`;
  let raw: string;
  try {
    raw = await readFile(join(dir, file), "utf8");
  } catch {
    return {};
  }
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data as ArticleMeta;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`);
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
 * followed. Throws CorpusLoadError when no article is usable.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusLoadError(`cannot read the corpus directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "it is not a directory" : (error as Error).message}`);
  }
  const present = new Set(names);
  // Files are read in parallel (the disk, not the CPU, is the limit) and kept in name order.
  const results = await mapLimit(names, READ_CONCURRENCY, (name) => readEntry(dir, name, present));
  const warnings: CorpusWarning[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result) continue;
    if ("article" in result && result.article) {
      const { article } = result;
      const earlier = seen.get(article.id);
      if (earlier) {
        warnings.push({ file: article.file, reason: `duplicate article id "${article.id}" (already loaded from ${earlier}); skipped` });
        continue;
      }
      seen.set(article.id, article.file);
      articles.push(article);
    }
    warnings.push(...result.warnings);
  }
  if (articles.length === 0) {
    const detail = warnings.length > 0 ? `: ${warnings.map((w) => `${w.file} (${w.reason})`).join("; ")}` : " (it has no .txt or .md files)";
    throw new CorpusLoadError(`no usable article in ${dir}${detail}`);
  }
  return { corpus: { articles, version: hashCorpus(articles) }, warnings };
}

const READ_CONCURRENCY = 32;

async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
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

/** Read one directory entry: an article with its warnings, warnings alone, or nothing (sidecars, hidden files). */
async function readEntry(dir: string, name: string, present: ReadonlySet<string>): Promise<{ article?: Article; warnings: CorpusWarning[] } | undefined> {
  const extension = extname(name).toLowerCase();
  const path = join(dir, name);
  const warn = (reason: string) => ({ warnings: [{ file: name, reason }] });
  if (extension === ".json") return undefined;
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    return warn(`unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (info.isDirectory()) return warn("folder skipped: articles must sit directly in the corpus directory");
  if (!ARTICLE_EXTENSIONS.has(extension)) return name.startsWith(".") ? undefined : warn("not an article (only .txt and .md are read)");
  if (info.isSymbolicLink()) return warn("symbolic link skipped: links are not followed");
  if (!info.isFile()) return warn("not a regular file");
  if (info.size > MAX_ARTICLE_BYTES) return warn(`too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return warn(`unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return warn(decoded.reason);
  const warnings: CorpusWarning[] = decoded.notes.map((reason) => ({ file: name, reason }));
  const id = name.slice(0, -extension.length);
  const meta = present.has(`${id}.json`) ? await readSidecar(dir, id, warnings) : {};
  const article = chunkArticle(id, name, decoded.text, meta);
  if (article.paragraphs.length === 0) return warn("no paragraphs left after dropping headings and boilerplate");
  return { article, warnings };
}
