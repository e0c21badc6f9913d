import type { Engine } from "../engine/types.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import { failedScan, mergeScans, type PinScan } from "./scanPinnedSummaries.js";

/**
 * Reload, then re-check the pinned summaries of every server the bot is in, one server at a time.
 * Only for the operator (SIGHUP logs it): a server's moderators see their own server's pins only.
 * Transport-neutral: the gateway lists its cached servers, HTTP interactions ask Discord.
 */
export async function scanEveryGuild(
  reload: () => Promise<ReloadOutcome>,
  listGuildIds: () => Promise<readonly string[]>,
  scanGuild: (guildId: string, engine: Engine) => Promise<PinScan>,
  engine: () => Engine,
): Promise<ReloadOutcome> {
  const outcome = await reload();
  if (!outcome.ok) return outcome;
  const scans = [];
  try {
    for (const guildId of await listGuildIds()) scans.push(await scanGuild(guildId, engine()));
  } catch (error) {
    // The new corpus is serving by now: a failed check must not turn the report into a failed reload.
    scans.push(
      failedScan(`the pinned summaries could not be checked: ${(error as Error).message}`),
    );
  }
  return { ...outcome, pins: mergeScans(scans) };
}
