import type { QueryPlan } from "../search/planQuery.js";
import { termsOf } from "../text/processTerm.js";

const roleTermCache = new Map<string, ReadonlySet<string>>();

/** The terms of a role phrase; the same roles come up query after query. */
export function roleTerms(text: string): ReadonlySet<string> {
  let terms = roleTermCache.get(text);
  if (!terms) {
    terms = new Set(termsOf(text));
    if (roleTermCache.size > 20_000) roleTermCache.clear();
    roleTermCache.set(text, terms);
  }
  return terms;
}

/** Share of the plan's non-filler concept weight whose terms occur in `text`. */
export function conceptCoverage(plan: QueryPlan, text: string): number {
  const terms = roleTerms(text);
  let covered = 0;
  let total = 0;
  for (const concept of plan.concepts) {
    if (concept.filler) continue;
    total += concept.weight;
    for (const [term, worth] of concept.alternatives) {
      if (terms.has(term)) {
        covered += concept.weight * worth;
        break;
      }
    }
  }
  return total > 0 ? covered / total : 0;
}
