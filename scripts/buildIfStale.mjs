// Run before `npm start` and `npm run deploy-commands`: build dist/ when it is missing or older than the
// sources, so `npm install && npm start` works on a fresh clone and after a `git pull`. Plain JavaScript,
// because it must run before anything is compiled and without the dev dependencies.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What the build reads: its outputs are stale when any of these is newer than the entry point it wrote. */
const SOURCE_DIRS = ["src", "commands"];
const SOURCE_FILES = ["tsconfig.json", "tsconfig.build.json", "scripts/buildDist.mjs"];
/** Written by every build (scripts/buildDist.mjs empties dist/ and writes it anew), so its time is the build's. */
const BUILT_ENTRY = join("dist", "src", "index.js");

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else if (entry.isFile() && entry.name.endsWith(".ts"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Whether `root`'s build is missing or stale: "missing", "stale", "fresh", or "no-sources" for a copy that
 * holds only the build (a container image), which can never be rebuilt and never needs to be.
 */
export function buildState(root) {
  const dirs = SOURCE_DIRS.map((d) => join(root, d)).filter((d) => existsSync(d));
  if (dirs.length === 0) return "no-sources";
  const entry = join(root, BUILT_ENTRY);
  if (!existsSync(entry)) return "missing";
  const built = statSync(entry).mtimeMs;
  const files = SOURCE_FILES.map((f) => join(root, f)).filter((f) => existsSync(f));
  const newest = Math.max(...dirs.map(newestIn), ...files.map((f) => statSync(f).mtimeMs));
  return newest > built ? "stale" : "fresh";
}

/** Build `root` when needed; returns the exit code for the npm script. */
export function buildIfStale(root, write = (line) => process.stderr.write(`${line}\n`)) {
  const state = buildState(root);
  if (state === "fresh" || state === "no-sources") return 0;
  let tsc;
  try {
    const require = createRequire(join(root, "package.json"));
    tsc = require.resolve("typescript/bin/tsc");
    require.resolve("esbuild");
  } catch {
    const what = state === "missing" ? "dist/ is missing" : "dist/ is older than the sources";
    write(
      `verbatim: ${what} and TypeScript is not installed (a production install), so it cannot be built here. ` +
        "Build first: npm ci && npm run build, then npm prune --omit=dev.",
    );
    return 1;
  }
  write(
    `verbatim: ${state === "missing" ? "no build yet" : "the sources changed since the last build"}; building dist/ (about 10 s)…`,
  );
  // What `npm run build` does: the type check, then the bundle.
  const checked = spawnSync(
    process.execPath,
    [tsc, "-p", join(root, "tsconfig.build.json"), "--noEmit"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (checked.status !== 0) return checked.status ?? 1;
  const run = spawnSync(process.execPath, [join(root, "scripts", "buildDist.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  return run.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = buildIfStale(process.cwd());
}
