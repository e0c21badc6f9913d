import type { Rule } from "../rules/defineRules.js";

/**
 * Named features of one answer candidate. Numbers are in 0..1 unless a row says otherwise;
 * booleans are stored as 0 or 1. A categorical feature (e.g. `specificity`) is a string.
 */
export type Features = Record<string, number | string>;

/**
 * One row of a scoring table: how one feature moves a candidate's score.
 * - `scale`: score × (floor + (1 − floor) · value); a value of 1 keeps the score, 0 leaves `floor` of it.
 * - `factor`: score × (1 − value · (1 − factor)); a true feature multiplies by `factor` (below 1 a penalty, above 1 a boost).
 * - `bonus`: score + weight · value^power, added after every factor.
 * - `table`: score × values[category] (a missing category counts as `otherwise`).
 * - `require`: the candidate is dropped when value < min.
 */
export type ScoringRow = Rule & { feature: string } & (
    | { kind: "scale"; floor: number }
    | { kind: "factor"; factor: number }
    | { kind: "bonus"; weight: number; power?: number }
    | { kind: "table"; values: Readonly<Record<string, number>>; otherwise: number }
    | { kind: "require"; min: number }
  );

/** What one row did to one candidate, for `--explain`. */
export interface RowEffect {
  rule: string;
  feature: string;
  value: number | string;
  /** "×0.82", "+0.31" or "dropped". */
  effect: string;
}

/** A scored candidate: the score, and the rows that changed it. */
export interface ScoreResult {
  /** Undefined when a `require` row dropped the candidate. */
  score: number | undefined;
  effects: RowEffect[];
  /** The row that dropped it. */
  droppedBy?: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Turn a candidate's features into a score with one scoring table: relevance
 * (how well its sentence matches the question) times every factor, plus every bonus.
 * Rows whose feature the candidate lacks do nothing.
 */
export function scoreCandidate(
  relevance: number,
  features: Features,
  table: readonly ScoringRow[],
): ScoreResult {
  let factor = 1;
  let bonus = 0;
  const effects: RowEffect[] = [];
  for (const row of table) {
    const value = features[row.feature];
    if (value === undefined) continue;
    const number = typeof value === "number" ? value : 0;
    switch (row.kind) {
      case "require":
        if (number < row.min)
          return {
            score: undefined,
            effects: [...effects, { rule: row.id, feature: row.feature, value, effect: "dropped" }],
            droppedBy: row.id,
          };
        break;
      case "scale": {
        const f = row.floor + (1 - row.floor) * Math.max(0, Math.min(1, number));
        factor *= f;
        if (f !== 1)
          effects.push({ rule: row.id, feature: row.feature, value, effect: `×${round(f)}` });
        break;
      }
      case "factor": {
        const f = 1 - Math.max(0, Math.min(1, number)) * (1 - row.factor);
        factor *= f;
        if (f !== 1)
          effects.push({ rule: row.id, feature: row.feature, value, effect: `×${round(f)}` });
        break;
      }
      case "table": {
        const f = typeof value === "string" ? (row.values[value] ?? row.otherwise) : row.otherwise;
        factor *= f;
        if (f !== 1)
          effects.push({ rule: row.id, feature: row.feature, value, effect: `×${round(f)}` });
        break;
      }
      case "bonus": {
        const b = row.weight * Math.max(0, number) ** (row.power ?? 1);
        bonus += b;
        if (b !== 0)
          effects.push({ rule: row.id, feature: row.feature, value, effect: `+${round(b)}` });
        break;
      }
    }
  }
  return { score: relevance * factor + bonus, effects };
}
