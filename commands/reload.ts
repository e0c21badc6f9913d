import { MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { renderNotice } from "../src/discord/render/renderNotice.js";
import { renderReload } from "../src/discord/render/renderReload.js";
import { failedScan } from "../src/discord/scanPinnedSummaries.js";
import { toEditOptions, toReplyOptions } from "../src/discord/toMessageOptions.js";

/**
 * /reload: the operator re-reads the articles without a restart; a failed reload keeps the old ones
 * serving. The corpus serves every server, so only the operator's servers may reload, and the
 * stale-pin report lists only the pins of the server that asked.
 */
export const reload = {
  data: {
    name: "reload",
    description: "Operator: re-read the source articles without a restart and report what changed",
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    ...guildOnly(),
  },
  async execute(interaction, context) {
    const operators = context.operatorGuildIds ?? [];
    if (!interaction.guildId || !operators.includes(interaction.guildId)) {
      const why =
        operators.length === 0
          ? "Reloading from Discord is turned off: no operator server is configured (OPERATOR_GUILD_IDS). The bot's operator can reload by sending the process SIGHUP."
          : "Reloading the sources belongs to the bot's operator: it changes the articles for every server the bot is in, so it works only in the operator's server. Ask the operator to reload; /stale-summaries lists this server's pinned summaries that need publishing again.";
      await interaction.reply(toReplyOptions(renderNotice(why)));
      return;
    }
    // Server admins can change who sees the command; the permission is checked here whatever they set.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      context.noteOutcome?.("refused");
      await interaction.reply(
        toReplyOptions(
          renderNotice(
            "Only members with Manage Server in the operator's server can reload the sources.",
          ),
        ),
      );
      return;
    }
    if (!context.reload) {
      await interaction.reply(toReplyOptions(renderNotice("Reloading is not available here.")));
      return;
    }
    // Reading and indexing the articles can take longer than Discord's 3 s.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await context.reload();
    context.logger.info("corpus reload", {
      user: interaction.user.id,
      guild: interaction.guildId,
      ok: outcome.ok,
      corpus: outcome.version,
    });
    if (outcome.ok && context.scanPins) {
      outcome.pins = await context
        .scanPins(interaction.guildId)
        .catch((error: unknown) =>
          failedScan(`the pinned summaries could not be checked: ${(error as Error).message}`),
        );
    }
    await interaction.editReply(toEditOptions(renderReload(outcome)));
  },
} satisfies SlashCommand;
