import { startBotOnFake } from "../test/e2e/startBotOnFake.js";
import { percentile } from "./measure.js";

/** p50 of inject-to-reply through the local fake Discord for /who against /help (a static reply: the transport floor). */
export async function measureDiscordRatio(samples: number): Promise<{ whoP50: number; helpP50: number; whoP99: number; helpP99: number }> {
  const { fake, stop } = await startBotOnFake();
  try {
    const timings: Record<"who" | "help", number[]> = { who: [], help: [] };
    // Cooldowns are off in this harness, so one member can ask again and again.
    const once = async (name: "who" | "help") => {
      const start = performance.now();
      const { id } = fake.injectChatInput({ name, ...(name === "who" ? { options: { query: "Russian foreign minister" } } : {}) });
      await fake.waitForReply(id);
      return performance.now() - start;
    };
    // Warm up, then alternate so machine noise hits both alike.
    for (let i = 0; i < 5; i++) {
      await once("who");
      await once("help");
    }
    for (let i = 0; i < samples; i++) {
      timings.who.push(await once("who"));
      timings.help.push(await once("help"));
    }
    return { whoP50: percentile(timings.who, 50), helpP50: percentile(timings.help, 50), whoP99: percentile(timings.who, 99), helpP99: percentile(timings.help, 99) };
  } finally {
    await stop();
  }
}
