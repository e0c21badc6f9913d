import type { EvalTargets } from "./evalCorpora.js";
import type { EvalSummary } from "./scoreEval.js";

/** One figure of a run that is short of its target. */
export interface Shortfall {
  figure: "pass@1" | "speaker" | "wrong no-answers" | "citations";
  measured: string;
  target: string;
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * The figures of `summary` that miss `targets` (none when it meets them all). A share over no questions counts
 * as met: a corpus without quotes has no speaker figure to miss.
 */
export function checkTargets(summary: EvalSummary, targets: EvalTargets): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  const pass1 = share(summary.pass1, summary.answerable);
  if (pass1 < targets.pass1)
    shortfalls.push({
      figure: "pass@1",
      measured: percent(pass1),
      target: `≥ ${percent(targets.pass1)}`,
    });
  const speakers = share(summary.speakersRight, summary.speakerQuestions);
  if (speakers < targets.speakers)
    shortfalls.push({
      figure: "speaker",
      measured: percent(speakers),
      target: `≥ ${percent(targets.speakers)}`,
    });
  const wrong = summary.noAnswerQuestions - summary.noAnswersRight;
  if (wrong > targets.wrongNoAnswers)
    shortfalls.push({
      figure: "wrong no-answers",
      measured: String(wrong),
      target: `≤ ${targets.wrongNoAnswers}`,
    });
  const citations = share(summary.citationsValid, summary.citationsChecked);
  if (citations < targets.citations)
    shortfalls.push({
      figure: "citations",
      measured: percent(citations),
      target: `≥ ${percent(targets.citations)}`,
    });
  return shortfalls;
}
