import { afterEach, describe, expect, it } from "vitest";
import { rateLimitFault } from "../fake-discord/index.js";
import { messageText, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

describe("stopping the bot with interactions in flight", () => {
  let env: BotOnFake | undefined;

  afterEach(async () => {
    await env?.fake.close();
    env = undefined;
  });

  it("waits for an interaction in flight, and tells a member who asks meanwhile that it is restarting", async () => {
    env = await startBotOnFake();
    const { fake, bot, logs } = env;
    // Discord holds the first reply back for 1 s, so that interaction is still in flight when stop begins.
    fake.failNext(rateLimitFault("POST", "POST /interactions/:id/:token/callback", 1));
    const first = fake.injectChatInput({
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    await fake.waitForRequest((r) => r.status === 429, "the held-back reply");
    const stopped = bot.stop({ graceMs: 4000 });
    const late = fake.injectChatInput({
      name: "who",
      options: { query: "Kremlin spokesperson" },
      user: fake.users.other,
    });
    await stopped;
    expect(messageText(await fake.waitForReply(first.id))).toMatch(/Lavrov/);
    const notice = await fake.waitForReply(late.id);
    expect(notice.ephemeral).toBe(true);
    expect(messageText(notice)).toBe("Verbatim is restarting. Please try again in a moment.");
    expect(logs.join("\n")).toMatch(
      /INFO interactions drained inFlight=1 finished=1 cutOff=0 turnedAway=1/,
    );
  });

  it("gives up on an interaction still running at the end of the grace period, and says so", async () => {
    env = await startBotOnFake();
    const { fake, bot, logs } = env;
    fake.failNext(rateLimitFault("POST", "POST /interactions/:id/:token/callback", 3));
    fake.injectChatInput({ name: "who", options: { query: "Russian foreign minister" } });
    await fake.waitForRequest((r) => r.status === 429, "the held-back reply");
    const started = performance.now();
    await bot.stop({ graceMs: 300 });
    const took = performance.now() - started;
    expect(took).toBeLessThan(2500);
    expect(logs.join("\n")).toMatch(
      /INFO interactions drained inFlight=1 finished=0 cutOff=1 turnedAway=0/,
    );
  });
});
