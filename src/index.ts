import dotenv from "dotenv";
import { ConfigError, parseConfig, type Config } from "./config.js";
import { buildEngine, CorpusLoadError, loadCorpus } from "./engine/index.js";
import type { Engine } from "./engine/types.js";
import { createSighupHandler } from "./discord/handleSighup.js";
import type { ReloadOutcome } from "./discord/reloadCorpus.js";
import type { InteractionsEndpoint } from "./http/interactionsRoute.js";
import type { Monitoring } from "./http/startMonitoring.js";
import { createLogger, type Logger } from "./logger.js";
import { logProgress } from "./logProgress.js";
import { installProcessHandlers } from "./processHandlers.js";

/** Of the shutdown grace period, the part kept for logging out after the interactions in flight are done. */
const LOGOUT_RESERVE_MS = 500;

/**
 * Write a message that ends start-up, before or outside the logger: as a JSON line when LOG_FORMAT=json (read
 * raw, since the configuration itself may be what failed), else as plain text.
 */
function writeFatal(message: string): void {
  const json = process.env.LOG_FORMAT?.trim() === "json";
  process.stderr.write(
    `${json ? JSON.stringify({ time: new Date().toISOString(), level: "error", msg: message }) : message}\n`,
  );
}

function readConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      writeFatal(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function readEngine(
  config: Config,
  logger: Logger,
  monitoring?: Monitoring,
): Promise<Engine> {
  try {
    const started = performance.now();
    // A first start on a large corpus takes a while: say how far it has come every few seconds.
    const onProgress = logProgress((message, fields) => logger.info(message, fields));
    const { corpus, warnings, chunked } = await loadCorpus(
      config.seedsDir,
      config.cacheDir ? { cacheDir: config.cacheDir, onProgress } : { onProgress },
    );
    for (const warning of warnings)
      logger.warn("skipped part of the corpus", { file: warning.file, reason: warning.reason });
    const engine = buildEngine(
      corpus,
      config.cacheDir ? { cacheDir: config.cacheDir, onProgress } : { onProgress },
    );
    const snapshot = engine.snapshot;
    if (snapshot.state === "unwritable")
      logger.warn("index snapshot could not be written", {
        file: snapshot.file,
        detail: snapshot.detail,
      });
    if (snapshot.state === "built" && snapshot.reason === "corrupt")
      logger.warn("index snapshot was unreadable and has been rebuilt", {
        file: snapshot.file,
        detail: snapshot.detail,
      });
    const ms = performance.now() - started;
    monitoring?.engineLoaded(engine, ms / 1000);
    logger.info("engine ready", {
      articles: corpus.articles.length,
      corpus: corpus.version,
      chunked: chunked.length,
      snapshot: snapshot.state,
      ms: Math.round(ms),
    });
    return engine;
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      writeFatal(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** What runBot needs of a started bot, whichever transport it answers on. */
interface StartedBot {
  stop(options?: { graceMs?: number }): Promise<void>;
  reload(): Promise<ReloadOutcome>;
}

async function runBot(
  config: Config,
  engine: Engine,
  logger: Logger,
  monitoring?: Monitoring,
  endpoint?: InteractionsEndpoint,
): Promise<void> {
  let bot: StartedBot | undefined;
  let stopping = false;
  const graceMs = config.shutdownGraceSeconds * 1000;
  // Listen before logging in, so a signal during startup still ends the process cleanly.
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    monitoring?.health.stopping();
    logger.info("shutting down", { signal, graceSeconds: config.shutdownGraceSeconds });
    // The bound holds whatever hangs: the interactions get the grace period less the logout's share.
    setTimeout(
      () => {
        logger.warn("shutdown did not finish within the grace period; exiting");
        process.exit(0);
      },
      Math.max(graceMs, 2 * LOGOUT_RESERVE_MS),
    ).unref();
    (bot ? bot.stop({ graceMs: Math.max(0, graceMs - LOGOUT_RESERVE_MS) }) : Promise.resolve())
      .then(() => monitoring?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error("shutdown failed", { error });
          process.exit(0);
        },
      );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  // SIGHUP re-reads the articles, as /reload does; a failure keeps the old ones serving. Listening from the
  // start keeps a SIGHUP during login from ending the process (its default action).
  const onSighup = createSighupHandler(
    () => (bot ? bot.reload() : Promise.reject(new Error("the bot is still starting"))),
    logger,
  );
  process.on("SIGHUP", () => void onSighup());
  const monitor = monitoring ? { monitor: monitoring.monitor } : {};
  if (endpoint) {
    // HTTP interactions: no gateway connection, so discord.js's client is never loaded.
    const { startHttpBot } = await import("./discord/startHttpBot.js");
    const httpBot = await startHttpBot({
      config,
      engine,
      logger,
      instance: endpoint.instance,
      ...monitor,
    });
    endpoint.serve((interaction) => httpBot.answer(interaction));
    bot = httpBot;
  } else {
    // Loaded only here: discord.js takes ~0.45 s to import and the console must not pay for it.
    const { startBot } = await import("./discord/startBot.js");
    bot = await startBot({ config, engine, logger, ...monitor });
  }
  // A signal during start-up sets it (in shutdown); TypeScript cannot see that through the closure.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (stopping) await bot.stop({ graceMs: 0 });
}

/** `POST /interactions` when DISCORD_PUBLIC_KEY is set (it answers 503 until the bot is ready). */
async function createEndpoint(
  config: Config,
  logger: Logger,
): Promise<InteractionsEndpoint | undefined> {
  if (!config.publicKey) return undefined;
  const { createInteractionsEndpoint } = await import("./http/interactionsRoute.js");
  const { createSignatureVerifier } = await import("./http/verifySignature.js");
  const { randomBytes } = await import("node:crypto");
  // A random name per process: enough to see which instance behind a load balancer answered.
  return createInteractionsEndpoint({
    verify: createSignatureVerifier(config.publicKey),
    logger,
    instance: randomBytes(4).toString("hex"),
  });
}

/** Start the HTTP server before the corpus loads, so health checks see 503 "starting" meanwhile. */
async function startMonitoringFor(
  config: Config,
  logger: Logger,
  endpoint?: InteractionsEndpoint,
): Promise<Monitoring> {
  // Loaded only here: prom-client costs about 0.1 s and 13 MB, which a bot without HTTP_PORT does not pay.
  const { startMonitoring } = await import("./http/startMonitoring.js");
  return startMonitoring({
    host: config.httpHost,
    port: config.httpPort!,
    gatewayGraceSeconds: config.healthGatewayGraceSeconds,
    logger,
    sourcePages: config.publicUrl !== undefined,
    ...(endpoint ? { extraRoutes: [endpoint.route] } : {}),
  });
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig();
  const logger = createLogger(
    config.logLevel,
    undefined,
    config.token ? [config.token] : [],
    config.logFormat,
  );
  installProcessHandlers(process, logger, (code) => process.exit(code));
  // Health and metrics serve the bot; the console is a local tool and has neither.
  const endpoint = await createEndpoint(config, logger);
  const monitoring =
    config.token && config.httpPort !== undefined
      ? await startMonitoringFor(config, logger, endpoint)
      : undefined;
  const engine = await readEngine(config, logger, monitoring);
  if (config.token) {
    await runBot(config, engine, logger, monitoring, endpoint);
    return;
  }
  logger.info("no DISCORD_TOKEN set: opening the local console");
  const { runConsole } = await import("./cli/console.js");
  const { createReloader } = await import("./discord/reloadCorpus.js");
  process.once("SIGTERM", () => process.exit(0));
  // The console's /reload re-reads SEEDS_DIR as the bot's does; the console then answers from `current`.
  let current = engine;
  const reloadCorpus = createReloader({
    config,
    current: () => current,
    install: (next) => (current = next),
  });
  const reload = async () => ({ outcome: await reloadCorpus(), engine: current });
  await runConsole({ engine, input: process.stdin, output: process.stdout, reload });
  process.exit(0);
}

main().catch((error: unknown) => {
  // This path bypasses the logger, so the token is scrubbed here too.
  const token = process.env.DISCORD_TOKEN?.trim();
  const message = error instanceof Error ? error.message : String(error);
  writeFatal(
    `Verbatim failed to start: ${token && token.length >= 4 ? message.split(token).join("[redacted]") : message}`,
  );
  process.exit(1);
});
