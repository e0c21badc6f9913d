import type { BotContext } from "./command.js";
import type { ButtonInteraction } from "./interaction.js";
import type { ContextButton } from "./customId.js";
import { renderParagraphContext } from "./render/renderParagraph.js";
import { toReplyOptions } from "./toMessageOptions.js";

/** "Show context" under a /source paragraph: the paragraphs either side, privately, from the corpus serving now. */
export async function handleContextButton(
  interaction: ButtonInteraction,
  action: ContextButton,
  context: BotContext,
): Promise<void> {
  const { engine, labels } = context;
  const total = engine.listSources().find((s) => s.id === action.article)?.paragraphs ?? 0;
  const around = [action.paragraph - 1, action.paragraph, action.paragraph + 1].flatMap(
    (n) => engine.getParagraph(action.article, n) ?? [],
  );
  await interaction.reply(
    toReplyOptions(renderParagraphContext(around, action.paragraph, labels, total, engine.version)),
  );
}
