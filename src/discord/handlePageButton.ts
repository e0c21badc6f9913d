import type { ButtonInteraction } from "discord.js";
import type { BotContext } from "./command.js";
import type { PageButton } from "./customId.js";
import { buildAnswerReply } from "./buildAnswerReply.js";
import { readQuestionFromFooter } from "./render/renderAnswer.js";
import { renderNotice } from "./render/renderNotice.js";
import { toEditOptions, toReplyOptions } from "./toMessageOptions.js";

/** "More answers" / "Previous": only the asker may page; the answers are recomputed, not stored. */
export async function handlePageButton(
  interaction: ButtonInteraction,
  action: PageButton,
  context: BotContext,
): Promise<void> {
  if (interaction.user.id !== action.userId) {
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice(
          `Only the person who asked can page through these answers. Ask your own with /${action.command}.`,
        ),
      ),
    );
    return;
  }
  const query =
    action.query ??
    readQuestionFromFooter(interaction.message.embeds[0]?.footer?.text ?? undefined);
  if (query === undefined) {
    await interaction.reply(
      toReplyOptions(
        renderNotice(
          `I can no longer read this question. Please ask again with /${action.command}.`,
        ),
      ),
    );
    return;
  }
  const ephemeral = interaction.message.flags.has("Ephemeral");
  const reply = buildAnswerReply(context.engine, context.labels, {
    command: action.command,
    query,
    page: action.page,
    userId: action.userId,
    ephemeral,
  });
  await interaction.update(toEditOptions(reply));
}
