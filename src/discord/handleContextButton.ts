import type { BotContext } from "./command.js";
import type { ButtonInteraction } from "./interaction.js";
import type { ContextButton } from "./customId.js";
import { corpusTag } from "./customId.js";
import { SOURCES_CHANGED_NOTICE } from "./handlePageButton.js";
import { renderNotice } from "./render/renderNotice.js";
import { renderParagraphContext } from "./render/renderParagraph.js";
import { toReplyOptions } from "./toMessageOptions.js";

/**
 * "Show context" under a /source paragraph: the paragraphs either side, privately. A button stamped with
 * other sources (`corpus`) is refused: its paragraph number may now hold other text.
 */
export async function handleContextButton(
  interaction: ButtonInteraction,
  action: ContextButton,
  context: BotContext,
  corpus?: string,
): Promise<void> {
  const { engine, labels } = context;
  if (corpus !== undefined && corpus !== corpusTag(engine.version)) {
    context.noteOutcome?.("refused");
    await interaction.reply(toReplyOptions(renderNotice(`${SOURCES_CHANGED_NOTICE} Use /source.`)));
    return;
  }
  const total = engine.listSources().find((s) => s.id === action.article)?.paragraphs ?? 0;
  const around = [action.paragraph - 1, action.paragraph, action.paragraph + 1].flatMap(
    (n) => engine.getParagraph(action.article, n) ?? [],
  );
  await interaction.reply(
    toReplyOptions(renderParagraphContext(around, action.paragraph, labels, total, engine.version)),
  );
}
