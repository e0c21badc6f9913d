import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits as P,
} from "discord-api-types/v10";
import {
  ALL_PERMISSIONS,
  BOT_PERMISSIONS,
  isNoPing,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
} from "../fake-discord/index.js";
import type { StoredMessage } from "../fake-discord/index.js";
import {
  buttonsOf,
  messageText,
  runCommand,
  startBotOnFake,
  type BotOnFake,
} from "./startBotOnFake.js";

const TALKS = `Talks in Riyadh

Sergei Lavrov, the Russian foreign minister, arrived in Riyadh on Tuesday for talks with American officials.

The delegations met for four hours at the Diriyah Palace.

Lavrov, the Russian foreign minister, told reporters the meeting had been useful.

Marco Rubio said the two sides would meet again within weeks.
`;
const TALKS_SIDECAR = {
  title: "Talks in Riyadh",
  outlet: "BBC News",
  url: "https://www.bbc.co.uk/news/articles/talks-riyadh",
  date: "2025-02-18",
};
const GRAIN = `Grain deal extended

The grain corridor through the Black Sea was extended for another sixty days on Monday.

Officials in Ankara said ships would keep sailing from Odesa.
`;

/** Two servers: A is the operator's (general, answers, restricted), B another community (lounge, news, archive, staff). */
describe("on a real Discord server: permissions, contexts, per-server scope, durable pins, linked citations", () => {
  let env: BotOnFake;
  let dir: string;
  let guildA: string;
  let guildB: string;
  let general: string;
  let answers: string;
  let restricted: string;
  let lounge: string;
  let news: string;
  let archive: string;
  let staff: string;
  let thread: string;
  const moderator = () => ({ user: env.fake.users.moderator, permissions: MODERATOR_PERMISSIONS });
  const admin = () => ({ user: env.fake.users.moderator, permissions: ALL_PERMISSIONS });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "verbatim-server-e2e-"));
    writeFileSync(join(dir, "talks.txt"), TALKS);
    writeFileSync(join(dir, "talks.json"), JSON.stringify(TALKS_SIDECAR));
    writeFileSync(join(dir, "grain.txt"), GRAIN);
    // Registered globally as in production; only server A is the operator's.
    env = await startBotOnFake({
      seedsDir: dir,
      deployGlobally: true,
      operatorGuildIds: (fake) => [fake.guildId],
      fake: {
        channels: ["general", "answers", "restricted"],
        extraGuilds: [
          { name: "Another community", channels: ["lounge", "news", "archive", "staff"] },
        ],
      },
    });
    [guildA, guildB] = env.fake.guildIds as [string, string];
    [general, answers, restricted] = env.fake.channelIdsOf(guildA) as [string, string, string];
    [lounge, news, archive, staff] = env.fake.channelIdsOf(guildB) as [
      string,
      string,
      string,
      string,
    ];
    thread = env.fake.createThread(news, "ceasefire watch");
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  async function preview(topic: string, channelId: string): Promise<StoredMessage> {
    return runCommand(env.fake, { name: "summary", options: { topic }, ...moderator(), channelId });
  }

  async function publish(topic: string, channelId: string): Promise<StoredMessage> {
    const shown = await preview(topic, channelId);
    const button = buttonsOf(shown).get("Publish & pin");
    expect(button, `a Publish & pin button for ${topic}`).toBeDefined();
    const { id } = env.fake.injectButton({
      customId: button!.customId,
      messageId: shown.message.id,
      ...moderator(),
    });
    return env.fake.waitForReply(id);
  }

  it("registers every command for servers only, with no dm_permission", () => {
    const registered = env.fake.registeredCommands();
    expect(registered.length).toBeGreaterThan(10);
    for (const command of registered) {
      expect(command.contexts, String(command.name)).toEqual([InteractionContextType.Guild]);
      expect(command.integration_types, String(command.name)).toEqual([
        ApplicationIntegrationType.GuildInstall,
      ]);
      expect(command).not.toHaveProperty("dm_permission");
    }
    expect(registered.map((c) => c.name)).toContain("stale-summaries");
  });

  it("links citations to the article's url with its outlet, and groups the paragraphs of one article", async () => {
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    const source = reply.message.embeds[0]?.fields?.find((f) => f.name === "Source")?.value ?? "";
    expect(source).toBe(`[Talks in Riyadh](${TALKS_SIDECAR.url} "BBC News") ¶1, ¶3`);
  });

  it("links /source's title to the article and shows the neighbouring paragraphs on Show context, privately", async () => {
    const reply = await runCommand(env.fake, {
      name: "source",
      options: { article: "talks", paragraph: 2 },
    });
    expect(reply.message.embeds[0]?.url).toBe(TALKS_SIDECAR.url);
    const button = buttonsOf(reply).get("Show context");
    expect(button).toBeDefined();
    const shown = await env.fake.waitForReply(
      env.fake.injectButton({ customId: button!.customId, messageId: reply.message.id }).id,
    );
    expect(shown.ephemeral).toBe(true);
    const fields = shown.message.embeds[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      "Talks in Riyadh ¶1",
      "▶ Talks in Riyadh ¶2",
      "Talks in Riyadh ¶3",
    ]);
    expect(fields[0]?.value).toContain("arrived in Riyadh on Tuesday");
    expect(fields[2]?.value).toContain("told reporters the meeting had been useful");
  });

  it("publishes in each server's channel and in a thread, with linked citations in the pinned summary", async () => {
    for (const [topic, channelId] of [
      ["Lavrov", general],
      ["Lavrov", lounge],
      ["Lavrov", thread],
    ] as const) {
      const answer = await publish(topic, channelId);
      expect(answer.message.content, channelId).toMatch(/^Published and pinned/);
      expect(env.fake.pins(channelId)).toHaveLength(1);
    }
    const pinned = env.fake.pins(thread)[0]!;
    expect(pinned.embeds[0]?.description).toContain(
      `[Talks in Riyadh](${TALKS_SIDECAR.url} "BBC News") ¶1`,
    );
    expect(pinned.embeds[0]?.footer?.text).toMatch(
      /\nverbatim:summary:v1:[0-9a-f]{16}\?topic=Lavrov$/,
    );
  });

  it("still finds its earlier pin after the footer's visible wording changed, and edits it instead of adding one", async () => {
    const earlier = env.fake.pins(general)[0]!;
    const footer = earlier.embeds[0]!.footer!;
    // As a later version of the bot might word it; the marker line stays.
    footer.text = footer.text.replace(
      /^Summary · quoted from the sources/,
      "Published summary — every line quoted verbatim",
    );
    const answer = await publish("lavrov", general);
    expect(answer.message.content).toMatch(/^Updated the summary already pinned/);
    expect(env.fake.pins(general).map((m) => m.id)).toEqual([earlier.id]);
  });

  it("updates a pin posted before the marker existed (old footer), and writes the marker into it", async () => {
    const legacy = env.fake.pinUserMessage("", { user: env.fake.botUser, channelId: answers });
    legacy.embeds = [
      {
        title: "Summary: Lavrov",
        description: "• Lavrov arrived. — *Talks in Riyadh ¶1*",
        footer: { text: "Summary · quoted from the sources · corpus 0ld\nTopic: Lavrov" },
      },
    ];
    const answer = await publish("Lavrov", answers);
    expect(answer.message.content).toMatch(/^Updated the summary already pinned/);
    expect(env.fake.pins(answers).map((m) => m.id)).toEqual([legacy.id]);
    expect(env.fake.pins(answers)[0]?.embeds[0]?.footer?.text).toMatch(/verbatim:summary:v1:/);
  });

  it("names every permission the bot lacks before publishing, and posts nothing", async () => {
    env.fake.setBotPermissions(BOT_PERMISSIONS & ~P.EmbedLinks & ~P.ReadMessageHistory, restricted);
    const answer = await publish("Rubio", restricted);
    expect(answer.ephemeral).toBe(true);
    expect(answer.message.content).toMatch(
      /missing the Embed Links and Read Message History permissions in this channel/,
    );
    expect(env.fake.messages(restricted)).toEqual([]);
  });

  it("names Send Messages in Threads in a thread whose parent denies it", async () => {
    env.fake.setBotPermissions(BOT_PERMISSIONS & ~P.SendMessagesInThreads, news);
    const answer = await publish("grain", thread);
    expect(answer.message.content).toMatch(
      /missing the Send Messages in Threads permission in this thread/,
    );
    expect(env.fake.pins(thread)).toHaveLength(1);
    env.fake.setBotPermissions(BOT_PERMISSIONS, news);
  });

  it("gets an empty pin list, not an error, without Read Message History, and says so instead of posting a duplicate", async () => {
    env.fake.setBotPermissions(BOT_PERMISSIONS & ~P.ReadMessageHistory, answers);
    const channel = await env.bot.client.channels.fetch(answers);
    const pins = channel && "messages" in channel ? await channel.messages.fetchPins() : undefined;
    expect(pins?.items).toEqual([]);
    expect(env.fake.pins(answers)).toHaveLength(1);
    const before = env.fake.messages(answers).length;
    const answer = await publish("Lavrov", answers);
    expect(answer.message.content).toMatch(
      /missing the Read Message History permission[\s\S]*shows me no pins[\s\S]*duplicate/,
    );
    expect(env.fake.messages(answers)).toHaveLength(before);
    env.fake.setBotPermissions(BOT_PERMISSIONS, answers);
  });

  it("refuses /reload outside the operator's server, privately, even to an administrator", async () => {
    const reply = await runCommand(env.fake, { name: "reload", ...admin(), channelId: lounge });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/belongs to the bot's operator/);
    expect(reply.message.content).toMatch(/\/stale-summaries/);
  });

  it("refuses /reload in the operator's server to a member without Manage Server", async () => {
    const reply = await runCommand(env.fake, {
      name: "reload",
      ...moderator(),
      channelId: general,
    });
    expect(reply.message.content).toMatch(/Manage Server/);
  });

  it("reports after /reload only the stale pins of the server that asked", async () => {
    // Older pins than a page: the bot's summary in the lounge ends up on the second page of 50.
    for (let i = 0; i < 55; i++) env.fake.pinUserMessage(`house rule ${i}`, { channelId: lounge });
    writeFileSync(
      join(dir, "talks.txt"),
      readFileSync(join(dir, "talks.txt"), "utf8").replace("on Tuesday", "on Wednesday"),
    );
    const reply = await runCommand(env.fake, { name: "reload", ...admin(), channelId: general });
    const report = messageText(reply);
    expect(report).toMatch(/Reloaded: corpus \w+ → \w+/);
    expect(report).toMatch(/Pinned summaries checked: 2; 2 cited sentences are no longer/);
    expect(report).toContain(`/channels/${guildA}/${general}/`);
    expect(report).toContain(`/channels/${guildA}/${answers}/`);
    expect(report).toMatch(/\/channels\/\d+\/\d+\/\d+ \(topic: Lavrov\) — “Sergei Lavrov/);
    expect(report).not.toContain(guildB);
    for (const id of [lounge, news, archive, staff, thread]) expect(report).not.toContain(id);
  });

  it("lists a server's own stale summaries with /stale-summaries: channels, threads, every page of pins, and what it could not read", async () => {
    env.fake.setBotPermissions(BOT_PERMISSIONS & ~P.ReadMessageHistory, archive);
    env.fake.setBotPermissions(0n, staff);
    const since = Date.now();
    const reply = await runCommand(env.fake, {
      name: "stale-summaries",
      ...moderator(),
      channelId: news,
    });
    expect(reply.ephemeral).toBe(true);
    const report = messageText(reply);
    expect(report).toMatch(/Pinned summaries checked: 2; 2 cited sentences are no longer/);
    const loungePin = env.fake.pins(lounge).find((m) => m.author.id === env.fake.botUser.id)!;
    expect(report).toContain(`/channels/${guildB}/${lounge}/${loungePin.id}`);
    expect(report).toContain(`/channels/${guildB}/${thread}/${env.fake.pins(thread)[0]!.id}`);
    expect(report).toMatch(
      new RegExp(
        `Not checked \\(2\\):\\n• <#${archive}>: I have no Read Message History permission there[^\\n]*\\n• 1 channel I cannot see \\(no View Channel\\) was not checked`,
      ),
    );
    expect(
      env.fake.requests.some((r) => r.at >= since && r.path.startsWith(`/channels/${staff}`)),
    ).toBe(false);
    expect(report).not.toContain(guildA);
    const loungeReads = env.fake.requests.filter(
      (r) => r.at >= since && r.path === `/channels/${lounge}/messages/pins`,
    );
    expect(loungeReads.length).toBe(2);
    expect(
      env.fake.requests.some(
        (r) => r.at >= since && r.route === "GET /guilds/:guildId/threads/active",
      ),
    ).toBe(true);
    env.fake.setBotPermissions(BOT_PERMISSIONS, archive);
    env.fake.setBotPermissions(BOT_PERMISSIONS, staff);
  });

  it("keeps /stale-summaries for members with Pin Messages", async () => {
    const reply = await runCommand(env.fake, {
      name: "stale-summaries",
      permissions: MEMBER_PERMISSIONS,
      channelId: lounge,
    });
    expect(reply.message.content).toMatch(/Only members with the Pin Messages permission/);
  });

  it("pinged no one, made no request the fake does not know, and logged no failed interaction", () => {
    expect(env.fake.messageBodies().filter((b) => !isNoPing(b.body.allowed_mentions))).toEqual([]);
    expect(env.fake.unexpectedRequests()).toEqual([]);
    expect(env.logs.filter((l) => l.includes("interaction failed"))).toEqual([]);
  });
});

