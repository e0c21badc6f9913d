import { pathToFileURL } from "node:url";
import { REST } from "@discordjs/rest";
import { Routes } from "discord-api-types/v10";
import { ConfigError, parseConfig, type Config } from "../config.js";
import { createLogger, type Logger } from "../logger.js";
import { buildCommandPayload } from "./buildCommandPayload.js";

/**
 * Register the command list with Discord (bulk overwrite): in one guild when DISCORD_GUILD_ID is
 * set (instant), globally otherwise. Returns how many commands Discord now has.
 */
export async function deployCommands(config: Config, logger: Logger): Promise<number> {
  if (!config.token || !config.clientId)
    throw new Error("DISCORD_TOKEN and DISCORD_CLIENT_ID are required to deploy commands.");
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const body = buildCommandPayload();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const saved = (await rest.put(route, { body })) as unknown[];
  logger.info("commands deployed", {
    count: saved.length,
    scope: config.guildId ? `guild ${config.guildId}` : "global",
  });
  return saved.length;
}

async function main(): Promise<void> {
  (await import("dotenv")).default.config({ quiet: true });
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, undefined, config.token ? [config.token] : []);
  try {
    await deployCommands(config, logger);
  } catch (error) {
    logger.error("deploying commands failed", { error });
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
