import { MessageFlags } from "discord-api-types/v10";
import type { BotContext } from "./command.js";
import { corpusTag, type PublishButton } from "./customId.js";
import { checkPublishPermissions, describeRefusal } from "./checkPublishPermissions.js";
import type { ButtonInteraction, PublishPlace } from "./interaction.js";
import { publishSummary } from "./publishSummary.js";
import { readSummaryFooter, renderPublishedSummary } from "./render/renderSummary.js";
import type { SummaryScope } from "./summaryScope.js";
import { renderNotice } from "./render/renderNotice.js";
import { summarizeScope } from "./summarizeScope.js";
import { toEditOptions, toReplyOptions } from "./toMessageOptions.js";

/** "Publish & pin": check permissions, then post and pin (or update the earlier pin) and tell the moderator privately. */
export async function handlePublishButton(
  interaction: ButtonInteraction,
  action: PublishButton,
  context: BotContext,
  openPublishPlace: () => Promise<PublishPlace>,
  corpus?: string,
): Promise<void> {
  const member = interaction.memberPermissions?.bitfield;
  const app = interaction.appPermissions?.bitfield;
  // The member's permission is checked before anything else is looked up.
  const memberRefusal = checkPublishPermissions(member, app);
  const place = memberRefusal?.who === "member" ? undefined : await openPublishPlace();
  // A thread needs Send Messages in Threads where a channel needs Send Messages.
  const refusal =
    memberRefusal?.who === "member"
      ? memberRefusal
      : checkPublishPermissions(member, app, place?.thread ? "thread" : "channel");
  if (refusal) {
    context.noteOutcome?.("refused");
    await interaction.reply(toReplyOptions(renderNotice(describeRefusal(refusal))));
    return;
  }
  // Publishing recomputes the summary: on other sources it would not be the summary the moderator previewed.
  if (corpus !== undefined && corpus !== corpusTag(context.engine.version)) {
    context.noteOutcome?.("refused");
    await interaction.reply(
      toReplyOptions(
        renderNotice(
          "The sources changed since this preview, so it is not what would be published. Run /summary again to see the new one.",
        ),
      ),
    );
    return;
  }
  const scope: SummaryScope | undefined =
    action.topic !== undefined
      ? {
          topic: action.topic,
          ...(action.article !== undefined ? { article: action.article } : {}),
        }
      : readSummaryFooter(interaction.message.embeds[0]?.footer?.text, "preview")?.scope;
  if (scope === undefined) {
    await interaction.reply(
      toReplyOptions(renderNotice("I can no longer read this preview. Please run /summary again.")),
    );
    return;
  }
  const channel = place?.channel;
  if (!place || !channel) {
    await interaction.reply(
      toReplyOptions(
        renderNotice("Summaries can only be published in a server text channel I can see."),
      ),
    );
    return;
  }
  // Reading pins, posting and pinning are several round trips: acknowledge first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const summary = summarizeScope(context.engine, scope);
  if (summary.bullets.length === 0) {
    await interaction.editReply(
      toEditOptions(
        renderNotice("The sources say nothing on this topic, so there is nothing to publish."),
      ),
    );
    return;
  }
  const reply = renderPublishedSummary(summary, context.labels, context.engine.version, scope);
  const outcome = await publishSummary(channel, place.botUserId, scope, reply);
  const text =
    outcome.status === "pinned"
      ? `Published and pinned${outcome.url ? `: ${outcome.url}` : "."}`
      : outcome.status === "updated"
        ? `Updated the summary already pinned for this topic${outcome.url ? `: ${outcome.url}` : "."}`
        : outcome.message;
  if (outcome.status === "failed")
    context.logger.warn("publish failed", { user: interaction.user.id, reason: outcome.message });
  await interaction.editReply(toEditOptions(renderNotice(text)));
}
