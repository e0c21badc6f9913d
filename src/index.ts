import dotenv from "dotenv";
import { ConfigError, parseConfig, type Config } from "./config.js";
import { buildEngine, CorpusLoadError, loadCorpus } from "./engine/index.js";
import type { Engine } from "./engine/types.js";
import { createSighupHandler } from "./discord/handleSighup.js";
import type { RunningBot } from "./discord/startBot.js";
import { createLogger, type Logger } from "./logger.js";
import { logProgress } from "./logProgress.js";
import { installProcessHandlers } from "./processHandlers.js";

/** How long a clean shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 4000;

function readConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function readEngine(config: Config, logger: Logger): Promise<Engine> {
  try {
    const started = performance.now();
    // A first start on a large corpus takes a while: say how far it has come every few seconds.
    const onProgress = logProgress((message, fields) => logger.info(message, fields));
    const { corpus, warnings, chunked } = await loadCorpus(config.seedsDir, config.cacheDir ? { cacheDir: config.cacheDir, onProgress } : { onProgress });
    for (const warning of warnings) logger.warn("skipped part of the corpus", { file: warning.file, reason: warning.reason });
    const engine = buildEngine(corpus, config.cacheDir ? { cacheDir: config.cacheDir, onProgress } : { onProgress });
    const snapshot = engine.snapshot;
    if (snapshot.state === "unwritable") logger.warn("index snapshot could not be written", { file: snapshot.file, detail: snapshot.detail });
    if (snapshot.state === "built" && snapshot.reason === "corrupt") logger.warn("index snapshot was unreadable and has been rebuilt", { file: snapshot.file, detail: snapshot.detail });
    logger.info("engine ready", { articles: corpus.articles.length, corpus: corpus.version, chunked: chunked.length, snapshot: snapshot.state, ms: Math.round(performance.now() - started) });
    return engine;
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function runBot(config: Config, engine: Engine, logger: Logger): Promise<void> {
  let bot: RunningBot | undefined;
  let stopping = false;
  // Listen before logging in, so a signal during startup still ends the process cleanly.
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    (bot ? bot.stop() : Promise.resolve()).then(
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
  const onSighup = createSighupHandler(() => (bot ? bot.reload() : Promise.reject(new Error("the bot is still starting"))), logger);
  process.on("SIGHUP", () => void onSighup());
  // Loaded only here: discord.js takes ~0.45 s to import and the console must not pay for it.
  const { startBot } = await import("./discord/startBot.js");
  bot = await startBot({ config, engine, logger });
  if (stopping) await bot.stop();
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig();
  const logger = createLogger(config.logLevel, undefined, config.token ? [config.token] : []);
  installProcessHandlers(process, logger, (code) => process.exit(code));
  const engine = await readEngine(config, logger);
  if (config.token) {
    await runBot(config, engine, logger);
    return;
  }
  logger.info("no DISCORD_TOKEN set: opening the local console");
  const { runConsole } = await import("./cli/console.js");
  process.once("SIGTERM", () => process.exit(0));
  await runConsole({ engine, input: process.stdin, output: process.stdout });
  process.exit(0);
}

main().catch((error: unknown) => {
  // This path bypasses the logger, so the token is scrubbed here too.
  const token = process.env.DISCORD_TOKEN?.trim();
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Verbatim failed to start: ${token && token.length >= 4 ? message.split(token).join("[redacted]") : message}\n`);
  process.exit(1);
});
