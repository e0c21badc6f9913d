import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { createLogger } from "../../src/logger.js";
import {
  ALL_PERMISSIONS,
  BOT_PERMISSIONS,
  missingPermissionsFault,
  rateLimitFault,
  startFakeDiscord,
  type FakeDiscord,
} from "../fake-discord/index.js";
import type { RunningBot } from "../../src/discord/startBot.js";
import type { RunningHttpBot } from "../../src/discord/startHttpBot.js";
import { startBothTransports, type BothTransports } from "./startBothTransports.js";
import { buttonsOf, messageText, runCommand } from "./startBotOnFake.js";

describe("stale pinned summaries in HTTP interactions mode, against the local fake Discord", () => {
  let fake: FakeDiscord;
  let dir: string;
  let engine: Engine;
  let httpBot: RunningHttpBot;
  let gatewayBot: RunningBot;
  let both: BothTransports;
  let url: string;
  let general: string, noHistory: string, hidden: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "verbatim-http-stale-"));
    cpSync("seeds", dir, { recursive: true });
    fake = await startFakeDiscord({ channels: ["general", "no-history", "hidden"] });
    [general, noHistory, hidden] = fake.channelIds as [string, string, string];
    const logger = createLogger("debug", () => undefined);
    both = await startBothTransports(fake, { seedsDir: dir, instance: "stale-1", logger });
    ({ engine, httpBot, gatewayBot, url } = both);
  });

  afterAll(async () => {
    await both.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const admin = () => ({ user: fake.users.moderator, permissions: ALL_PERMISSIONS });

  it("publishes a summary over HTTP, then reports it stale once its cited sentence is gone, with a link", async () => {
    const preview = await runCommand(fake, {
      name: "summary",
      options: { topic: "ceasefire" },
      channelId: general,
      ...admin(),
    });
    const publish = buttonsOf(preview).get("Publish & pin");
    await fake.waitForReply(
      fake.injectButton({
        customId: publish?.customId ?? "",
        messageId: preview.message.id,
        ...admin(),
      }).id,
    );
    expect(fake.pins(general)).toHaveLength(1);
    // The bot may see but not read the history of one channel, and not see another at all.
    fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.ReadMessageHistory, noHistory);
    fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.ViewChannel, hidden);

    const fresh = await runCommand(fake, { name: "stale-summaries", ...admin() });
    expect(messageText(fresh)).toMatch(/Pinned summaries checked: 1/);
    expect(messageText(fresh)).not.toMatch(/not available/);

    const cited = engine.summarize("ceasefire").bullets[0]!;
    const file = readdirSync(dir).find((f) => f.startsWith(cited.citations[0]!.article))!;
    const text = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), text.replace(cited.text, "This sentence was rewritten."));

    const reload = await runCommand(fake, { name: "reload", ...admin() });
    expect(messageText(reload)).toMatch(
      /Pinned summaries checked: 1; 1 cited sentence is no longer in the sources word for word/,
    );
    const reply = await runCommand(fake, { name: "stale-summaries", ...admin() });
    expect(reply.ephemeral).toBe(true);
    const report = messageText(reply);
    expect(report).toMatch(/1 cited sentence is no longer in the sources word for word/);
    const pinned = fake.pins(general)[0]!;
    expect(report).toContain(
      `https://discord.com/channels/${fake.guildId}/${general}/${pinned.id}`,
    );
    expect(report).toContain(cited.text.slice(0, 40));
    // The unreadable channel is named; the hidden one is counted, and its pins never asked for.
    expect(report).toContain(`<#${noHistory}>`);
    expect(report).toMatch(/Read Message History/);
    expect(report).toMatch(/1 channel I cannot see \(no View Channel\) was not checked/);
    expect(report).not.toContain(`<#${hidden}>`);
    expect(fake.requests.some((r) => r.path === `/channels/${hidden}/messages/pins`)).toBe(false);
    expect(fake.requests.some((r) => r.path === `/channels/${noHistory}/messages/pins`)).toBe(
      false,
    );
    expect(fake.unexpectedRequests()).toEqual([]);
  });

  it("gives the same report over HTTP as over the gateway for the same server state", async () => {
    // /reload above reached the HTTP bot only; the gateway bot reads the edited sources too.
    expect((await gatewayBot.reload()).ok).toBe(true);
    fake.interactionsUrl = undefined;
    const viaGateway = await runCommand(fake, { name: "stale-summaries", ...admin() });
    fake.interactionsUrl = url;
    const viaHttp = await runCommand(fake, { name: "stale-summaries", ...admin() });
    expect(messageText(viaGateway)).toMatch(
      /1 cited sentence is no longer[\s\S]*Not checked \(2\)/,
    );
    expect(messageText(viaHttp)).toEqual(messageText(viaGateway));
    expect(viaHttp.message.embeds).toEqual(viaGateway.message.embeds);
  });

  it("reports the same pins after a SIGHUP-style reload on both transports, for every server", async () => {
    const overGateway = await gatewayBot.reload();
    const overHttp = await httpBot.reload();
    expect(overHttp.ok && overGateway.ok).toBe(true);
    if (!overHttp.ok || !overGateway.ok) return;
    expect(overHttp.pins).toEqual(overGateway.pins);
    expect(overHttp.pins).toMatchObject({ checkedSummaries: 1, checkedChannels: 1 });
    expect(overHttp.pins?.stale).toHaveLength(1);
  });

  it("waits out a rate limit on the channel list, and says so when the list cannot be read", async () => {
    fake.failNext(rateLimitFault("GET", "GET /guilds/:guildId/channels", 0.2));
    const limited = await runCommand(fake, { name: "stale-summaries", ...admin() });
    expect(messageText(limited)).toMatch(/Pinned summaries checked: 1/);
    expect(fake.requests.filter((r) => r.faulted && r.status === 429)).toHaveLength(1);
    fake.failNext(missingPermissionsFault("GET", "GET /guilds/:guildId/channels"));
    const failed = await runCommand(fake, { name: "stale-summaries", ...admin() });
    expect(messageText(failed)).toMatch(
      /this server's channels could not be listed: Missing Permissions/,
    );
  });
});
