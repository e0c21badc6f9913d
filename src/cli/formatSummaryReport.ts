import type { CorpusSummaryOutcome, SummarySetOutcome } from "./evaluateSummaries.js";
import type { SummaryScore } from "./scoreSummary.js";

const percent = (n: number, d: number) => (d === 0 ? "-" : `${Math.floor((100 * n) / d)}%`);

/** One line per key-facts file: coverage, repeated-fact pairs and invalid bullets, then how it stands. */
export function formatSummarySetLine(outcome: SummarySetOutcome, width: number): string {
  const name = outcome.id.padEnd(width);
  if (outcome.state === "skipped") return `${name} skipped: ${outcome.reason}`;
  const t = outcome.totals;
  const standing = [
    outcome.belowFloor.length > 0 ? `BELOW FLOOR: ${outcome.belowFloor.join(", ")}` : "",
    outcome.belowGoal.length > 0 ? `below goal: ${outcome.belowGoal.join(", ")}` : "goal met",
  ].filter(Boolean);
  return `${name} key facts ${t.factsCovered}/${t.factsListed} (${percent(t.factsCovered, t.factsListed)}) · repeated-fact pairs ${t.repeats} · invalid ${t.invalid} · ${standing.join(" · ")}`;
}

/** One line per corpus for its whole-corpus summary: bullets, articles and stories cited, repeats, invalid bullets. */
export function formatCorpusSummaryLine(outcome: CorpusSummaryOutcome, width: number): string {
  const name = outcome.id.padEnd(width);
  if (outcome.state === "skipped") return `${name} skipped: ${outcome.reason}`;
  const s = outcome.score;
  return `${name} ${s.bullets} bullets · articles ${outcome.articlesCited}/${outcome.articles} · stories ${outcome.storiesCited}/${outcome.stories} · repeated-fact pairs ${s.repeats.length} · invalid ${s.invalid.length + (s.size ? 1 : 0)}`;
}

/** A summary in full, for reading by eye: its bullets, the facts it missed, its repeats and invalid bullets. */
export function formatSummaryDetail(score: SummaryScore): string[] {
  const missed = score.facts.filter((f) => !f.covered).map((f) => f.fact);
  return [
    `-- ${score.corpus}${score.article ? ` article ${score.article}` : ""}: ${score.topic ? JSON.stringify(score.topic) : "(no topic)"}${missed.length > 0 && score.facts.length > 1 ? ` · missed ${missed.join(" | ")}` : ""}${score.size ? ` · size ${score.size}` : ""}`,
    ...score.texts.map((t, i) => `  ${i + 1}. ${t}`),
    ...score.repeats.map(([a, b]) => `  repeat: ${a + 1} and ${b + 1}`),
    ...score.invalid.map((v) => `  invalid: ${v.bullet + 1} ${v.problem}`),
  ];
}
