import { startBotOnFake, type BotOnFake } from "../test/e2e/startBotOnFake.js";
import { percentile } from "./measure.js";

/** Figures of /who against /help (a static reply: the transport floor), inject to reply, in milliseconds. */
export interface DiscordFigures {
  /** Each /who question asked for the first time (the answer computed). */
  whoP50: number;
  whoP99: number;
  /** The same questions asked again (the engine's answer cache). */
  repeatP50: number;
  helpP50: number;
  helpP99: number;
}

/** Extras for a closer look (bench/discordRatioOnly.ts, bench/discordWhoPhases.ts); bench/run.ts gives none. */
export interface DiscordRatioOptions {
  /**
   * Leave the bot this long with nothing to do once it is ready, as a real bot is before its first question: time
   * for its warm-up of the analysis cache. Default none.
   */
  idleMs?: number;
  /** Hears the running bot before the first question, to watch it. */
  onStarted?: (bot: BotOnFake) => void;
  /** Hears each measured interaction once its reply is in (warm-up ones too, as "warm-up"). */
  onAnswered?: (kind: "who" | "repeat" | "help" | "warm-up", ms: number) => void;
}

/** Through the local fake Discord: distinct /who questions once, then again, each next to a /help. */
export async function measureDiscordRatio(
  rounds: number,
  options: DiscordRatioOptions = {},
): Promise<DiscordFigures> {
  const started = await startBotOnFake();
  const { fake, stop, engine } = started;
  if (options.idleMs) await new Promise((resolve) => setTimeout(resolve, options.idleMs));
  options.onStarted?.(started);
  const questions = [
    ...engine
      .entities()
      .filter((e) => e.kind === "person")
      .map((e) => `Who is ${e.name.split(" ").at(-1)}?`),
    "Russian foreign minister",
    "Kremlin spokesperson",
    "Dutch prime minister",
    "Saudi foreign minister",
    "US secretary of state",
    "leads the Ukrainian delegation",
    "Who interviewed Witkoff on a podcast?",
    "Who convened an emergency meeting in Paris?",
  ].slice(0, rounds);
  try {
    const timings: Record<"who" | "repeat" | "help", number[]> = { who: [], repeat: [], help: [] };
    // Cooldowns are off in this harness, so one member can ask again and again.
    const once = async (
      name: "who" | "help",
      query = "",
      kind: "who" | "repeat" | "help" | "warm-up" = name,
    ) => {
      const start = performance.now();
      const { id } = fake.injectChatInput({
        name,
        ...(name === "who" ? { options: { query } } : {}),
      });
      await fake.waitForReply(id);
      const ms = performance.now() - start;
      options.onAnswered?.(kind, ms);
      return ms;
    };
    // Warm up, then alternate so machine noise hits both alike.
    for (let i = 0; i < 5; i++) {
      await once("who", `warm-up ${i} Lavrov`, "warm-up");
      await once("help", "", "warm-up");
    }
    for (const question of questions) {
      timings.who.push(await once("who", question));
      timings.help.push(await once("help"));
    }
    for (const question of questions) timings.repeat.push(await once("who", question, "repeat"));
    return {
      whoP50: percentile(timings.who, 50),
      whoP99: percentile(timings.who, 99),
      repeatP50: percentile(timings.repeat, 50),
      helpP50: percentile(timings.help, 50),
      helpP99: percentile(timings.help, 99),
    };
  } finally {
    await stop();
  }
}
