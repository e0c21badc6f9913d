import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { renderSources } from "../src/discord/render/renderSources.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /sources: the articles with label, date and paragraph count. */
export const sources = {
  data: {
    name: "sources",
    description: "List the source articles with their dates and paragraph counts",
    ...guildOnly(),
  },
  async execute(interaction, context) {
    await interaction.reply(
      toReplyOptions(renderSources(context.engine.listSources(), context.engine.version)),
    );
  },
} satisfies SlashCommand;
