import type { BotContext } from "./command.js";
import { corpusTag, type PageButton } from "./customId.js";
import type { ButtonInteraction } from "./interaction.js";
import { buildAnswerReply } from "./buildAnswerReply.js";
import { readQuestionFromFooter } from "./render/renderAnswer.js";
import { renderNotice } from "./render/renderNotice.js";
import { toEditOptions, toReplyOptions } from "./toMessageOptions.js";

/** What a page button on answers from other sources hears (another instance's corpus, or before a reload). */
export const SOURCES_CHANGED_NOTICE = "The sources changed since this answer; ask again.";

/**
 * "More answers" / "Previous": only the asker may page; the answers are recomputed, not stored, so a
 * button stamped with another corpus (`corpus`, from the custom id) is refused rather than paging a
 * different answer set.
 */
export async function handlePageButton(
  interaction: ButtonInteraction,
  action: PageButton,
  context: BotContext,
  corpus?: string,
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
  if (corpus !== undefined && corpus !== corpusTag(context.engine.version)) {
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(renderNotice(`${SOURCES_CHANGED_NOTICE} Use /${action.command}.`)),
    );
    return;
  }
  const query = action.query ?? readQuestionFromFooter(interaction.message.embeds[0]?.footer?.text);
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
