import type { Engine, Summary } from "../engine/types.js";
import type { SummaryScope } from "./summaryScope.js";

/**
 * The summary a scope names, as the preview showed it and as publishing posts it: the one place a
 * scope (a topic, and an article when it summarises one) becomes a summary.
 */
export function summarizeScope(engine: Engine, scope: SummaryScope): Summary {
  return engine.summarize(scope.topic, scope.article ? { article: scope.article } : {});
}
