import type { Config } from "../config.js";
import {
  buildEngine,
  CorpusLoadError,
  loadCorpus,
  type CorpusWarning,
  type Engine,
} from "../engine/index.js";
import { diffCorpora, type CorpusDiff } from "./diffCorpora.js";
import { failedScan, type PinScan } from "./scanPinnedSummaries.js";

/** How a reload went. A failed one changed nothing. */
export type ReloadOutcome =
  | {
      ok: true;
      previousVersion: string;
      version: string;
      diff: CorpusDiff;
      warnings: CorpusWarning[];
      pins?: PinScan;
    }
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
  const reload = async (): Promise<ReloadOutcome> => {
    const before = deps.current();
    let outcome: ReloadOutcome & { ok: true };
    let engine: Engine;
    try {
      // With a cache directory only the files that changed since the last load are chunked again.
      const { corpus, warnings } = await loadCorpus(
        deps.config.seedsDir,
        deps.config.cacheDir ? { cacheDir: deps.config.cacheDir } : {},
      );
      engine = buildEngine(corpus, deps.config.cacheDir ? { cacheDir: deps.config.cacheDir } : {});
      outcome = {
        ok: true,
        previousVersion: before.version,
        version: engine.version,
        diff: diffCorpora(before.corpus, corpus),
        warnings,
      };
      deps.install(engine);
    } catch (error) {
      const reason =
        error instanceof CorpusLoadError
          ? error.message
          : `unexpected error: ${(error as Error).message}`;
      return { ok: false, reason, version: before.version };
    }
    // The new engine is serving by now, so a failed pin check must not turn the report into "nothing changed".
    if (deps.scanPins) {
      try {
        outcome.pins = await deps.scanPins(engine);
      } catch (error) {
        outcome.pins = failedScan(
          `the pinned summaries could not be checked: ${(error as Error).message}`,
        );
      }
    }
    return outcome;
  };

  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;
  const start = () => {
    running = reload().finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    // A request during a reload may follow a file edit that reload has already read past, so it waits and
    // then gets one more reload; everyone who asks while that one waits shares it.
    if (queued) return queued;
    if (!running) return start();
    const next = () => {
      queued = undefined;
      return start();
    };
    queued = running.then(next, next);
    return queued;
  };
}
