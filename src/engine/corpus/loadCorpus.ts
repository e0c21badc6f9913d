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
    for (const paragraph of article.paragraphs) hash.update(`${paragraph.n}\u0000${paragraph.section ?? ""}\u0000${paragraph.text}\u0001`);
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
  const warnings: CorpusWarning[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const extension = extname(name).toLowerCase();
    const path = join(dir, name);
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      warnings.push({ file: name, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    if (info.isDirectory()) {
      warnings.push({ file: name, reason: "folder skipped: articles must sit directly in the corpus directory" });
      continue;
    }
    if (extension === ".json") continue;
    if (!ARTICLE_EXTENSIONS.has(extension)) {
      if (!name.startsWith(".")) warnings.push({ file: name, reason: "not an article (only .txt and .md are read)" });
      continue;
    }
    if (info.isSymbolicLink()) {
      warnings.push({ file: name, reason: "symbolic link skipped: links are not followed" });
      continue;
    }
    if (!info.isFile()) {
      warnings.push({ file: name, reason: "not a regular file" });
      continue;
    }
    const id = name.slice(0, -extension.length);
    const earlier = seen.get(id);
    if (earlier) {
      warnings.push({ file: name, reason: `duplicate article id "${id}" (already loaded from ${earlier}); skipped` });
      continue;
    }
    if (info.size > MAX_ARTICLE_BYTES) {
      warnings.push({ file: name, reason: `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      warnings.push({ file: name, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})` });
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      warnings.push({ file: name, reason: decoded.reason });
      continue;
    }
    for (const note of decoded.notes) warnings.push({ file: name, reason: note });
    const meta = await readSidecar(dir, id, warnings);
    const article = chunkArticle(id, name, decoded.text, meta);
    if (article.paragraphs.length === 0) {
      warnings.push({ file: name, reason: "no paragraphs left after dropping headings and boilerplate" });
      continue;
    }
    seen.set(id, name);
    articles.push(article);
  }
  if (articles.length === 0) {
    const detail = warnings.length > 0 ? `: ${warnings.map((w) => `${w.file} (${w.reason})`).join("; ")}` : " (it has no .txt or .md files)";
    throw new CorpusLoadError(`no usable article in ${dir}${detail}`);
  }
  return { corpus: { articles, version: hashCorpus(articles) }, warnings };
}
