import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord-api-types/v10";
import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { suggestFor } from "../src/discord/answerQuestion.js";
import { stripDiscordMarkup } from "../src/discord/stripDiscordMarkup.js";
import { renderSummaryPreview } from "../src/discord/render/renderSummary.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /summary [topic]: moderators preview a cited summary privately, then publish and pin it with a button. */
export const summary = {
  data: {
    name: "summary",
    description: "Moderators: preview a summary quoted from the sources, then publish and pin it",
    ...guildOnly(),
    // Visible to Pin Messages holders by default; the Publish button checks again whatever admins set.
    default_member_permissions: String(PermissionFlagsBits.PinMessages),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: "What to summarize; leave empty for all articles",
        required: false,
        autocomplete: true,
        max_length: 90,
      },
    ],
  },
  // A summary reads the whole corpus and ends in a public post: one per member per 30 s.
  cooldown: 30,
  async execute(interaction, context) {
    const topic = stripDiscordMarkup(interaction.options.getString("topic") ?? "");
    const result = context.engine.summarize(topic);
    await interaction.reply(toReplyOptions(renderSummaryPreview(result, context.labels, context.engine.version)));
  },
  async autocomplete(interaction, context) {
    await interaction.respond(suggestFor(context.engine, interaction.options.getFocused(), undefined));
  },
} satisfies SlashCommand;
