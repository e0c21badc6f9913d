import { once } from "node:events";
import { beforeAll, describe, expect, it } from "vitest";
import { startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

describe("the bot after gateway faults", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake();
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  async function expectAnswers() {
    const { id } = env.fake.injectChatInput({
      name: "who",
      options: { query: "Kremlin spokesperson" },
    });
    const reply = await env.fake.waitForReply(id, 10_000);
    expect(JSON.stringify(reply.message.embeds)).toMatch(/Peskov/);
  }

  it.each([
    ["op 7 RECONNECT", () => env.fake.gateway?.requestReconnect()],
    ["an abrupt close (1006)", () => env.fake.gateway?.dropConnection()],
  ])("answers the next interaction after %s", async (_fault, inject) => {
    const since = Date.now();
    const resumed = once(env.bot.client, "shardResume");
    inject();
    await env.fake.waitForGateway("resume", since);
    await resumed;
    await expectAnswers();
  });

  it("answers the next interaction after op 9 INVALID SESSION", async () => {
    const since = Date.now();
    const ready = once(env.bot.client, "shardReady");
    env.fake.gateway?.invalidateSession();
    await env.fake.waitForGateway("identify", since, 10_000);
    await ready;
    await expectAnswers();
  });
});

describe("the bot on a zombie gateway connection", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    // A short heartbeat interval, so a missed acknowledgement shows within a second.
    env = await startBotOnFake({ fake: { heartbeatIntervalMs: 250 } });
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  it("reconnects when heartbeats stop being acknowledged, and answers the next interaction", async () => {
    const since = Date.now();
    const resumed = once(env.bot.client, "shardResume");
    env.fake.gateway?.setHeartbeatAck(false);
    await env.fake.waitForGateway("close", since, 10_000);
    env.fake.gateway?.setHeartbeatAck(true);
    await env.fake.waitForGateway("resume", since, 10_000);
    await resumed;
    const { id } = env.fake.injectChatInput({
      name: "who",
      options: { query: "Kremlin spokesperson" },
    });
    const reply = await env.fake.waitForReply(id, 10_000);
    expect(JSON.stringify(reply.message.embeds)).toMatch(/Peskov/);
  });
});
