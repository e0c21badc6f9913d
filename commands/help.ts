import type { SlashCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { renderHelp } from "../src/discord/render/renderHelp.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** /help: the commands, and what the bot can and cannot do. */
export const help = {
  data: {
    name: "help",
    description: "What this bot can and cannot do, and its commands",
    ...guildOnly(),
  },
  // Help is what a member reads when unsure; asking twice must never be refused.
  cooldown: 0,
  async execute(interaction, context) {
    await interaction.reply(toReplyOptions(renderHelp(context.engine.listSources().length)));
  },
} satisfies SlashCommand;
