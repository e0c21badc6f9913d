import type { Engine } from "../engine/types.js";
import type { BotContext } from "./command.js";
import { labelSources, type SourceLabels } from "./render/formatCitation.js";

/** The engine serving now and its citation labels, replaced together by a reload. */
export interface EngineHolder {
  readonly engine: Engine;
  readonly labels: SourceLabels;
  /** Serve `engine` from now on; whoever already read the old one keeps it. */
  install(engine: Engine): void;
}

/**
 * Hold one engine at a time; the pair (engine, labels) is swapped as one reference, so no reader sees a mix.
 * `publicUrl` (PUBLIC_URL) makes citations link to the source pages.
 */
export function createEngineHolder(engine: Engine, publicUrl?: string): EngineHolder {
  const labelsOf = (e: Engine) => labelSources(e.listSources(), e.corpus.articles, publicUrl);
  let current = { engine, labels: labelsOf(engine) };
  return {
    get engine() {
      return current.engine;
    },
    get labels() {
      return current.labels;
    },
    install(next) {
      current = { engine: next, labels: labelsOf(next) };
    },
  };
}

/**
 * Fix the engine and labels for one interaction: a handler that reads them
 * across awaits keeps the engine it started with even if a reload swaps it meanwhile.
 */
export function pinContext(context: BotContext): BotContext {
  const { engine, labels } = context;
  return { ...context, engine, labels };
}
