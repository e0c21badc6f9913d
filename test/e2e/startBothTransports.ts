import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { startBot, type RunningBot } from "../../src/discord/startBot.js";
import { startHttpBot, type RunningHttpBot } from "../../src/discord/startHttpBot.js";
import { buildEngine, loadCorpus } from "../../src/engine/index.js";
import type { Engine } from "../../src/engine/types.js";
import { createInteractionsEndpoint } from "../../src/http/interactionsRoute.js";
import { startHttpServer } from "../../src/http/startHttpServer.js";
import { createSignatureVerifier } from "../../src/http/verifySignature.js";
import type { Logger } from "../../src/logger.js";
import type { FakeDiscord } from "../fake-discord/index.js";

/** An HTTP-mode bot and a gateway bot, in process, on one fake Discord and one engine. */
export interface BothTransports {
  engine: Engine;
  httpBot: RunningHttpBot;
  gatewayBot: RunningBot;
  /** The HTTP bot's `POST /interactions`; the fake delivers there while `fake.interactionsUrl` is set to it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Register the commands, then start both transports over `seedsDir` with cooldowns off, so a test can
 * send one interaction each way (`fake.interactionsUrl` set: HTTP; unset: the gateway) and compare.
 * Leaves `fake.interactionsUrl` at the HTTP bot.
 */
export async function startBothTransports(
  fake: FakeDiscord,
  options: { seedsDir: string; instance: string; logger: Logger },
): Promise<BothTransports> {
  const { logger } = options;
  const config = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_BASE: fake.restUrl,
    DISCORD_PUBLIC_KEY: fake.publicKeyHex,
    HTTP_PORT: "1",
    COOLDOWN_SECONDS: "0",
    SEEDS_DIR: options.seedsDir,
    VERBATIM_CACHE_DIR: "off",
  });
  await deployCommands(config, logger);
  const engine = buildEngine((await loadCorpus(config.seedsDir)).corpus);
  // Heard in the log, so a test can see when the HTTP bot makes the lookups (before it says it is ready).
  const prepareLookups = engine.prepareLookups.bind(engine);
  engine.prepareLookups = () => {
    logger.debug("test: lookups prepared");
    prepareLookups();
  };
  const endpoint = createInteractionsEndpoint({
    verify: createSignatureVerifier(fake.publicKeyHex),
    logger,
    instance: options.instance,
  });
  const server = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    routes: [endpoint.route],
    logger,
  });
  const url = `http://127.0.0.1:${server.port}/interactions`;
  const httpBot = await startHttpBot({ config, engine, logger });
  endpoint.serve((interaction) => httpBot.answer(interaction));
  const gatewayBot = await startBot({ config, engine, logger });
  fake.interactionsUrl = url;
  return {
    engine,
    httpBot,
    gatewayBot,
    url,
    async stop() {
      await httpBot.stop();
      await gatewayBot.stop();
      await server.close();
    },
  };
}
