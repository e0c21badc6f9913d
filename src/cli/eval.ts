import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CliError, loadEngine } from "./loadEngine.js";
import { runEval } from "./runEval.js";
import { evalFileSchema, formatScoreRow, formatSummaryLine, meetsTargets, SCORE_TABLE_HEADER } from "./scoreEval.js";

const USAGE = "Usage: npm run eval [-- [questions.json] [--json] [--check]]";

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const check = argv.includes("--check");
  const unknown = argv.filter((a) => a.startsWith("-") && a !== "--json" && a !== "--check");
  if (unknown.length > 0) throw new CliError(`unknown option ${unknown.join(" ")}\n${USAGE}`);
  const file = argv.find((a) => !a.startsWith("-")) ?? "test/eval/questions.json";
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(`cannot read the evaluation file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = evalFileSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(`${file} is not a valid evaluation file: ${parsed.error.issues[0]?.message}`);
  const { engine, config } = await loadEngine(() => {});
  const readArticleFile = (name: string) => {
    try {
      return readFileSync(join(config.seedsDir, name), "utf8");
    } catch {
      return undefined; // an unreadable file makes its citations invalid, which the summary shows
    }
  };
  const run = runEval(engine, parsed.data.questions, readArticleFile);
  if (json) {
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
  } else {
    process.stdout.write(`${SCORE_TABLE_HEADER}\n`);
    for (const score of run.questions) process.stdout.write(`${formatScoreRow(score)}\n`);
    process.stdout.write(`${formatSummaryLine(run.summary)}\n`);
  }
  if (check && !meetsTargets(run.summary)) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof CliError ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
