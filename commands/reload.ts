import { MessageFlags, PermissionFlagsBits } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { renderNotice } from "../src/discord/render/renderNotice.js";
import { renderReload } from "../src/discord/render/renderReload.js";
import { toEditOptions, toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /reload: moderators re-read the articles without a restart; a failed reload keeps the old ones serving. */
export const reload = {
  data: {
    name: "reload",
    description: "Moderators: re-read the source articles without a restart and report what changed",
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    dm_permission: false,
  },
  async execute(interaction, context) {
    // Server admins can change who sees the command; the permission is checked here whatever they set.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      context.noteOutcome?.("refused");
      await interaction.reply(toReplyOptions(renderNotice("Only members with Manage Server can reload the sources.")));
      return;
    }
    if (!context.reload) {
      await interaction.reply(toReplyOptions(renderNotice("Reloading is not available here.")));
      return;
    }
    // Reading and indexing the articles can take longer than Discord's 3 s.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await context.reload();
    context.logger.info("corpus reload", { user: interaction.user.id, ok: outcome.ok, corpus: outcome.version });
    await interaction.editReply(toEditOptions(renderReload(outcome)));
  },
} satisfies SlashCommand;
