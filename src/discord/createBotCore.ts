import type { Config } from "../config.js";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { BotMonitor } from "../metrics/botMonitor.js";
import type { ClosableCooldownTracker } from "./cooldowns.js";
import type { BotContext } from "./command.js";
import { createEngineHolder } from "./engineHolder.js";
import { createReloader, type ReloadOutcome } from "./reloadCorpus.js";
import { scanEveryGuild } from "./scanEveryGuild.js";
import type { PinScan } from "./scanPinnedSummaries.js";
import { prepareWhileIdle, type IdlePreparation } from "./prepareWhileIdle.js";

/** What both transports build alike: the handlers' context, the reload, and the SIGHUP reload of every server. */
export interface BotCore {
  /** The handlers' context; its `reload` re-reads the articles and tells the monitor (the operator's /reload). */
  context: BotContext;
  /** SIGHUP: reload, then check the pins of every server the bot is in, for the operator's log. */
  reloadEveryGuild: () => Promise<ReloadOutcome>;
  /** Report an interaction's end to the monitor, when there is one. */
  report?: (done: Parameters<BotMonitor["interactionDone"]>[0]) => void;
  /** Once ready: analyse the corpus ahead of questions while `busy` says nothing is in flight; again after a reload. */
  prepareWhileIdle: (busy: () => boolean, unreachable?: () => boolean) => IdlePreparation;
}

/**
 * The engine holder, reloader and handler context of a bot. The transport gives what only it knows: how to
 * list its servers and how to read one server's pinned summaries (the gateway's cache, or REST).
 */
export function createBotCore(options: {
  config: Config;
  engine: Engine;
  logger: Logger;
  monitor?: BotMonitor;
  cooldowns: ClosableCooldownTracker;
  listGuildIds: () => Promise<readonly string[]>;
  scanGuild: (guildId: string, engine: Engine) => Promise<PinScan>;
}): BotCore {
  const { config, logger, monitor, cooldowns, listGuildIds, scanGuild } = options;
  const holder = createEngineHolder(options.engine, config.publicUrl);
  const reloadCorpus = createReloader({
    config,
    current: () => holder.engine,
    install: (next) => {
      holder.install(next);
      preparation?.restart();
    },
  });
  let preparation: IdlePreparation | undefined;
  const reload = async (): Promise<ReloadOutcome> => {
    const outcome = await reloadCorpus();
    monitor?.reloaded(outcome.ok ? "ok" : "failed", holder.engine);
    return outcome;
  };
  const context: BotContext = {
    get engine() {
      return holder.engine;
    },
    get labels() {
      return holder.labels;
    },
    logger,
    cooldowns,
    reload,
    operatorGuildIds: config.operatorGuildIds,
    // Always the engine serving now: after /reload, that is the new one.
    scanPins: (guildId) => scanGuild(guildId, holder.engine),
  };
  return {
    context,
    reloadEveryGuild: () => scanEveryGuild(reload, listGuildIds, scanGuild, () => holder.engine),
    ...(monitor ? { report: (done) => monitor.interactionDone(done) } : {}),
    prepareWhileIdle(busy, unreachable) {
      preparation?.stop();
      preparation = prepareWhileIdle(() => holder.engine, busy, unreachable);
      return preparation;
    },
  };
}
