import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";

/**
 * The `contexts` and `integration_types` of every command: usable in servers only (context type 0),
 * installed to a server (integration type 0). Fresh arrays each call, so no two commands share one.
 */
export function guildOnly(): {
  contexts: InteractionContextType[];
  integration_types: ApplicationIntegrationType[];
} {
  return {
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}
