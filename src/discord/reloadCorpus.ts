import type { Config } from "../config.js";
import { buildEngine, CorpusLoadError, loadCorpus, type CorpusWarning, type Engine } from "../engine/index.js";
import { diffCorpora, type CorpusDiff } from "./diffCorpora.js";
import type { PinScan } from "./scanPinnedSummaries.js";

/** How a reload went. A failed one changed nothing. */
export type ReloadOutcome =
  | { ok: true; previousVersion: string; version: string; diff: CorpusDiff; warnings: CorpusWarning[]; pins?: PinScan }
  | { ok: false; reason: string; version: string };

/** What reloading needs from the running bot. */
export interface ReloadDeps {
  config: Pick<Config, "seedsDir" | "cacheDir">;
  current(): Engine;
  /** Swap in the new engine: interactions already running finish on the old one. */
  install(engine: Engine): void;
  /** Re-check pinned summaries against the new engine (optional: the console has no pins). */
  scanPins?(engine: Engine): Promise<PinScan>;
}

/**
 * Re-read SEEDS_DIR and swap the engine, one reload at a time. A reload that
 * fails (no usable article, unreadable directory, any error) keeps the old
 * engine serving and says why.
 */
export function createReloader(deps: ReloadDeps): () => Promise<ReloadOutcome> {
  let running: Promise<ReloadOutcome> | undefined;
  const reload = async (): Promise<ReloadOutcome> => {
    const before = deps.current();
    try {
      const { corpus, warnings } = await loadCorpus(deps.config.seedsDir);
      const engine = buildEngine(corpus, deps.config.cacheDir ? { cacheDir: deps.config.cacheDir } : {});
      deps.install(engine);
      const outcome: ReloadOutcome = { ok: true, previousVersion: before.version, version: engine.version, diff: diffCorpora(before.corpus, corpus), warnings };
      if (deps.scanPins) outcome.pins = await deps.scanPins(engine);
      return outcome;
    } catch (error) {
      const reason = error instanceof CorpusLoadError ? error.message : `unexpected error: ${(error as Error).message}`;
      return { ok: false, reason, version: before.version };
    }
  };
  return () => {
    // A second request while one runs shares its outcome rather than reading the directory twice.
    running ??= reload().finally(() => {
      running = undefined;
    });
    return running;
  };
}
