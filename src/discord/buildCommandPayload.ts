import type { RESTPostAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import { commands } from "../../commands/index.js";

/** The registration payload for every command (bulk overwrite body), straight from the static list. */
export function buildCommandPayload(): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((command) => structuredClone(command.data));
}
