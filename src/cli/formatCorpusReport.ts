import type { Shortfall } from "./checkTargets.js";
import { COMMAND_COLUMNS, type PassCount } from "./countByCommand.js";
import type { CorpusOutcome } from "./judgeCorpusRun.js";
import { formatSummaryLine } from "./scoreEval.js";

const describe = (shortfalls: readonly Shortfall[], against: string) =>
  shortfalls.map((s) => `${s.figure} ${s.measured} (${against} ${s.target})`).join(", ");

/** The width of the corpus-name column: the longest name, so that the figures line up. */
export function corpusColumnWidth(outcomes: readonly CorpusOutcome[]): number {
  return Math.max(8, ...outcomes.map((o) => o.id.length + 1));
}

/**
 * One line per corpus: its summary figures, then whether it meets the goal and, when it does not,
 * which figures fall short; a figure below the floor CI enforces is flagged first. A skipped corpus says why.
 */
export function formatCorpusLine(outcome: CorpusOutcome, width: number): string {
  const name = outcome.id.padEnd(width);
  if (outcome.state === "skipped") return `${name} skipped: ${outcome.reason}`;
  const standing = [
    outcome.belowFloor.length > 0 ? `BELOW FLOOR: ${describe(outcome.belowFloor, "floor")}` : "",
    outcome.belowGoal.length > 0
      ? `below goal: ${describe(outcome.belowGoal, "goal")}`
      : "goal met",
  ].filter(Boolean);
  return `${name} ${formatSummaryLine(outcome.run.summary)} · ${standing.join(" · ")}`;
}

const CELL = 14;
const cell = ({ passed, asked }: PassCount) =>
  (asked === 0 ? "-" : `${passed}/${asked} ${Math.floor((100 * passed) / asked)}%`).padEnd(CELL);

/** The per-command table: pass@1 per command per corpus (no-answer questions under `none`) and the speaker figure. */
export function formatCommandTable(outcomes: readonly CorpusOutcome[], width: number): string[] {
  const header =
    `${"pass@1".padEnd(width)} ${[...COMMAND_COLUMNS, "speaker"].map((c) => c.padEnd(CELL)).join("")}`.trimEnd();
  const rows = outcomes.flatMap((o) =>
    o.state === "run"
      ? [
          `${o.id.padEnd(width)} ${COMMAND_COLUMNS.map((c) => cell(o.byCommand.byColumn[c])).join("")}${cell(o.byCommand.speaker)}`.trimEnd(),
        ]
      : [],
  );
  return [header, ...rows];
}
