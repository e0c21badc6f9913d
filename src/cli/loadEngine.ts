import dotenv from "dotenv";
import { ConfigError, parseConfig, type Config } from "../config.js";
import {
  buildEngine,
  CorpusLoadError,
  loadCorpus,
  type CorpusWarning,
  type Engine,
  type LoadedCorpus,
} from "../engine/index.js";
import { logProgress, type ProgressSink } from "../logProgress.js";

/** The engine with what loading it said, for command-line tools. */
export interface LoadedEngine {
  engine: Engine;
  loaded: LoadedCorpus;
  config: Config;
}

/** A problem that ends a command-line run with a message and exit code 1, without a stack trace. */
export class CliError extends Error {
  override name = "CliError";
}

/** How to build the engine. */
export interface LoadEngineOptions {
  /** Use the snapshot cache of the configuration (default true); evaluation turns it off so that it never reads a stale entity table. */
  useCache?: boolean;
  /** Where "still loading" lines go when loading takes over 2 s; default: `warn`, as `progress: phase done/total unit`. */
  progress?: ProgressSink;
}

/** Read `.env` and the environment, load the corpus and build the engine. Warnings go to `warn` (stderr by default). */
export async function loadEngine(
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  options: LoadEngineOptions = {},
): Promise<LoadedEngine> {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const cacheDir = config.cacheDir && options.useCache !== false ? config.cacheDir : undefined;
  const onProgress = logProgress(
    options.progress ??
      ((_, f) =>
        warn(
          `progress: ${String(f.phase)} ${String(f.done)}/${String(f.total)} ${String(f.unit)} (${String(f.ms)} ms)`,
        )),
  );
  let loaded: LoadedCorpus;
  try {
    loaded = await loadCorpus(
      config.seedsDir,
      cacheDir ? { cacheDir, onProgress } : { onProgress },
    );
  } catch (error) {
    if (error instanceof CorpusLoadError) throw new CliError(error.message);
    throw error;
  }
  for (const warning of loaded.warnings) warn(formatWarning(warning));
  const engine = buildEngine(loaded.corpus, cacheDir ? { cacheDir, onProgress } : { onProgress });
  return { engine, loaded, config };
}

/** One line naming the file and what is wrong with it. */
export function formatWarning(warning: CorpusWarning): string {
  return `warning: ${warning.file}: ${warning.reason}`;
}
