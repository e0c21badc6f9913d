import { buildEngine, loadCorpus, type Engine } from "../../src/engine/index.js";

let cached: Promise<Engine> | undefined;

/** The engine over the real seed articles, built once per test file. */
export function seedEngine(): Promise<Engine> {
  cached ??= loadCorpus("seeds").then(({ corpus }) => buildEngine(corpus));
  return cached;
}
