import { REST } from "@discordjs/rest";
import {
  InteractionResponseType,
  InteractionType,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
  type APIUser,
} from "discord-api-types/v10";
import { commands } from "../../commands/index.js";
import type { Config } from "../config.js";
import type { Engine } from "../engine/types.js";
import type { InteractionAnswer } from "../http/interactionsRoute.js";
import type { Logger } from "../logger.js";
import type { BotMonitor } from "../metrics/botMonitor.js";
import { adaptHttpInteraction } from "./adaptHttpInteraction.js";
import { createBotCore } from "./createBotCore.js";
import { pinContext } from "./engineHolder.js";
import { buildRegistry, handleIncoming } from "./handleInteraction.js";
import { openCooldowns } from "./openCooldowns.js";
import type { ReloadOutcome } from "./reloadCorpus.js";
import { renderNotice } from "./render/renderNotice.js";
import { listRestGuildIds } from "./listRestGuildIds.js";
import { scanRestGuildPins } from "./scanRestGuildPins.js";
import { toReplyOptions } from "./toMessageOptions.js";
import { toApiMessage } from "./toApiMessage.js";
import { createInFlight } from "./trackInFlight.js";
import { RESTARTING_NOTICE } from "./turnAway.js";

/** Discord waits 3 s for the response; past this, a slow handler is acknowledged and answers by edit. */
const DEFER_AFTER_MS = 2_500;

/** A bot answering HTTP interactions. */
export interface RunningHttpBot {
  /** Answer one verified interaction (PING excluded). */
  answer(interaction: APIInteraction): Promise<InteractionAnswer>;
  /** As the gateway bot's: stop taking interactions, wait for those in flight up to `graceMs`. */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Re-read SEEDS_DIR and swap the engine (SIGHUP), then re-check the pinned summaries of every server. */
  reload(): Promise<ReloadOutcome>;
}

function noticeResponse(text: string): APIInteractionResponse {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: toApiMessage(toReplyOptions(renderNotice(text))),
  };
}

/**
 * HTTP interactions: no gateway connection. The same command list and handlers as the gateway bot
 * answer each interaction Discord posts; `DISCORD_TOKEN` serves only REST (pins, webhook edits), against
 * `DISCORD_API_BASE` when set. Keeps no per-interaction state, so any number of instances can serve.
 * Resolves once the token is checked (`GET /users/@me`).
 */
export async function startHttpBot(options: {
  config: Config;
  engine: Engine;
  logger: Logger;
  monitor?: BotMonitor;
  /** This process's name behind a load balancer (the endpoint's `x-verbatim-instance`), for the log. */
  instance?: string;
}): Promise<RunningHttpBot> {
  const { config, engine, logger, monitor } = options;
  if (!config.token) throw new Error("startHttpBot needs DISCORD_TOKEN");
  logger.addSecret(config.token);
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const me = (await rest.get(Routes.user())) as APIUser;
  // Behind a load balancer every instance takes cooldowns from one Redis when REDIS_URL is set.
  const cooldowns = await openCooldowns(config, logger);
  const { context, reloadEveryGuild, report, prepareWhileIdle } = createBotCore({
    config,
    engine,
    logger,
    ...(monitor ? { monitor } : {}),
    cooldowns,
    // No gateway cache: the servers, their channels, roles and the bot's member are read over REST.
    listGuildIds: () => listRestGuildIds(rest),
    scanGuild: (guildId, current) => scanRestGuildPins(rest, guildId, me.id, current),
  });
  const registry = buildRegistry(commands);
  const inFlight = createInFlight();
  let closing = false;
  let turnedAway = 0;

  const answer = async (raw: APIInteraction): Promise<InteractionAnswer> => {
    if (closing) {
      turnedAway++;
      return {
        response:
          raw.type === InteractionType.ApplicationCommandAutocomplete
            ? {
                type: InteractionResponseType.ApplicationCommandAutocompleteResult,
                data: { choices: [] },
              }
            : noticeResponse(RESTARTING_NOTICE),
        sent: () => undefined,
      };
    }
    const adapted = adaptHttpInteraction(raw, {
      rest,
      botUserId: me.id,
      deferAfterMs: DEFER_AFTER_MS,
    });
    // handleIncoming never rejects; pinContext keeps the engine it started with through a reload.
    const handled = handleIncoming(adapted.incoming, registry, pinContext(context), report)
      .catch((error: unknown) => {
        logger.error("interaction handler crashed", { error });
      })
      .finally(() => {
        adapted.dispose();
      });
    inFlight.track(handled);
    const unanswered = handled.then(() =>
      noticeResponse("This kind of interaction is not supported. Please use a command."),
    );
    const response = await Promise.race([adapted.firstResponse, unanswered]);
    return { response, sent: adapted.sent };
  };

  // Interactions can arrive at any moment once ready, and preparing runs between them: the lookups a first question
  // would make (up to about half a second each at 100k paragraphs) are made now, while the endpoint still answers 503.
  engine.prepareLookups();
  monitor?.gatewayReady();
  logger.info("bot ready", {
    mode: "http interactions",
    user: me.username,
    ...(options.instance ? { instance: options.instance } : {}),
    commands: commands.length,
    corpus: engine.version,
  });
  const preparation = prepareWhileIdle(() => inFlight.size > 0);
  let stopped = false;
  return {
    answer,
    // SIGHUP: the operator's log hears about the pins of every server, as in gateway mode.
    reload: reloadEveryGuild,
    async stop(stopOptions = {}) {
      if (stopped) return;
      stopped = true;
      closing = true;
      preparation.stop();
      const running = inFlight.size;
      const { finished, cutOff } = await inFlight.drain(
        stopOptions.graceMs ?? config.shutdownGraceSeconds * 1000,
      );
      logger.info("interactions drained", { inFlight: running, finished, cutOff, turnedAway });
      await cooldowns.close();
      logger.info("bot stopped");
    },
  };
}
