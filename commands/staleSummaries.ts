import { MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { renderNotice } from "../src/discord/render/renderNotice.js";
import { renderStaleSummaries } from "../src/discord/render/renderReload.js";
import { toEditOptions, toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /stale-summaries: a server's moderators list its pinned summaries whose cited sentences are no longer in the sources. */
export const staleSummaries = {
  data: {
    name: "stale-summaries",
    description:
      "Moderators: list this server's pinned summaries that no longer quote the sources word for word",
    default_member_permissions: String(PermissionFlagsBits.PinMessages),
    ...guildOnly(),
  },
  // Reads the pins of every channel of the server: once per member per 30 s is plenty.
  cooldown: 30,
  async execute(interaction, context) {
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.PinMessages)) {
      await interaction.reply(
        toReplyOptions(
          renderNotice(
            "Only members with the Pin Messages permission can check the pinned summaries.",
          ),
        ),
      );
      return;
    }
    if (!interaction.guildId || !context.scanPins) {
      await interaction.reply(
        toReplyOptions(renderNotice("Pinned summaries can only be checked in a server.")),
      );
      return;
    }
    // Reading every channel's pins takes several round trips.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const scan = await context.scanPins(interaction.guildId);
    await interaction.editReply(toEditOptions(renderStaleSummaries(scan, context.engine.version)));
  },
} satisfies SlashCommand;
