import { once } from "node:events";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChatInputCommandInteraction, Client, Interaction } from "discord.js";
import {
  rateLimitFault,
  serverErrorFault,
  startFakeDiscord,
  type FakeDiscord,
} from "../fake-discord/index.js";
import { loginTestClient } from "../fake-discord/loginTestClient.js";

function nextCommand(client: Client): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => {
    const onInteraction = (interaction: Interaction): void => {
      if (!interaction.isChatInputCommand()) return;
      client.off("interactionCreate", onInteraction);
      resolve(interaction);
    };
    client.on("interactionCreate", onInteraction);
  });
}

describe("fake Discord fault hooks", () => {
  let fake: FakeDiscord;
  let client: Client<true>;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = await loginTestClient(fake);
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await client.destroy();
      await fake.close();
    };
  });

  it("resumes the session after the socket drops abruptly (1006)", async () => {
    const since = Date.now();
    const resumed = once(client, "shardResume");
    fake.gateway?.dropConnection();
    await fake.waitForGateway("resume", since);
    // Wait for the client too: it handles RESUMED asynchronously.
    await resumed;
    expect(fake.gateway?.stats.identifies).toBe(1);
    const received = nextCommand(client);
    fake.injectChatInput({ name: "help" });
    expect((await received).commandName).toBe("help");
  });

  it("resumes after op 7 RECONNECT", async () => {
    const since = Date.now();
    const resumes = fake.gateway?.stats.resumes ?? 0;
    const resumed = once(client, "shardResume");
    fake.gateway?.requestReconnect();
    await fake.waitForGateway("resume", since);
    await resumed;
    expect(fake.gateway?.stats.resumes).toBe(resumes + 1);
  });

  it("identifies again after op 9 INVALID SESSION", async () => {
    const since = Date.now();
    const ready = once(client, "shardReady");
    fake.gateway?.invalidateSession();
    await fake.waitForGateway("identify", since, 10_000);
    await ready;
    expect(fake.gateway?.stats.identifies).toBe(2);
  });

  it("retries a 429 after retry-after and then succeeds", async () => {
    const received = nextCommand(client);
    const injected = fake.injectChatInput({ name: "help" });
    const interaction = await received;
    await interaction.deferReply();
    fake.failNext(rateLimitFault("PATCH", "PATCH /webhooks/:appId/:token/messages/:mid", 0.05));
    await interaction.editReply({ content: "after a rate limit" });
    const patches = fake.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes(injected.token),
    );
    expect(patches.map((r) => r.status)).toEqual([429, 200]);
    expect((await fake.waitForReply(injected.id)).message.content).toBe("after a rate limit");
  });

  it("surfaces a persistent 500 after discord.js's retries", async () => {
    fake.failNext(serverErrorFault("GET", "GET /channels/:id", 4));
    await expect(client.rest.get(`/channels/${fake.channelId}`)).rejects.toMatchObject({
      status: 500,
    });
  });
});
