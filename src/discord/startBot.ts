import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import { commands } from "../../commands/index.js";
import type { Config } from "../config.js";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { BotMonitor } from "../metrics/botMonitor.js";
import { buildRegistry, handleInteraction } from "./handleInteraction.js";
import { createBotCore } from "./createBotCore.js";
import { pinContext } from "./engineHolder.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import { scanGuildPins } from "./scanGuildPins.js";
import { openCooldowns } from "./openCooldowns.js";
import { resolveShardCount } from "./resolveShardCount.js";
import { createInFlight } from "./trackInFlight.js";
import { trackShardHealth } from "./trackShardHealth.js";
import { turnAway } from "./turnAway.js";

const READY_TIMEOUT_MS = 30_000;
/**
 * Discord lets a bot identify `max_concurrency` shards (often 1) per 5 s, so each shard after the first may
 * add that much to the wait for ready.
 */
const READY_TIMEOUT_PER_SHARD_MS = 6_000;

/** A logged-in bot. */
export interface RunningBot {
  client: Client<true>;
  /** How many gateway shards this process runs (GATEWAY_SHARDS, `auto` resolved). */
  shardCount: number;
  /**
   * Stop taking interactions (later ones get a private "restarting" notice), wait up to `graceMs`
   * (default SHUTDOWN_GRACE_SECONDS) for those in flight, log how many finished and how many were cut off,
   * then log out, close the gateway connection and the shared cooldowns' connection.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Re-read SEEDS_DIR and swap the engine (also on SIGHUP); a failure keeps the old engine. */
  reload: () => Promise<ReloadOutcome>;
}

/** What the bot needs to run. */
export interface StartBotOptions {
  config: Config;
  engine: Engine;
  logger: Logger;
  /** Health and metrics, when the HTTP server runs. */
  monitor?: BotMonitor;
}

/**
 * Log in to Discord (Guilds intent only; no mention can ever ping) on GATEWAY_SHARDS shards and answer
 * interactions with the command list. Resolves once every shard is ready; rejects if login fails.
 */
export async function startBot({
  config,
  engine,
  logger,
  monitor,
}: StartBotOptions): Promise<RunningBot> {
  if (!config.token) throw new Error("startBot needs DISCORD_TOKEN");
  logger.addSecret(config.token);
  const shardCount = await resolveShardCount(config.gatewayShards, {
    token: config.token,
    ...(config.apiBase ? { apiBase: config.apiBase } : {}),
  });
  // Every shard in this process, on discord.js's own WebSocket manager: one engine serves them all.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    shards: Array.from({ length: shardCount }, (_, id) => id),
    shardCount,
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
  // discord.js takes SHARD_COUNT from the environment when shardCount is its default (1), for ShardingManager's
  // children; this process is none, so GATEWAY_SHARDS wins and an inherited variable is named instead of obeyed.
  for (const inherited of ["SHARDS", "SHARD_COUNT"])
    if (process.env[inherited] !== undefined)
      logger.warn(`${inherited} is set in the environment and ignored; GATEWAY_SHARDS decides`, {
        shards: shardCount,
      });
  client.options.shards = Array.from({ length: shardCount }, (_, id) => id);
  client.options.shardCount = shardCount;
  const cooldowns = await openCooldowns(config, logger);
  // The client is ready by the time the first interaction or SIGHUP needs it.
  const { context, reloadEveryGuild, report, prepareWhileIdle } = createBotCore({
    config,
    engine,
    logger,
    ...(monitor ? { monitor } : {}),
    cooldowns,
    listGuildIds: () => Promise.resolve([...client.guilds.cache.keys()]),
    scanGuild: (guildId, current) => scanGuildPins(client as Client<true>, guildId, current),
  });
  const registry = buildRegistry(commands);

  const inFlight = createInFlight();
  // Logging in is mostly waiting on the network: time enough to analyse paragraphs before the first question. No
  // interaction arrives before the client is ready, so until then a turn may prepare for several milliseconds.
  const preparation = prepareWhileIdle(
    () => inFlight.size > 0,
    () => !client.isReady(),
  );
  // The "restarting" notices are waited for too, but not counted as interactions that finished.
  const notices = createInFlight();
  let closing = false;
  let turnedAway = 0;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (closing) {
      turnedAway++;
      const turnedAwayReply = turnAway(interaction).catch((error: unknown) =>
        logger.warn("could not turn an interaction away during shutdown", { error }),
      );
      notices.track(turnedAwayReply);
      return;
    }
    // handleInteraction never rejects; the catch is a last guard so nothing becomes unhandled.
    // pinContext: an interaction finishes on the engine it started with, whatever a reload does meanwhile.
    const handled = handleInteraction(interaction, registry, pinContext(context), report);
    inFlight.track(
      handled.catch((error: unknown) => logger.error("interaction handler crashed", { error })),
    );
  });
  client.on(Events.Error, (error) => logger.error("discord client error", { error }));
  client.on(Events.Warn, (message) => logger.warn("discord client warning", { message }));
  const shards = trackShardHealth(shardCount, monitor);
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn("gateway disconnected", { code: event.code, shard });
    shards.down(shard);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    logger.info("gateway reconnecting", { shard });
    shards.down(shard);
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info("gateway resumed", { shard, replayed });
    shards.ready(shard);
  });
  client.on(Events.ShardReady, (shard) => {
    if (shardCount > 1) logger.info("gateway shard ready", { shard, shards: shardCount });
    shards.ready(shard);
  });

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
  } catch (error) {
    preparation.stop();
    await client.destroy().catch(() => undefined);
    await cooldowns.close();
    // Close code 4011: Discord wants more shards than GATEWAY_SHARDS gave; say which setting fixes it.
    if (error instanceof Error && /sharding is required/i.test(error.message))
      throw new Error(
        `${error.message}: Discord needs more than ${shardCount} gateway shard(s); set GATEWAY_SHARDS=auto or a larger count`,
        { cause: error },
      );
    throw error;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const ms = READY_TIMEOUT_MS + READY_TIMEOUT_PER_SHARD_MS * (shardCount - 1);
    timer = setTimeout(() => {
      reject(new Error(`Discord did not report ready within ${ms / 1000} s`));
    }, ms);
  });
  let readyClient: Client<true>;
  try {
    readyClient = await Promise.race([ready, timeout]);
  } catch (error) {
    preparation.stop();
    await client.destroy().catch(() => undefined);
    await cooldowns.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // Every shard is ready by now; their ShardReady events said so one by one.
  for (const shard of readyClient.ws.shards.keys()) shards.ready(shard);
  logger.info("bot ready", {
    user: readyClient.user.tag,
    guilds: readyClient.guilds.cache.size,
    shards: shardCount,
    commands: commands.length,
    corpus: engine.version,
  });

  let stopped = false;
  return {
    client: readyClient,
    shardCount,
    // SIGHUP: the operator's log hears about the pins of every server.
    reload: reloadEveryGuild,
    async stop(options = {}) {
      if (stopped) return;
      stopped = true;
      closing = true;
      preparation.stop();
      const running = inFlight.size;
      const deadline = performance.now() + (options.graceMs ?? config.shutdownGraceSeconds * 1000);
      const { finished, cutOff } = await inFlight.drain(deadline - performance.now());
      await notices.drain(deadline - performance.now());
      logger.info("interactions drained", { inFlight: running, finished, cutOff, turnedAway });
      await client.destroy();
      await cooldowns.close();
      logger.info("bot stopped");
    },
  };
}
