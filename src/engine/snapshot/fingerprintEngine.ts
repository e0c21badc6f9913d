import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The engine's own directory: `src/engine` under tsx and vitest,
 * `dist/src/engine` in the compiled build. Found from this file's location,
 * so it does not depend on the working directory.
 */
export const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// `from "x"`, `import "x"` and `import("x")`; relative and absolute paths are the engine's own files.
const BARE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"'./][^"']*)["']/g;
const BUILTINS = new Set(builtinModules);

/** Every regular file under `dir`, as sorted `/`-separated paths relative to it. Dotfiles (editor and OS litter) are skipped. */
function listFiles(dir: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, path));
    else if (entry.isFile()) files.push(path);
  }
  // Code-unit order, not locale order: the same on every machine.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The npm package a bare import specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a Node built-in. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith("node:") || BUILTINS.has(specifier)) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The installed version of a package as Node would resolve it from `dir` (nearest `node_modules` upwards). */
function installedVersion(name: string, dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    try {
      const manifest = JSON.parse(
        readFileSync(join(at, "node_modules", name, "package.json"), "utf8"),
      ) as { version?: unknown };
      return String(manifest.version);
    } catch {
      // Not installed here; look one directory up.
    }
    if (dirname(at) === at) return "not installed";
  }
}

/**
 * The part of the engine fingerprint that is fixed when the code is built: the contents of every file under
 * `engineDir` (code, rule tables, lexicons and other data, in sorted path order) and the installed version of
 * every package those files import (MiniSearch's index format, the stemmer's terms). A hex string.
 */
export function fingerprintEngineFiles(engineDir: string): string {
  const hash = createHash("sha256");
  const packages = new Set<string>();
  for (const path of listFiles(engineDir)) {
    const content = readFileSync(join(engineDir, path));
    hash.update(`file ${path} ${content.length}\u0000`).update(content);
    if (/\.[cm]?[jt]s$/.test(path)) {
      for (const match of content.toString("utf8").matchAll(BARE_IMPORT)) {
        const name = packageOf(match[1]!);
        if (name) packages.add(name);
      }
    }
  }
  for (const name of [...packages].sort())
    hash.update(`package ${name} ${installedVersion(name, engineDir)}\u0000`);
  return hash.digest("hex");
}

/** A fingerprint of the engine's files ({@link fingerprintEngineFiles}) on this runtime's Unicode and ICU versions. */
function fingerprintOnRuntime(files: string): string {
  return createHash("sha256")
    .update(`engine files ${files}\u0000`)
    .update(`runtime unicode ${process.versions.unicode} icu ${process.versions.icu}\u0000`)
    .digest("hex");
}

/**
 * A fingerprint of everything the engine's analysis depends on besides the
 * corpus: its files and the packages they import ({@link fingerprintEngineFiles}),
 * and the Unicode and ICU versions of the runtime (regular expressions and
 * `Intl.Segmenter` split sentences and words). Any change to any of these gives
 * a different fingerprint, so a snapshot built by another engine is never
 * served. A hex string; uncached (see {@link engineFingerprint}).
 */
export function fingerprintEngine(engineDir: string): string {
  return fingerprintOnRuntime(fingerprintEngineFiles(engineDir));
}

/**
 * Set by the production bundler (scripts/buildDist.mjs) to {@link fingerprintEngineFiles} of `src/engine`,
 * the files the bundle was built from: a bundle holds no engine directory to read, and reading it would cost
 * every start. Undefined under tsx and vitest, which read the engine's files.
 */
declare const VERBATIM_ENGINE_FILES: string | undefined;

let ownFingerprint: string | undefined;

/**
 * The fingerprint of this engine ({@link fingerprintEngine} of {@link ENGINE_DIR}, or of the sources a bundle was
 * built from), computed on first use and kept for the process.
 */
export function engineFingerprint(): string {
  ownFingerprint ??= fingerprintOnRuntime(
    typeof VERBATIM_ENGINE_FILES === "string"
      ? VERBATIM_ENGINE_FILES
      : fingerprintEngineFiles(ENGINE_DIR),
  );
  return ownFingerprint;
}
