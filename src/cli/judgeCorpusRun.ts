import { checkTargets, type Shortfall } from "./checkTargets.js";
import { countByCommand, type CommandCounts } from "./countByCommand.js";
import type { EvalCorpus, EvalTargets } from "./evalCorpora.js";
import type { EvalRun } from "./runEval.js";

/** A corpus that was evaluated: its run, its per-command counts and how it stands against its goal and floor. */
export interface CorpusRun {
  id: string;
  state: "run";
  goal: EvalTargets;
  floor: EvalTargets;
  run: EvalRun;
  byCommand: CommandCounts;
  belowGoal: Shortfall[];
  belowFloor: Shortfall[];
}

/** A corpus that could not be evaluated here, with why (its files are absent). */
export interface CorpusSkipped {
  id: string;
  state: "skipped";
  reason: string;
}

export type CorpusOutcome = CorpusRun | CorpusSkipped;

/** Set a corpus's run against its goal and floor. */
export function judgeCorpusRun(corpus: EvalCorpus, run: EvalRun): CorpusRun {
  return {
    id: corpus.id,
    state: "run",
    goal: corpus.goal,
    floor: corpus.floor,
    run,
    byCommand: countByCommand(run.questions),
    belowGoal: checkTargets(run.summary, corpus.goal),
    belowFloor: checkTargets(run.summary, corpus.floor),
  };
}
