import { resolve } from "node:path";
import { EVAL_CORPORA, type EvalCorpus } from "./evalCorpora.js";
import { articleFileReader, evaluateCorpus, readEvalFile } from "./evaluateCorpus.js";
import { corpusColumnWidth, formatCommandTable, formatCorpusLine } from "./formatCorpusReport.js";
import { judgeCorpusRun, type CorpusOutcome } from "./judgeCorpusRun.js";
import { CliError, loadEngine } from "./loadEngine.js";
import { parseEvalArgs, type EvalArgs } from "./parseEvalArgs.js";
import { runEval } from "./runEval.js";
import {
  evaluateCorpusSummary,
  evaluateSummarySet,
  type CorpusSummaryOutcome,
  type EngineCache,
  type SummarySetOutcome,
} from "./evaluateSummaries.js";
import {
  formatCorpusSummaryLine,
  formatSummaryDetail,
  formatSummarySetLine,
} from "./formatSummaryReport.js";
import { SUMMARY_SETS } from "./summaryCorpora.js";
import {
  formatScoreRow,
  formatSummaryLine,
  meetsTargets,
  SCORE_TABLE_HEADER,
} from "./scoreEval.js";

const write = (line: string) => process.stdout.write(`${line}\n`);

/** Every corpus of the table, each over its own articles: one line per corpus, then the per-command table, then the summary scores. */
async function runEveryCorpus(
  args: EvalArgs,
): Promise<{ outcomes: CorpusOutcome[]; summaries: SummarySetOutcome[] }> {
  const outcomes: CorpusOutcome[] = [];
  for (const corpus of EVAL_CORPORA) outcomes.push(await evaluateCorpus(corpus, process.cwd()));
  const engines: EngineCache = new Map();
  const summaries: SummarySetOutcome[] = [];
  for (const set of SUMMARY_SETS)
    summaries.push(await evaluateSummarySet(set, process.cwd(), engines));
  const whole: CorpusSummaryOutcome[] = [];
  for (const corpus of EVAL_CORPORA)
    whole.push(await evaluateCorpusSummary(corpus, process.cwd(), engines));
  if (args.json) {
    write(JSON.stringify({ corpora: outcomes, summaries, wholeCorpusSummaries: whole }, null, 2));
    return { outcomes, summaries };
  }
  if (args.questions) {
    for (const o of outcomes) {
      if (o.state !== "run") continue;
      write(`== ${o.id}\n${SCORE_TABLE_HEADER}`);
      for (const score of o.run.questions) write(formatScoreRow(score));
    }
    write("");
  }
  const width = corpusColumnWidth(outcomes);
  for (const o of outcomes) write(formatCorpusLine(o, width));
  write("");
  for (const line of formatCommandTable(outcomes, width)) write(line);
  write("\nsummaries (key facts of each topic; repeated facts; bullets that cannot be pinned)");
  for (const o of summaries) write(formatSummarySetLine(o, width));
  write("whole-corpus summaries");
  for (const o of whole) write(formatCorpusSummaryLine(o, width));
  if (args.summaries) {
    write("");
    for (const o of summaries)
      if (o.state === "run")
        for (const score of o.scores) for (const line of formatSummaryDetail(score)) write(line);
    for (const o of whole)
      if (o.state === "run") for (const line of formatSummaryDetail(o.score)) write(line);
  }
  return { outcomes, summaries };
}

/** One questions file over SEEDS_DIR (the engine built without the snapshot cache): every question's row and the totals. */
async function runOneFile(file: string, args: EvalArgs): Promise<boolean> {
  const questions = readEvalFile(file);
  const { engine, config } = await loadEngine(() => {}, { useCache: false });
  const run = runEval(engine, questions, articleFileReader(config.seedsDir));
  if (args.json) write(JSON.stringify(run, null, 2));
  else {
    write(SCORE_TABLE_HEADER);
    for (const score of run.questions) write(formatScoreRow(score));
    write(formatSummaryLine(run.summary));
  }
  // a file of the table is held to that corpus's floor (or goal); any other file to the general targets
  const row: EvalCorpus | undefined = EVAL_CORPORA.find(
    (c) => resolve(c.questions) === resolve(file),
  );
  if (!row) return !(args.check || args.goal) || meetsTargets(run.summary);
  const judged = judgeCorpusRun(row, run);
  return !(
    (args.check && judged.belowFloor.length > 0) ||
    (args.goal && judged.belowGoal.length > 0)
  );
}

async function main(argv: string[]): Promise<void> {
  const args = parseEvalArgs(argv);
  if (args.file !== undefined) {
    if (!(await runOneFile(args.file, args))) process.exitCode = 1;
    return;
  }
  const { outcomes, summaries } = await runEveryCorpus(args);
  const short = [...outcomes, ...summaries].some(
    (o) =>
      o.state === "run" &&
      ((args.check && o.belowFloor.length > 0) || (args.goal && o.belowGoal.length > 0)),
  );
  if (short) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof CliError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
