import type { Client } from "discord.js";
import type { Engine } from "../engine/types.js";
import { listPinTargets } from "./listPinTargets.js";
import {
  failedScan,
  scanPinnedSummaries,
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
  const { targets, hidden, problems } = await listPinTargets(guild);
  const scan = await scanPinnedSummaries(targets, client.user.id, engine, options);
  const notes =
    hidden === 0
      ? []
      : [
          hidden === 1
            ? "1 channel I cannot see (no View Channel) was not checked"
            : `${hidden} channels I cannot see (no View Channel) were not checked`,
        ];
  return { ...scan, problems: [...problems, ...scan.problems, ...notes] };
}
