// `npm run build` (after the type check) and scripts/buildIfStale.mjs: bundle the sources into dist/ with esbuild.
// A start then loads a few files instead of ~240 small ES modules and the CommonJS files of the packages they
// import: Node's module loader (resolving, reading, compiling each file) was most of a console start.
// The entry points keep the paths `npm start`, the image, the service unit and the command deployment run.
// Plain JavaScript, like buildIfStale.mjs, so it runs before anything is compiled.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * What runs: the bot and console, the command deployment, the container's health check, the engine alone (bench),
 * and the worker thread that counts a first build's postings (src/engine/search/countPostingsAside.ts finds it
 * here, from the shared chunk it is bundled into).
 */
const ENTRY_POINTS = [
  "src/index.ts",
  "src/discord/deployCommands.ts",
  "src/http/checkHealth.ts",
  "src/engine/index.ts",
  "src/engine/search/countPostingsWorker.ts",
];
/**
 * Packages built into the bundle: the ones the console's start and every answer load. The others stay in
 * node_modules: discord.js and the servers' clients are large, load only for the bot, and some of them load
 * optional native modules by name.
 */
const BUNDLED = [
  "zod",
  "minisearch",
  "stemmer",
  "dotenv",
  "discord-api-types",
  "@discordjs/formatters",
];

/** {@link fingerprintEngineFiles} of `<root>/src/engine`, run from its TypeScript source through esbuild. */
async function fingerprintEngineFilesOf(root, esbuild) {
  const built = await esbuild.build({
    entryPoints: [join(root, "src/engine/snapshot/fingerprintEngine.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  // A file, not a data: URL: the module reads its own location (import.meta.url) when it loads.
  const temp = mkdtempSync(join(tmpdir(), "verbatim-build-"));
  try {
    const file = join(temp, "fingerprintEngine.mjs");
    writeFileSync(file, built.outputFiles[0].contents);
    const module = await import(pathToFileURL(file).href);
    return module.fingerprintEngineFiles(join(root, "src", "engine"));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Bundle `root`'s sources into `root`/dist. Resolves when written; rejects on a build error. */
export async function buildDist(root) {
  const esbuild = await import("esbuild");
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const external = Object.keys(manifest.dependencies ?? {}).filter(
    (name) => !BUNDLED.includes(name),
  );
  const engineFiles = await fingerprintEngineFilesOf(root, esbuild);
  const outdir = join(root, "dist");
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: resolve(root),
    entryPoints: ENTRY_POINTS,
    outbase: ".",
    outdir: "dist",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Node has had \p{…} in regular expressions since version 10, but esbuild rewrites every such literal into a
    // `new RegExp(…)` call, which then runs (parsed and looked up again) each time the expression is evaluated:
    // about 0.1 µs more per test, and the corpus analysis makes them for every word.
    supported: { "regexp-unicode-property-escapes": true },
    external,
    define: { VERBATIM_ENGINE_FILES: JSON.stringify(engineFiles) },
    // The CommonJS packages built in (dotenv) require Node's built-ins, which an ES module has no `require` for.
    banner: {
      js: 'import { createRequire as __verbatimRequire } from "node:module"; const require = __verbatimRequire(import.meta.url);',
    },
    legalComments: "inline",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildDist(process.cwd());
}
