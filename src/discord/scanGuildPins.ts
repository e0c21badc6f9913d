import type { Client } from "discord.js";
import type { Engine } from "../engine/types.js";
import { listPinTargets } from "./listPinTargets.js";
import {
  failedScan,
  scanListedTargets,
  type PinScan,
  type ScanOptions,
} from "./scanPinnedSummaries.js";

/**
 * Re-check the bot's pinned summaries in one server only: its text and announcement channels and
 * active threads. A server's report never reads, counts or links another server's pins.
 */
export async function scanGuildPins(
  client: Client<true>,
  guildId: string,
  engine: Engine,
  options: ScanOptions = {},
): Promise<PinScan> {
  const guild = client.guilds.cache.get(guildId);
  if (!guild) return failedScan("this server is not available to me right now");
  return scanListedTargets(await listPinTargets(guild), client.user.id, engine, options);
}
