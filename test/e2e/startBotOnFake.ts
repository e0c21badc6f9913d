import { ComponentType } from "discord-api-types/v10";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { startBot, type RunningBot } from "../../src/discord/startBot.js";
import { buildEngine, loadCorpus } from "../../src/engine/index.js";
import type { Engine } from "../../src/engine/types.js";
import { createLogger } from "../../src/logger.js";
import type { BotMonitor } from "../../src/metrics/botMonitor.js";
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type StoredMessage,
} from "../fake-discord/index.js";
import type { ChatInputInput } from "../fake-discord/fakeDiscord.js";

/** The real bot, with the real engine over seeds/, logged in to a fresh fake Discord. */
export interface BotOnFake {
  fake: FakeDiscord;
  bot: RunningBot;
  engine: Engine;
  /** Every log line the bot wrote. */
  logs: string[];
  stop: () => Promise<void>;
}

/** How to start the bot on a fake. */
export interface BotOnFakeOptions {
  fake?: FakeDiscordOptions;
  cooldownSeconds?: number;
  seedsDir?: string;
  /** Register the commands globally (no DISCORD_GUILD_ID) instead of in the first guild. */
  deployGlobally?: boolean;
  /** OPERATOR_GUILD_IDS, from the fake's guilds; unset: none (then DISCORD_GUILD_ID, when commands go to a guild, is the operator's). */
  operatorGuildIds?: (fake: FakeDiscord) => string[];
  /** GATEWAY_SHARDS: a count or `auto`. Default: unset (one shard). */
  gatewayShards?: string;
  /** REDIS_URL: cooldowns shared through this server. */
  redisUrl?: string;
  /** What the bot reports health to (as the HTTP server's monitor would). */
  monitor?: BotMonitor;
}

/** Start a fake, deploy the command list to its guild (so interactions carry the registered option types), start the bot. */
export async function startBotOnFake(options: BotOnFakeOptions = {}): Promise<BotOnFake> {
  const fake = await startFakeDiscord(options.fake);
  const logs: string[] = [];
  const logger = createLogger("debug", (line) => logs.push(line));
  const config = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: options.deployGlobally ? undefined : fake.guildId,
    OPERATOR_GUILD_IDS: options.operatorGuildIds?.(fake).join(","),
    DISCORD_API_BASE: fake.restUrl,
    COOLDOWN_SECONDS: String(options.cooldownSeconds ?? 0),
    LOG_LEVEL: "debug",
    SEEDS_DIR: options.seedsDir,
    VERBATIM_CACHE_DIR: "off",
    GATEWAY_SHARDS: options.gatewayShards,
    REDIS_URL: options.redisUrl,
  });
  try {
    await deployCommands(config, logger);
    const { corpus } = await loadCorpus(config.seedsDir);
    const engine = buildEngine(corpus);
    const bot = await startBot({
      config,
      engine,
      logger,
      ...(options.monitor ? { monitor: options.monitor } : {}),
    });
    return {
      fake,
      bot,
      engine,
      logs,
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** Run a slash command and wait for its final reply. */
export async function runCommand(fake: FakeDiscord, input: ChatInputInput): Promise<StoredMessage> {
  const { id } = fake.injectChatInput(input);
  return fake.waitForReply(id);
}

/** All visible text of a message: content, embed titles, descriptions, fields, footers, button labels. */
export function messageText(stored: StoredMessage): string {
  const m = stored.message;
  const parts: string[] = [m.content];
  for (const e of m.embeds) {
    parts.push(e.title ?? "", e.description ?? "", e.footer?.text ?? "", e.author?.name ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  for (const row of m.components ?? []) {
    if ("components" in row) {
      for (const c of row.components)
        if ("label" in c && typeof c.label === "string") parts.push(c.label);
    }
  }
  return parts.filter(Boolean).join("\n");
}

/** The custom ids of a message's buttons, by label. */
export function buttonsOf(
  stored: StoredMessage,
): Map<string, { customId: string; disabled: boolean }> {
  const buttons = new Map<string, { customId: string; disabled: boolean }>();
  for (const row of stored.message.components ?? []) {
    if (!("components" in row)) continue;
    for (const c of row.components) {
      if (c.type === ComponentType.Button && "custom_id" in c && typeof c.label === "string") {
        buttons.set(c.label, { customId: c.custom_id, disabled: c.disabled === true });
      }
    }
  }
  return buttons;
}
