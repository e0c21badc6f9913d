import type { REST } from "@discordjs/rest";
import { Routes, type APIMessage } from "discord-api-types/v10";
import { fetchRestPinPage } from "./fetchRestPinPage.js";
import type { PublishChannel } from "./publishSummary.js";
import { toApiMessage } from "./toApiMessage.js";
import { toEditOptions } from "./toMessageOptions.js";

const PIN_REASON = "Verbatim summary published by a moderator";

function messageUrl(guildId: string, message: APIMessage): string {
  return `https://discord.com/channels/${guildId}/${message.channel_id}/${message.id}`;
}

/**
 * A channel's publishing operations over REST, for HTTP interactions (no gateway, no cache): the same
 * routes, queries and bodies discord.js uses on the gateway path.
 */
export function createRestPublishChannel(
  rest: REST,
  channelId: string,
  guildId: string,
): PublishChannel {
  return {
    fetchPins: (before) =>
      fetchRestPinPage(rest, channelId, before, (message) => ({
        id: message.id,
        authorId: message.author.id,
        footers: message.embeds.map((e) => e.footer?.text),
        url: messageUrl(guildId, message),
      })),
    async send(reply) {
      const message = (await rest.post(Routes.channelMessages(channelId), {
        body: toApiMessage(toEditOptions(reply)),
      })) as APIMessage;
      return { id: message.id, url: messageUrl(guildId, message) };
    },
    async edit(messageId, reply) {
      await rest.patch(Routes.channelMessage(channelId, messageId), {
        body: toApiMessage(toEditOptions(reply)),
      });
    },
    async pin(messageId) {
      await rest.put(Routes.channelMessagesPin(channelId, messageId), { reason: PIN_REASON });
    },
    async delete(messageId) {
      await rest.delete(Routes.channelMessage(channelId, messageId));
    },
  };
}
