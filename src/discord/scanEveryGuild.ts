import type { Client } from "discord.js";
import type { Engine } from "../engine/types.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import { scanGuildPins } from "./scanGuildPins.js";
import { failedScan, mergeScans } from "./scanPinnedSummaries.js";

/**
 * Reload, then re-check the pinned summaries of every server the bot is in, one server at a time.
 * Only for the operator (SIGHUP logs it): a server's moderators see their own server's pins only.
 */
export async function scanEveryGuild(
  reload: () => Promise<ReloadOutcome>,
  client: Client<true>,
  engine: () => Engine,
): Promise<ReloadOutcome> {
  const outcome = await reload();
  if (!outcome.ok) return outcome;
  const scans = [];
  try {
    for (const guildId of client.guilds.cache.keys())
      scans.push(await scanGuildPins(client, guildId, engine()));
  } catch (error) {
    // The new corpus is serving by now: a failed check must not turn the report into a failed reload.
    scans.push(
      failedScan(`the pinned summaries could not be checked: ${(error as Error).message}`),
    );
  }
  return { ...outcome, pins: mergeScans(scans) };
}
