import type { Interaction } from "discord.js";
import { renderNotice } from "./render/renderNotice.js";
import { toReplyOptions } from "./toMessageOptions.js";

/** What a member hears when an interaction arrives after shutdown began. */
export const RESTARTING_NOTICE = "Verbatim is restarting. Please try again in a moment.";

/**
 * Answer an interaction that arrived after shutdown began, so the member is told rather than seeing
 * "The application did not respond": a private notice, or no choices for autocomplete.
 */
export async function turnAway(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable())
    await interaction.reply(toReplyOptions(renderNotice(RESTARTING_NOTICE)));
}
