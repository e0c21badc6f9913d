import type { QuestionScore } from "./scoreEval.js";

/** The columns of the per-command table: the five commands over answerable questions, then the no-answer questions. */
export const COMMAND_COLUMNS = ["who", "where", "when", "quote", "ask", "none"] as const;
export type CommandColumn = (typeof COMMAND_COLUMNS)[number];

/** Questions passed at pass@1 out of questions asked. */
export interface PassCount {
  passed: number;
  asked: number;
}

/** pass@1 per command (a no-answer question counts under `none`, whatever its command), and the speaker figure. */
export interface CommandCounts {
  byColumn: Record<CommandColumn, PassCount>;
  speaker: PassCount;
}

/** Count pass@1 per command column, and first answers that name an accepted speaker. */
export function countByCommand(scores: readonly QuestionScore[]): CommandCounts {
  const byColumn = Object.fromEntries(
    COMMAND_COLUMNS.map((c) => [c, { passed: 0, asked: 0 }]),
  ) as Record<CommandColumn, PassCount>;
  const speaker: PassCount = { passed: 0, asked: 0 };
  for (const score of scores) {
    const column = score.none
      ? "none"
      : (COMMAND_COLUMNS.find((c) => c === score.command) ?? "ask");
    byColumn[column].asked += 1;
    if (score.pass1) byColumn[column].passed += 1;
    if (score.speakerRight !== undefined) {
      speaker.asked += 1;
      if (score.speakerRight) speaker.passed += 1;
    }
  }
  return { byColumn, speaker };
}
