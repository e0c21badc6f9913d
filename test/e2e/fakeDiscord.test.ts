import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  EmbedBuilder,
  MessageFlags,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
} from "discord.js";
import { PermissionFlagsBits } from "discord-api-types/v10";
import {
  BOT_PERMISSIONS,
  isNoPing,
  startFakeDiscord,
  type FakeDiscord,
} from "../fake-discord/index.js";
import { loginTestClient } from "../fake-discord/loginTestClient.js";

/** Resolves with the next chat-input interaction the client receives. */
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

describe("fake Discord with a real discord.js client", () => {
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

  it("logs the client in with the guild, its channels and the bot's role cached", () => {
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.has(fake.channelId)).toBe(true);
    expect(guild?.roles.everyone.id).toBe(fake.guildId);
    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.application.id).toBe(fake.applicationId);
  });

  it("delivers a chat-input command and records the embed reply", async () => {
    const received = nextCommand(client);
    const injected = fake.injectChatInput({
      name: "who",
      options: { query: "foreign minister", ephemeral: true, limit: 3 },
    });
    const interaction = await received;
    expect(interaction.commandName).toBe("who");
    expect(interaction.options.getString("query")).toBe("foreign minister");
    expect(interaction.options.getBoolean("ephemeral")).toBe(true);
    expect(interaction.options.getInteger("limit")).toBe(3);
    await interaction.reply({
      embeds: [new EmbedBuilder().setTitle("Sergey Lavrov").setDescription("article 002 ¶3")],
    });

    const callback = await fake.waitForCallback(injected.id);
    expect(callback.type).toBe(4);
    const reply = await fake.waitForReply(injected.id);
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.embeds[0]?.title).toBe("Sergey Lavrov");
    expect(fake.messages().map((m) => m.id)).toContain(reply.message.id);
    expect(isNoPing(fake.messageBodies().at(-1)?.body.allowed_mentions)).toBe(true);
  });

  it("defers, then edits the original with an ephemeral answer", async () => {
    const received = nextCommand(client);
    const injected = fake.injectChatInput({ name: "ask", options: { question: "when?" } });
    const interaction = await received;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply({ content: "The sources don't say." });
    const reply = await fake.waitForReply(injected.id);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toBe("The sources don't say.");
    expect(fake.messages().map((m) => m.id)).not.toContain(reply.message.id);
    const patch = fake.requests.find(
      (r) => r.method === "PATCH" && r.path.endsWith("/messages/@original"),
    );
    expect(patch?.status).toBe(200);
  });

  it("rejects a second acknowledgement with 40060", async () => {
    const received = nextCommand(client);
    fake.injectChatInput({ name: "help" });
    const interaction = await received;
    await interaction.reply({ content: "first" });
    // Bypass discord.js's own replied-guard to reach the API as a buggy handler could.
    interaction.replied = false;
    await expect(interaction.reply({ content: "second" })).rejects.toMatchObject({
      code: 40060,
      status: 400,
    });
  });

  it("rejects an embed description over 4096 characters with 50035", async () => {
    const received = nextCommand(client);
    const injected = fake.injectChatInput({ name: "summary" });
    const interaction = await received;
    // A plain object: EmbedBuilder would refuse the length before the API could.
    await expect(
      interaction.reply({ embeds: [{ description: "x".repeat(4097) }] }),
    ).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(fake.interaction(injected.id).callbacks).toHaveLength(0);
  });

  it("answers a callback after the 3-second window with 10062 Unknown interaction", async () => {
    const short = await startFakeDiscord({ callbackDeadlineMs: 50 });
    const shortClient = await loginTestClient(short);
    try {
      const received = nextCommand(shortClient);
      short.injectChatInput({ name: "help" });
      const interaction = await received;
      await new Promise((resolve) => setTimeout(resolve, 120));
      await expect(interaction.reply({ content: "late" })).rejects.toMatchObject({
        code: 10062,
        status: 404,
      });
    } finally {
      await shortClient.destroy();
      await short.close();
    }
  });

  it("posts, pins and lists pins through both the current and the legacy pin routes", async () => {
    const channel = client.channels.cache.get(fake.channelId);
    if (!channel?.isSendable() || !channel.isTextBased() || channel.isDMBased())
      throw new Error("no text channel");
    const message = await channel.send({ content: "pin me" });
    await channel.messages.pin(message.id);
    const page = await channel.messages.fetchPins();
    expect(page.items.map((p) => p.message.id)).toEqual([message.id]);
    const legacy = (await client.rest.get(`/channels/${fake.channelId}/pins`)) as { id: string }[];
    expect(legacy.map((m) => m.id)).toEqual([message.id]);
    await client.rest.delete(`/channels/${fake.channelId}/pins/${message.id}`);
    expect(fake.pins()).toEqual([]);
    expect(
      fake.requests.some(
        (r) => r.route === "PUT /channels/:id/messages/pins/:mid" && r.status === 204,
      ),
    ).toBe(true);
  });

  it("refuses to pin past the limit (30003) and to post without Send Messages (50013) or View Channel (50001)", async () => {
    const [, second] = fake.channelIds;
    const channel = client.channels.cache.get(second ?? "");
    if (!channel?.isSendable() || !channel.isTextBased() || channel.isDMBased())
      throw new Error("no text channel");
    const message = await channel.send({ content: "one" });
    fake.setMaxPins(0, second);
    await expect(channel.messages.pin(message.id)).rejects.toMatchObject({ code: 30003 });
    fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.SendMessages, second);
    await expect(channel.send({ content: "two" })).rejects.toMatchObject({ code: 50013 });
    fake.setBotPermissions(0n, second);
    await expect(channel.send({ content: "three" })).rejects.toMatchObject({ code: 50001 });
  });

  it("made no request the fake does not know", () => {
    expect(fake.unexpectedRequests()).toEqual([]);
  });
});

