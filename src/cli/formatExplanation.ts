import type { Explanation } from "../engine/types.js";
import { formatCitationText, type Labels } from "./formatText.js";

const cut = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const features = (values: Record<string, number | string>) =>
  Object.entries(values)
    .map(
      ([name, value]) =>
        `${name}=${typeof value === "number" ? Math.round(value * 100) / 100 : value}`,
    )
    .join(" ");

/** An explanation as plain text for a terminal: plan, retrieved sentences, scored candidates, names and quotations, answers. */
export function formatExplanationText(explanation: Explanation, labels: Labels): string {
  const lines = [`/${explanation.command} ${explanation.query}`];
  lines.push(
    `plan: kind=${explanation.kind ?? "-"}${explanation.route ? ` route=${explanation.route}` : ""}`,
  );
  for (const concept of explanation.concepts) {
    const alternatives =
      concept.alternatives
        .map(([term, worth, rule]) =>
          worth === 1 ? term : `${term}@${worth}${rule ? ` ${rule}` : ""}`,
        )
        .join(", ") || "(not in the sources)";
    lines.push(
      `  ${concept.word}  weight ${concept.weight}${concept.filler ? " filler" : ""}${concept.entity ? ` → ${concept.entity}` : ""}  [${alternatives}]`,
    );
  }
  if (explanation.unknownNames.length > 0)
    lines.push(`  names the sources never mention: ${explanation.unknownNames.join(", ")}`);
  lines.push("retrieved:");
  for (const item of explanation.retrieved) {
    lines.push(
      `  ${item.score.toFixed(3)} cov ${item.coverage.toFixed(2)}  ${formatCitationText(item.citation, labels)} s${item.sentence}: ${cut(item.text)}`,
    );
  }
  if (explanation.retrieved.length === 0) lines.push("  (nothing)");
  lines.push("candidates:");
  for (const candidate of explanation.candidates) {
    const outcome = candidate.dropped
      ? `dropped by ${candidate.dropped}`
      : `score ${candidate.score?.toFixed(3)}`;
    lines.push(
      `  ${candidate.answer}  ${outcome}  (relevance ${candidate.relevance.toFixed(3)}, ${formatCitationText(candidate.citation, labels)})`,
    );
    lines.push(`    features: ${features(candidate.features)}`);
    if (candidate.effects.length > 0)
      lines.push(`    rows: ${candidate.effects.map((e) => `${e.rule} ${e.effect}`).join(", ")}`);
  }
  if (explanation.candidates.length === 0) lines.push("  (none)");
  if (explanation.names.length > 0) lines.push("names in the evidence:");
  for (const name of explanation.names) {
    const entity = name.entity ? ` → ${name.entity.kind}:${name.entity.name}` : "";
    const votes = name.entity?.votes?.length
      ? `  votes: ${name.entity.votes.map((v) => `${v.rule}→${v.kind} ${v.weight}`).join(", ")}`
      : "";
    lines.push(
      `  ${name.text} [${name.kind}]${entity}${name.role ? ` role "${name.role}"` : ""}${votes}`,
    );
  }
  if (explanation.quotes.length > 0) lines.push("quotations in the evidence paragraphs:");
  for (const quote of explanation.quotes)
    lines.push(
      `  "${cut(quote.text, 70)}" — ${quote.speaker ?? "(no speaker)"} by rule ${quote.rule}`,
    );
  lines.push("answers:");
  explanation.answers.forEach((answer, i) =>
    lines.push(
      `  ${i + 1}. ${answer.answer}${answer.speaker ? ` — ${answer.speaker}` : ""}  (${answer.score})`,
    ),
  );
  if (explanation.answers.length === 0) lines.push("  The sources don't say.");
  return lines.join("\n");
}
