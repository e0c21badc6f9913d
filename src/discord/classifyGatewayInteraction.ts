import type { ButtonInteraction, Channel, Interaction, Message } from "discord.js";
import { fetchPinPage } from "./fetchPinPage.js";
import type { IncomingInteraction, PublishPlace } from "./interaction.js";
import type { PinnedMessage, PublishChannel } from "./publishSummary.js";
import { toEditOptions } from "./toMessageOptions.js";

function toPinned(message: Message): PinnedMessage {
  return {
    id: message.id,
    authorId: message.author.id,
    footers: message.embeds.map((e) => e.footer?.text),
    url: message.url,
  };
}

/** The channel or thread the button was pressed in: from the cache, else fetched (a thread may be missing from the cache). */
async function resolveChannel(interaction: ButtonInteraction): Promise<Channel | null> {
  return (
    interaction.channel ??
    (await interaction.client.channels.fetch(interaction.channelId).catch(() => null))
  );
}

/** Wrap a discord.js channel in the few operations publishing needs. */
function toPublishChannel(channel: Channel | null): PublishChannel | undefined {
  if (!channel || !channel.isTextBased() || !("send" in channel) || channel.isDMBased())
    return undefined;
  return {
    fetchPins: (before) => fetchPinPage(channel, before, toPinned),
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

/** Where a button on the gateway would publish: its channel from the client's cache or fetched. */
async function openPublishPlace(interaction: ButtonInteraction): Promise<PublishPlace> {
  const resolved = await resolveChannel(interaction);
  // Read only once the permission checks pass, as before the command layer was split from discord.js.
  return {
    thread: resolved?.isThread() ?? false,
    get channel() {
      return toPublishChannel(resolved);
    },
    get botUserId() {
      return interaction.client.user.id;
    },
  };
}

/**
 * A discord.js interaction as the router sees it. The interaction itself satisfies the command layer's
 * interfaces, so it is passed on as it is; only a button's channel needs the client.
 */
export function classifyGatewayInteraction(interaction: Interaction): IncomingInteraction {
  if (interaction.isAutocomplete()) return { kind: "autocomplete", interaction };
  if (interaction.isChatInputCommand()) return { kind: "chatInput", interaction };
  if (interaction.isMessageContextMenuCommand()) return { kind: "messageMenu", interaction };
  if (interaction.isButton())
    return { kind: "button", interaction, openPublishPlace: () => openPublishPlace(interaction) };
  return {
    kind: "other",
    type: interaction.type,
    user: interaction.user,
    ...(interaction.isRepliable() ? { repliable: interaction } : {}),
  };
}
