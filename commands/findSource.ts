import { ApplicationCommandType } from "discord-api-types/v10";
import type { MessageCommand } from "../src/discord/command.js";
import { guildOnly } from "../src/discord/guildOnly.js";
import { stripDiscordMarkup } from "../src/discord/stripDiscordMarkup.js";
import { renderSupport } from "../src/discord/render/renderSupport.js";
import { toReplyOptions } from "../src/discord/toMessageOptions.js";

/** "Find source" (message menu): the source passages that best support a message, privately. */
export const findSource = {
  data: { name: "Find source", type: ApplicationCommandType.Message, ...guildOnly() },
  // A search over every paragraph for a whole message: heavier than a question.
  cooldown: 10,
  async execute(interaction, context) {
    const claim = interaction.targetMessage.content;
    const text = stripDiscordMarkup(claim);
    const support = text ? context.engine.findSupport(text, { limit: 3 }) : [];
    const reply = renderSupport(claim, support, context.labels, context.engine.version);
    if (reply.outcome) context.noteOutcome?.(reply.outcome);
    await interaction.reply(toReplyOptions(reply));
  },
} satisfies MessageCommand;
