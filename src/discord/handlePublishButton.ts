import type { ButtonInteraction, Message } from "discord.js";
import { MessageFlags } from "discord-api-types/v10";
import type { BotContext } from "./command.js";
import type { PublishButton } from "./customId.js";
import { checkPublishPermissions, describeRefusal } from "./checkPublishPermissions.js";
import { publishSummary, type PinnedMessage, type PublishChannel } from "./publishSummary.js";
import { readTopicFromFooter, renderPublishedSummary } from "./render/renderSummary.js";
import { renderNotice } from "./render/renderNotice.js";
import { toEditOptions, toReplyOptions } from "./toMessageOptions.js";

function toPinned(message: Message): PinnedMessage {
  return { id: message.id, authorId: message.author.id, footers: message.embeds.map((e) => e.footer?.text), url: message.url };
}

/** Wrap a discord.js channel in the few operations publishing needs. */
async function toPublishChannel(interaction: ButtonInteraction): Promise<PublishChannel | undefined> {
  // The channel may be missing from the cache (e.g. a thread); fetch it then.
  const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId).catch(() => null));
  if (!channel || !channel.isTextBased() || !("send" in channel) || channel.isDMBased()) return undefined;
  return {
    async fetchPins(before) {
      const page = await channel.messages.fetchPins({ limit: 50, cache: false, ...(before ? { before } : {}) });
      return { items: page.items.map((item) => ({ message: toPinned(item.message), pinnedAt: item.pinnedAt })), hasMore: page.hasMore };
    },
    async send(reply) {
      const message = await channel.send(toEditOptions(reply));
      return { id: message.id, url: message.url };
    },
    async edit(messageId, reply) {
      await channel.messages.edit(messageId, toEditOptions(reply));
    },
    async pin(messageId) {
      await channel.messages.pin(messageId, "Verbatim summary published by a moderator");
    },
    async delete(messageId) {
      await channel.messages.delete(messageId);
    },
  };
}

/** "Publish & pin": check permissions, then post and pin (or update the earlier pin) and tell the moderator privately. */
export async function handlePublishButton(interaction: ButtonInteraction, action: PublishButton, context: BotContext): Promise<void> {
  const refusal = checkPublishPermissions(interaction.memberPermissions?.bitfield, interaction.appPermissions?.bitfield);
  if (refusal) {
    context.noteOutcome?.("refused");
    await interaction.reply(toReplyOptions(renderNotice(describeRefusal(refusal))));
    return;
  }
  const topic = action.topic ?? readTopicFromFooter(interaction.message.embeds[0]?.footer?.text ?? undefined, "Preview");
  if (topic === undefined) {
    await interaction.reply(toReplyOptions(renderNotice("I can no longer read this preview. Please run /summary again.")));
    return;
  }
  const channel = await toPublishChannel(interaction);
  if (!channel) {
    await interaction.reply(toReplyOptions(renderNotice("Summaries can only be published in a server text channel I can see.")));
    return;
  }
  // Reading pins, posting and pinning are several round trips: acknowledge first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const summary = context.engine.summarize(topic);
  if (summary.bullets.length === 0) {
    await interaction.editReply(toEditOptions(renderNotice("The sources say nothing on this topic, so there is nothing to publish.")));
    return;
  }
  const reply = renderPublishedSummary(summary, context.labels, context.engine.version);
  const outcome = await publishSummary(channel, interaction.client.user.id, summary.query, reply);
  const text =
    outcome.status === "pinned"
      ? `Published and pinned${outcome.url ? `: ${outcome.url}` : "."}`
      : outcome.status === "updated"
        ? `Updated the summary already pinned for this topic${outcome.url ? `: ${outcome.url}` : "."}`
        : outcome.message;
  if (outcome.status === "failed") context.logger.warn("publish failed", { user: interaction.user.id, reason: outcome.message });
  await interaction.editReply(toEditOptions(renderNotice(text)));
}
