import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Answer } from "../engine/types.js";
import { CliError, loadEngine } from "./loadEngine.js";
import { evalFileSchema, formatSummaryLine, meetsTargets, scoreQuestion, summarizeScores } from "./scoreEval.js";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const check = argv.includes("--check");
  const file = argv.find((a) => !a.startsWith("--")) ?? "test/eval/questions.json";
  const parsed = evalFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new CliError(`${file} is not a valid evaluation file: ${parsed.error.issues[0]?.message}`);
  const { engine, config } = await loadEngine(() => {});
  // A citation is valid when the evidence is verbatim in the cited paragraph and the paragraph verbatim in the file.
  const files = new Map(engine.corpus.articles.map((a) => [a.id, collapse(readFileSync(join(config.seedsDir, a.file), "utf8").replace(/^\uFEFF/, ""))]));
  const citationValid = (answer: Answer) => {
    const cited = answer.citations[0];
    const paragraph = cited && engine.getParagraph(cited.article, cited.paragraph);
    return Boolean(paragraph && paragraph.text.includes(answer.evidence) && files.get(cited.article)?.includes(collapse(paragraph.text)));
  };
  const scores = parsed.data.questions.map((q) => scoreQuestion(q, engine.answer(q.command, q.query), citationValid));
  const summary = summarizeScores(scores);
  if (json) {
    process.stdout.write(`${JSON.stringify({ summary, questions: scores }, null, 2)}\n`);
  } else {
    for (const s of scores) {
      const mark = s.pass1 ? "PASS" : s.pass3 ? "pass@3" : "FAIL";
      const speaker = s.firstSpeaker ? ` — ${s.firstSpeaker}` : "";
      process.stdout.write(`${mark.padEnd(6)} ${s.id.padEnd(9)} ${s.query.slice(0, 60).padEnd(60)} → ${s.none ? (s.noAnswerRight ? "(no answer)" : `answered: ${s.first}`) : (s.first ?? "(no answer)").slice(0, 60)}${speaker}\n`);
    }
    process.stdout.write(`${formatSummaryLine(summary)}\n`);
  }
  if (check && !meetsTargets(summary)) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof CliError ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