describe("fake Discord with two guilds and a thread", () => {
  let fake: FakeDiscord;
  let client: Client<true>;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      channels: ["general"],
      extraGuilds: [{ name: "Second", channels: ["lounge", "news"] }],
    });
    client = await loginTestClient(fake);
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await client.destroy();
      await fake.close();
    };
  });

  it("logs the client in to both guilds, each with its own channels", () => {
    const [first, second] = fake.guildIds as [string, string];
    expect(client.guilds.cache.map((g) => g.id).sort()).toEqual([first, second].sort());
    expect(
      client.guilds.cache
        .get(second)
        ?.channels.cache.map((c) => c.name)
        .sort(),
    ).toEqual(["lounge", "news"]);
    expect(client.guilds.cache.get(first)?.channels.cache.map((c) => c.name)).toEqual(["general"]);
  });

  it("announces a thread, lists it as active until archived, and gives it its parent's permissions", async () => {
    const [, second] = fake.guildIds as [string, string];
    const [lounge] = fake.channelIdsOf(second) as [string];
    const thread = fake.createThread(lounge, "discussion");
    const old = fake.createThread(lounge, "old", { archived: true });
    await vi.waitFor(() => expect(client.channels.cache.get(thread)?.isThread()).toBe(true));
    const active = await client.guilds.cache.get(second)!.channels.fetchActiveThreads();
    expect([...active.threads.keys()]).toEqual([thread]);
    expect(active.threads.has(old)).toBe(false);
    fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.SendMessagesInThreads, lounge);
    expect(fake.botPermissionsIn(thread) & PermissionFlagsBits.SendMessagesInThreads).toBe(0n);
    const channel = client.channels.cache.get(thread);
    await expect(
      channel && "send" in channel
        ? channel.send({ content: "hello" })
        : Promise.reject(new Error("no thread")),
    ).rejects.toMatchObject({ code: 50013 });
    fake.setBotPermissions(BOT_PERMISSIONS, lounge);
  });

  it("lists pins 50 a page, and an empty list without an error when the bot lacks Read Message History", async () => {
    const [, second] = fake.guildIds as [string, string];
    const [, news] = fake.channelIdsOf(second) as [string, string];
    for (let i = 0; i < 60; i++) fake.pinUserMessage(`rule ${i}`, { channelId: news });
    const channel = client.channels.cache.get(news);
    if (!channel || !("messages" in channel)) throw new Error("no channel");
    const first = await channel.messages.fetchPins();
    expect(first.items).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const rest = await channel.messages.fetchPins({ before: first.items.at(-1)!.pinnedAt });
    expect(rest.items).toHaveLength(10);
    expect(rest.hasMore).toBe(false);
    fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.ReadMessageHistory, news);
    const none = await channel.messages.fetchPins();
    expect(none.items).toEqual([]);
    expect(none.hasMore).toBe(false);
  });
});
