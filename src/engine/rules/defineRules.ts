/**
 * Heuristics as data. Every stage of the engine (line classification, entity
 * typing, coreference, quote attribution, dates, answer candidates) keeps its
 * rules as named rows in a table, each with a one-line reason, so that a
 * wrong decision can be traced to the row that made it (`--explain`) and a row
 * can be changed without reading the code that applies it.
 */

/** One heuristic: a stable id (kebab-case, unique within its table) and why it exists. */
export interface Rule {
  /** Stable id, unique within its table; shown by `--explain`. */
  readonly id: string;
  /** One line: what the rule is for, in words a maintainer can check against the text. */
  readonly reason: string;
}

/** A rule that fired on some input, as the explain trace shows it. */
export interface FiredRule {
  /** The table the rule comes from, e.g. `quotes` or `entity-type`. */
  stage: string;
  /** The rule's id. */
  rule: string;
  /** What it matched, when that helps a reader. */
  detail?: string;
  /** The weight or vote it added, when it adds one. */
  weight?: number;
}

/** Check a rule table once at load: ids must be unique and reasons non-empty. Returns the rows unchanged. */
export function defineRules<R extends Rule>(stage: string, rows: readonly R[]): readonly R[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`rules ${stage}: duplicate id ${row.id}`);
    if (!row.reason.trim()) throw new Error(`rules ${stage}: ${row.id} has no reason`);
    seen.add(row.id);
  }
  return rows;
}
