import { beforeAll, describe, expect, it } from "vitest";
import { PermissionFlagsBits } from "discord-api-types/v10";
import {
  BOT_PERMISSIONS,
  isNoPing,
  MEMBER_PERMISSIONS,
  missingPermissionsFault,
  MODERATOR_PERMISSIONS,
} from "../fake-discord/index.js";
import type { StoredMessage } from "../fake-discord/index.js";
import { buttonsOf, runCommand, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

describe("publish and pin a summary, end to end", () => {
  let env: BotOnFake;
  /** A channel per scenario so pins and permissions do not mix. */
  let main: string;
  let other: string;

  beforeAll(async () => {
    env = await startBotOnFake({
      fake: { channels: ["general", "answers", "restricted", "full"] },
    });
    [main, other] = env.fake.channelIds as [string, string];
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  async function preview(topic: string, channelId: string): Promise<StoredMessage> {
    return runCommand(env.fake, {
      name: "summary",
      options: { topic },
      permissions: MODERATOR_PERMISSIONS,
      user: env.fake.users.moderator,
      channelId,
    });
  }

  async function pressPublish(
    previewMessage: StoredMessage,
    permissions = MODERATOR_PERMISSIONS,
  ): Promise<StoredMessage> {
    const publish = buttonsOf(previewMessage).get("Publish & pin");
    expect(publish).toBeDefined();
    const { id } = env.fake.injectButton({
      customId: publish?.customId ?? "",
      messageId: previewMessage.message.id,
      user: env.fake.users.moderator,
      permissions,
    });
    return env.fake.waitForReply(id);
  }

  it("posts the summary publicly, pins it, and tells only the moderator", async () => {
    const shown = await preview("ceasefire", main);
    expect(shown.ephemeral).toBe(true);
    const answer = await pressPublish(shown);
    expect(answer.ephemeral).toBe(true);
    expect(answer.message.content).toMatch(/^Published and pinned/);

    const pins = env.fake.pins(main);
    expect(pins).toHaveLength(1);
    const pinned = pins[0];
    expect(pinned?.author.id).toBe(env.fake.botUser.id);
    expect(env.fake.messages(main).map((m) => m.id)).toContain(pinned?.id);
    const footer = pinned?.embeds[0]?.footer?.text ?? "";
    expect(footer).toContain(`corpus ${env.engine.version}`);
    expect(footer).toMatch(/\nverbatim:summary:v1:[0-9a-f]{16}\?topic=ceasefire$/);
    expect(pinned?.embeds[0]?.description).toContain("¶");
    // The published message has no Publish button any more.
    expect(pinned?.components ?? []).toEqual([]);
  });

  it("edits the pinned summary when the same topic is published again in the same channel", async () => {
    const [earlier] = env.fake.pins(main);
    const posts = env.fake.requests.filter((r) => r.route === "POST /channels/:id/messages").length;
    const answer = await pressPublish(await preview("Ceasefire", main));
    expect(answer.message.content).toMatch(/^Updated the summary already pinned/);
    const pins = env.fake.pins(main);
    expect(pins.map((m) => m.id)).toEqual([earlier?.id]);
    expect(pins[0]?.edited_timestamp).not.toBeNull();
    expect(env.fake.requests.filter((r) => r.route === "POST /channels/:id/messages").length).toBe(
      posts,
    );
    expect(
      env.fake.requests.some(
        (r) =>
          r.route === "PATCH /channels/:id/messages/:mid" && r.path.endsWith(earlier?.id ?? "-"),
      ),
    ).toBe(true);
  });

  it("pins another topic as a second summary and the whole corpus as a third", async () => {
    await pressPublish(await preview("Crimea", main));
    await pressPublish(await preview("", main));
    // The ceasefire pin was last published as "Ceasefire": topics match without case.
    const scopes = env.fake
      .pins(main)
      .map((m) => /\?topic=(.*)$/.exec(m.embeds[0]?.footer?.text ?? "")?.[1]);
    expect(scopes).toEqual(["", "Crimea", "Ceasefire"]);
  });

  it("refuses Publish & pin privately to a member without Pin Messages and changes nothing", async () => {
    const shown = await preview("Jeddah", other);
    const before = env.fake.messages(other).length;
    const answer = await pressPublish(
      shown,
      MEMBER_PERMISSIONS | PermissionFlagsBits.ManageChannels,
    );
    expect(answer.ephemeral).toBe(true);
    expect(answer.message.content).toMatch(/Only members with the Pin Messages permission/);
    expect(env.fake.messages(other)).toHaveLength(before);
    expect(env.fake.pins(other)).toEqual([]);
  });

  it("names the missing bot permission: Send Messages, then Pin Messages", async () => {
    const restricted = env.fake.channelIds[2] ?? "";
    const shown = await preview("Riyadh", restricted);
    env.fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.SendMessages, restricted);
    const noSend = await pressPublish(shown);
    expect(noSend.message.content).toMatch(/missing the Send Messages permission/);

    env.fake.setBotPermissions(BOT_PERMISSIONS & ~PermissionFlagsBits.PinMessages, restricted);
    const noPin = await pressPublish(shown);
    expect(noPin.message.content).toMatch(/missing the Pin Messages permission/);
    expect(noPin.message.content).not.toMatch(/Send Messages/);
    expect(env.fake.messages(restricted)).toEqual([]);
    expect(env.fake.pins(restricted)).toEqual([]);
  });

  it("explains a full pin list (30003) clearly and leaves no unpinned copy behind", async () => {
    const full = env.fake.channelIds[3] ?? "";
    env.fake.setMaxPins(0, full);
    const answer = await pressPublish(await preview("Kellogg", full));
    expect(answer.ephemeral).toBe(true);
    expect(answer.message.content).toMatch(/limit of 250 pinned messages/);
    expect(answer.message.content).toMatch(/Unpin an old message/);
    expect(
      env.fake.requests.some(
        (r) => r.status === 400 && (r.response as { code?: number }).code === 30003,
      ),
    ).toBe(true);
    expect(env.fake.messages(full)).toEqual([]);
    expect(env.fake.pins(full)).toEqual([]);
  });

  it("explains a permission removed between check and pin (403 from Discord) and cleans up", async () => {
    const full = env.fake.channelIds[3] ?? "";
    env.fake.setMaxPins(250, full);
    env.fake.failNext(missingPermissionsFault("PUT", "PUT /channels/:id/messages/pins/:mid"));
    const answer = await pressPublish(await preview("Witkoff", full));
    expect(answer.message.content).toMatch(/refused to let me pin/);
    expect(env.fake.messages(full)).toEqual([]);
  });

  it("never pinged anyone and made no request the fake does not know", () => {
    const bodies = env.fake.messageBodies();
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.filter((b) => !isNoPing(b.body.allowed_mentions))).toEqual([]);
    expect(env.fake.unexpectedRequests()).toEqual([]);
    expect(env.logs.filter((l) => l.includes("interaction failed"))).toEqual([]);
  });
});
