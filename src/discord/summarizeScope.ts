import type { Engine, Summary } from "../engine/types.js";
import type { SummaryScope } from "./summaryScope.js";

/**
 * The summary a scope names, as the preview showed it and as publishing posts it. The one place a
 * scope becomes a summary: an article scope (`scope.article`) is answered here once the engine
 * summarises single articles; until then every scope the commands make is a topic.
 */
export function summarizeScope(engine: Engine, scope: SummaryScope): Summary {
  return engine.summarize(scope.topic);
}
