import { REST } from "@discordjs/rest";
import { Routes, type RESTGetAPIGatewayBotResult } from "discord-api-types/v10";

/** What GATEWAY_SHARDS resolves against: the bot's token and the REST base it talks to. */
export interface ShardCountSource {
  token: string;
  /** DISCORD_API_BASE; Discord's own API when unset. */
  apiBase?: string;
}

/**
 * The number of gateway shards to run: GATEWAY_SHARDS as given, or for `auto` the count Discord recommends
 * in `GET /gateway/bot`, asked through the configured REST base (discord.js's ShardingManager asks Discord's
 * own address whatever the base, which a local or proxied Discord would never see).
 */
export async function resolveShardCount(
  setting: number | "auto",
  source: ShardCountSource,
): Promise<number> {
  if (setting !== "auto") return setting;
  const rest = new REST({ version: "10", ...(source.apiBase ? { api: source.apiBase } : {}) });
  rest.setToken(source.token);
  let shards: number;
  try {
    ({ shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`GATEWAY_SHARDS=auto: GET /gateway/bot failed: ${reason}`, { cause: error });
  }
  if (!Number.isInteger(shards) || shards < 1)
    throw new Error(`GET /gateway/bot recommended ${String(shards)} shards, not a positive count`);
  return shards;
}
