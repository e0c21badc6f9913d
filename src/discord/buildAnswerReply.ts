import type { Engine, QuestionCommand } from "../engine/types.js";
import type { SourceLabels } from "./render/formatCitation.js";
import { renderAnswer } from "./render/renderAnswer.js";
import { renderNoAnswer } from "./render/renderNoAnswer.js";
import type { Reply } from "./render/types.js";

/** How many answers one question pages through: the best and three more. */
export const ANSWERS_PER_QUESTION = 4;

/** The reply to a question: the chosen answer page, or a private "the sources don't say". Pure. */
export function buildAnswerReply(
  engine: Engine,
  labels: SourceLabels,
  input: {
    command: QuestionCommand;
    query: string;
    page: number;
    userId: string;
    ephemeral: boolean;
  },
): Reply {
  const result = engine.answer(input.command, input.query, { limit: ANSWERS_PER_QUESTION });
  if (result.answers.length === 0) return renderNoAnswer(result);
  return renderAnswer({
    result,
    page: input.page,
    labels,
    version: engine.version,
    userId: input.userId,
    ephemeral: input.ephemeral,
  });
}