describe("per-command cooldowns, and /reload with no operator server configured", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    // COOLDOWN_SECONDS 3 (the default), commands registered globally, neither OPERATOR_GUILD_IDS nor DISCORD_GUILD_ID.
    env = await startBotOnFake({ cooldownSeconds: 3, deployGlobally: true });
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  /** The retry time a cooldown note gives, in seconds from now. */
  const waitOf = (reply: StoredMessage) => {
    const match = /Slow down[\s\S]*<t:(\d+):R>/.exec(reply.message.content);
    return match ? Number(match[1]) - Date.now() / 1000 : undefined;
  };

  it("answers /help twice in a row with no cooldown note", async () => {
    const user = env.fake.createUser("helpless");
    for (let i = 0; i < 2; i++) {
      const reply = await runCommand(env.fake, { name: "help", user });
      expect(reply.message.content).not.toMatch(/Slow down/);
      expect(messageText(reply)).toMatch(/quoted word for word/);
    }
  });

  it("holds a question for COOLDOWN_SECONDS, /summary for 30 s and Find source for 10 s", async () => {
    const user = env.fake.createUser("eager");
    const twice = async (run: () => Promise<StoredMessage>) => {
      expect(waitOf(await run())).toBeUndefined();
      return waitOf(await run());
    };
    const who = await twice(() =>
      runCommand(env.fake, { name: "who", options: { query: "Lavrov" }, user }),
    );
    expect(who).toBeGreaterThan(1);
    expect(who).toBeLessThanOrEqual(4);
    const summary = await twice(() =>
      runCommand(env.fake, {
        name: "summary",
        options: { topic: "ceasefire" },
        user,
        permissions: MODERATOR_PERMISSIONS,
      }),
    );
    expect(summary).toBeGreaterThan(27);
    expect(summary).toBeLessThanOrEqual(31);
    const target = env.fake.postUserMessage("Lavrov and Rubio met in Riyadh");
    const find = await twice(async () =>
      env.fake.waitForReply(
        env.fake.injectMessageContextMenu({ name: "Find source", targetMessageId: target.id, user })
          .id,
      ),
    );
    expect(find).toBeGreaterThan(7);
    expect(find).toBeLessThanOrEqual(11);
  });

  it("refuses /reload in every server when no operator server is configured, and says SIGHUP still reloads", async () => {
    const reply = await runCommand(env.fake, {
      name: "reload",
      user: env.fake.users.moderator,
      permissions: ALL_PERMISSIONS,
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(
      /turned off: no operator server is configured \(OPERATOR_GUILD_IDS\)[\s\S]*SIGHUP/,
    );
  });
});
