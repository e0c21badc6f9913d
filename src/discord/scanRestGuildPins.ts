import { DiscordAPIError, type REST } from "@discordjs/rest";
import { RESTJSONErrorCodes } from "discord-api-types/v10";
import type { Engine } from "../engine/types.js";
import { listRestPinTargets } from "./listRestPinTargets.js";
import {
  failedScan,
  scanListedTargets,
  type PinScan,
  type ScanOptions,
} from "./scanPinnedSummaries.js";

/** Discord's answers meaning the bot is not (or no longer) in the server. */
const NOT_IN_SERVER = new Set<number | string>([
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.UnknownMember,
  RESTJSONErrorCodes.MissingAccess,
]);

/**
 * scanGuildPins over REST, for HTTP interactions: the same report of one server's pinned summaries,
 * with its channels and the bot's permissions read from Discord instead of a gateway cache.
 */
export async function scanRestGuildPins(
  rest: REST,
  guildId: string,
  botId: string,
  engine: Engine,
  options: ScanOptions = {},
): Promise<PinScan> {
  let listing;
  try {
    listing = await listRestPinTargets(rest, guildId, botId);
  } catch (error) {
    if (error instanceof DiscordAPIError && NOT_IN_SERVER.has(error.code))
      return failedScan("this server is not available to me right now");
    return failedScan(`this server's channels could not be listed: ${(error as Error).message}`);
  }
  return scanListedTargets(listing, botId, engine, options);
}
