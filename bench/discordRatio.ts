import { startBotOnFake } from "../test/e2e/startBotOnFake.js";
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

/** Through the local fake Discord: distinct /who questions once, then again, each next to a /help. */
export async function measureDiscordRatio(rounds: number): Promise<DiscordFigures> {
  const { fake, stop, engine } = await startBotOnFake();
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
    const once = async (name: "who" | "help", query = "") => {
      const start = performance.now();
      const { id } = fake.injectChatInput({
        name,
        ...(name === "who" ? { options: { query } } : {}),
      });
      await fake.waitForReply(id);
      return performance.now() - start;
    };
    // Warm up, then alternate so machine noise hits both alike.
    for (let i = 0; i < 5; i++) {
      await once("who", `warm-up ${i} Lavrov`);
      await once("help");
    }
    for (const question of questions) {
      timings.who.push(await once("who", question));
      timings.help.push(await once("help"));
    }
    for (const question of questions) timings.repeat.push(await once("who", question));
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
