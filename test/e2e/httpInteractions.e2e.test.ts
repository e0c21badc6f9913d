import { PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusTag, encodeStampedId } from "../../src/discord/customId.js";
import { SOURCES_CHANGED_NOTICE } from "../../src/discord/handlePageButton.js";
import type { Engine } from "../../src/engine/types.js";
import { createLogger } from "../../src/logger.js";
import {
  isNoPing,
  MODERATOR_PERMISSIONS,
  signInteraction,
  startFakeDiscord,
  type FakeDiscord,
  type HttpDelivery,
} from "../fake-discord/index.js";
import { spawnEntryPoint } from "./spawnEntryPoint.js";
import { startBothTransports, type BothTransports } from "./startBothTransports.js";
import { buttonsOf, messageText } from "./startBotOnFake.js";

/** The fields of a message body both transports must send alike. */
function shapeOf(data: unknown): Record<string, unknown> {
  const d = data as Record<string, unknown>;
  return {
    content: d.content,
    embeds: d.embeds,
    components: d.components,
    flags: d.flags,
    allowed_mentions: d.allowed_mentions,
  };
}

describe("HTTP interactions, in process, against the local fake Discord", () => {
  let fake: FakeDiscord;
  let engine: Engine;
  let both: BothTransports;
  let url: string;
  const logs: string[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: ["general", "answers", "third"] });
    const logger = createLogger("debug", (line) => logs.push(line));
    both = await startBothTransports(fake, { seedsDir: "seeds", instance: "test-1", logger });
    ({ engine, url } = both);
  });

  afterAll(async () => {
    await both.stop();
    await fake.close();
  });

  it("makes the lookups a first question would make before it says it is ready, while the endpoint still answers 503", () => {
    const prepared = logs.findIndex((line) => line.includes("test: lookups prepared"));
    const ready = logs.findIndex(
      (line) => line.includes("bot ready") && line.includes('mode="http interactions"'),
    );
    expect(prepared).toBeGreaterThanOrEqual(0);
    expect(ready).toBeGreaterThan(prepared);
  });

  async function post(
    body: string,
    headers: Record<string, string>,
    method = "POST",
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(method === "POST" ? { body } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  const signed = (body: string, at?: number) =>
    signInteraction(body, fake.interactionKeys.privateKey, at);

  it("answers a signed PING with a PONG", async () => {
    const body = JSON.stringify({
      id: "1",
      application_id: fake.applicationId,
      type: 1,
      token: "t",
      version: 1,
    });
    expect(await post(body, signed(body))).toEqual({ status: 200, body: { type: 1 } });
  });

  it("refuses a missing, wrong, tampered or stale signature with 401", async () => {
    const body = JSON.stringify({ type: 1 });
    expect((await post(body, {})).status).toBe(401);
    const good = signed(body);
    const wrongKey = signInteraction(
      body,
      (await import("../fake-discord/index.js")).generateInteractionKeys().privateKey,
    );
    expect((await post(body, wrongKey)).status).toBe(401);
    expect((await post(JSON.stringify({ type: 1, x: 1 }), good)).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    expect((await post(body, signed(body, now - 6 * 60))).status).toBe(401);
    expect((await post(body, signed(body, now + 6 * 60))).status).toBe(401);
    expect((await post(body, { ...good, "x-signature-ed25519": "zz" })).status).toBe(401);
  });

  it("answers 400 on signed malformed JSON, 413 over 1 MB and 405 on another method", async () => {
    const broken = "{not json";
    expect((await post(broken, signed(broken))).status).toBe(400);
    const big = JSON.stringify({ type: 1, pad: "x".repeat(1024 * 1024) });
    expect((await post(big, signed(big))).status).toBe(413);
    const got = await fetch(url);
    expect(got.status).toBe(405);
    expect(got.headers.get("allow")).toBe("POST");
  });

  it("answers signed but odd interactions with a clear response, never a 500, and keeps serving", async () => {
    const odd = [
      "null",
      "[]",
      "42",
      JSON.stringify({ type: 2 }),
      JSON.stringify({ type: 2, id: "5", token: "t", data: { name: "who", options: "x" } }),
      JSON.stringify({ type: 2, id: "6", token: "t", data: { name: "who", type: 1 } }),
      JSON.stringify({ type: 3, id: "7", token: "t", data: {} }),
      JSON.stringify({ type: 4, id: "8", token: "t", data: { name: "who" } }),
      JSON.stringify({ type: 99, id: "9", token: "t" }),
    ];
    for (const body of odd) {
      const { status } = await post(body, signed(body));
      expect(status, body).toBeGreaterThanOrEqual(200);
      expect(status, body).toBeLessThan(500);
    }
    const ping = JSON.stringify({
      id: "1",
      application_id: fake.applicationId,
      type: 1,
      token: "t",
      version: 1,
    });
    expect(await post(ping, signed(ping))).toEqual({ status: 200, body: { type: 1 } });
  });

  it("answers /who in the HTTP response body, shaped exactly as the gateway path's callback", async () => {
    const options = { query: "Russian foreign minister" };
    // Gateway first: the fake dispatches it to the discord.js client.
    fake.interactionsUrl = undefined;
    const viaGateway = fake.injectChatInput({ name: "who", options });
    await fake.waitForReply(viaGateway.id);
    fake.interactionsUrl = url;
    const viaHttp = fake.injectChatInput({ name: "who", options });
    const delivery = await fake.delivery(viaHttp.id);
    expect(delivery.status).toBe(200);
    expect(delivery.callbackStatus).toBe(204);
    const response = delivery.body as { type: number; data: unknown };
    expect(response.type).toBe(4);
    const callback = fake.requests.find(
      (r) => r.route === "POST /interactions/:id/:token/callback" && r.path.includes(viaGateway.id),
    );
    const gatewayBody = callback?.body as { type: number; data: unknown };
    expect(gatewayBody.type).toBe(4);
    expect(shapeOf(response.data)).toEqual(shapeOf(gatewayBody.data));
    expect(isNoPing((response.data as { allowed_mentions: unknown }).allowed_mentions)).toBe(true);
    const reply = await fake.waitForReply(viaHttp.id);
    expect(messageText(reply)).toMatch(/Lavrov/);
  });

  it("answers autocomplete (type 8) and a page button (type 7) in the response body", async () => {
    const typed = fake.injectAutocomplete({
      name: "who",
      options: { query: "lav" },
      focused: "query",
    });
    const choices = (await fake.delivery(typed.id)).body as {
      type: number;
      data: { choices: unknown[] };
    };
    expect(choices.type).toBe(8);
    expect(choices.data.choices.length).toBeGreaterThan(0);

    const asked = fake.injectChatInput({ name: "who", options: { query: "foreign minister" } });
    const reply = await fake.waitForReply(asked.id);
    const more = buttonsOf(reply).get("More answers");
    expect(more?.customId.startsWith(`v|${corpusTag(engine.version)}|`)).toBe(true);
    const pressed = fake.injectButton({
      customId: more?.customId ?? "",
      messageId: reply.message.id,
    });
    const delivery = await fake.delivery(pressed.id);
    expect((delivery.body as { type: number }).type).toBe(7);
    expect(delivery.callbackStatus).toBe(204);
    expect(fake.message(reply.message.id)?.message.embeds[0]?.footer?.text).toMatch(/^Answer 2 of/);
  });

  it("refuses a page button from another corpus version, privately, on both transports", async () => {
    const asked = fake.injectChatInput({ name: "who", options: { query: "foreign minister" } });
    const reply = await fake.waitForReply(asked.id);
    const stale = encodeStampedId(
      {
        kind: "page",
        command: "who",
        page: 1,
        userId: fake.users.member.id,
        query: "foreign minister",
      },
      corpusTag(`${engine.version}-other`),
    );
    for (const transport of ["http", "gateway"] as const) {
      fake.interactionsUrl = transport === "http" ? url : undefined;
      const pressed = fake.injectButton({ customId: stale, messageId: reply.message.id });
      const answer = await fake.waitForReply(pressed.id);
      expect(answer.ephemeral).toBe(true);
      expect(answer.message.content).toContain(SOURCES_CHANGED_NOTICE);
    }
    fake.interactionsUrl = url;
    // The answer itself was not paged.
    expect(fake.message(reply.message.id)?.message.embeds[0]?.footer?.text).toMatch(/^Answer 1 of/);
  });

  it("refuses Publish & pin and Show context stamped with another corpus version, on both transports, and pins nothing", async () => {
    const previewed = fake.injectChatInput({
      name: "summary",
      options: { topic: "ceasefire" },
      permissions: MODERATOR_PERMISSIONS,
      user: fake.users.moderator,
    });
    const preview = await fake.waitForReply(previewed.id);
    const publish = buttonsOf(preview).get("Publish & pin")?.customId ?? "";
    expect(publish.startsWith(`v|${corpusTag(engine.version)}|`)).toBe(true);
    const other = corpusTag(`${engine.version}-other`);
    const stalePublish = publish.replace(/^v\|[^|]+\|/, `v|${other}|`);
    const article = engine.listSources()[0]!.id;
    const staleContext = encodeStampedId({ kind: "context", article, paragraph: 2 }, other);
    const pinsBefore = fake.pins(fake.channelId).length;
    for (const transport of ["http", "gateway"] as const) {
      fake.interactionsUrl = transport === "http" ? url : undefined;
      const pressed = fake.injectButton({
        customId: stalePublish,
        messageId: preview.message.id,
        user: fake.users.moderator,
        permissions: MODERATOR_PERMISSIONS,
      });
      const refused = await fake.waitForReply(pressed.id);
      expect(refused.ephemeral).toBe(true);
      expect(refused.message.content).toMatch(/The sources changed since this preview/);
      const context = fake.injectButton({ customId: staleContext, messageId: preview.message.id });
      const contextAnswer = await fake.waitForReply(context.id);
      expect(contextAnswer.ephemeral).toBe(true);
      expect(contextAnswer.message.content).toContain(SOURCES_CHANGED_NOTICE);
    }
    fake.interactionsUrl = url;
    expect(fake.pins(fake.channelId)).toHaveLength(pinsBefore);
  });

  it("publishes and pins: deferred in the body, then the pin and the webhook edit over REST", async () => {
    const previewed = fake.injectChatInput({
      name: "summary",
      options: { topic: "ceasefire" },
      permissions: MODERATOR_PERMISSIONS,
      user: fake.users.moderator,
    });
    const preview = await fake.waitForReply(previewed.id);
    expect(preview.ephemeral).toBe(true);
    const publish = buttonsOf(preview).get("Publish & pin");
    const pressed = fake.injectButton({
      customId: publish?.customId ?? "",
      messageId: preview.message.id,
      user: fake.users.moderator,
      permissions: MODERATOR_PERMISSIONS,
    });
    const delivery: HttpDelivery = await fake.delivery(pressed.id);
    expect(delivery.body).toEqual({ type: 5, data: { flags: 64 } });
    const answer = await fake.waitForReply(pressed.id);
    expect(answer.ephemeral).toBe(true);
    expect(answer.message.content).toMatch(/^Published and pinned/);
    const pins = fake.pins(fake.channelId);
    expect(pins).toHaveLength(1);
    expect(pins[0]?.author.id).toBe(fake.botUser.id);
    const token = pressed.token;
    const edit = fake.requests.find(
      (r) => r.route === "PATCH /webhooks/:appId/:token/messages/:mid" && r.path.includes(token),
    );
    expect(edit?.path).toContain("/messages/@original");
    expect(isNoPing((edit?.body as { allowed_mentions: unknown }).allowed_mentions)).toBe(true);
    expect(fake.requests.some((r) => r.route.startsWith("PUT /channels/:id/messages/pins"))).toBe(
      true,
    );
    for (const body of fake.messageBodies())
      expect(isNoPing(body.body.allowed_mentions)).toBe(true);
  });

  it("sends the same REST requests as the gateway path when publishing: pins read, message posted, pin", async () => {
    const publishIn = async (channelId: string, transport: "http" | "gateway") => {
      fake.interactionsUrl = transport === "http" ? url : undefined;
      const previewed = fake.injectChatInput({
        name: "summary",
        options: { topic: "minerals" },
        permissions: MODERATOR_PERMISSIONS,
        user: fake.users.moderator,
        channelId,
      });
      const preview = await fake.waitForReply(previewed.id);
      const since = fake.requests.length;
      const pressed = fake.injectButton({
        customId: buttonsOf(preview).get("Publish & pin")?.customId ?? "",
        messageId: preview.message.id,
        user: fake.users.moderator,
        permissions: MODERATOR_PERMISSIONS,
      });
      const answer = await fake.waitForReply(pressed.id);
      expect(answer.message.content).toMatch(/^Published and pinned/);
      return fake.requests
        .slice(since)
        .filter((r) => r.route.includes("/channels/"))
        .map((r) => ({
          route: r.route,
          query: r.query,
          status: r.status,
          body: r.body === undefined ? undefined : shapeOf(r.body),
        }));
    };
    const [, answers, third] = fake.channelIds as [string, string, string];
    // Two channels with no summary pinned yet, so both transports take the same steps.
    const viaGateway = await publishIn(answers, "gateway");
    const viaHttp = await publishIn(third, "http");
    fake.interactionsUrl = url;
    expect(viaHttp).toEqual(viaGateway);
    expect(viaHttp.map((r) => r.route)).toEqual([
      "GET /channels/:id/messages/pins",
      "POST /channels/:id/messages",
      "PUT /channels/:id/messages/pins/:mid",
    ]);
  });

  it("reloads on /reload: deferred privately in the body, the report as an edit of @original", async () => {
    const asked = fake.injectChatInput({
      name: "reload",
      permissions: MODERATOR_PERMISSIONS | PermissionFlagsBits.ManageGuild,
      user: fake.users.moderator,
    });
    expect((await fake.delivery(asked.id)).body).toEqual({ type: 5, data: { flags: 64 } });
    const report = await fake.waitForReply(asked.id);
    expect(report.ephemeral).toBe(true);
    // The pins are checked over REST: the summary published above is read, not "not available".
    expect(messageText(report)).toMatch(/Pinned summaries checked: [1-9]/);
    expect(messageText(report)).not.toMatch(/not available/);
    expect(
      fake.requests.some(
        (r) =>
          r.route === "PATCH /webhooks/:appId/:token/messages/:mid" && r.path.includes(asked.token),
      ),
    ).toBe(true);
  });

  it("logs which instance is serving and never the token", () => {
    expect(logs.join("\n")).toMatch(/http interactions/);
    expect(logs.join("\n")).not.toContain(fake.token);
  });
});

describe("npm start in HTTP interactions mode", () => {
  it("refuses to start without HTTP_PORT, naming it", async () => {
    const bot = spawnEntryPoint({
      DISCORD_TOKEN: "token.for.a.start.that.must.fail",
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_PUBLIC_KEY: "ab".repeat(32),
      HTTP_PORT: "",
    });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.logs()).toMatch(/HTTP_PORT is required when DISCORD_PUBLIC_KEY is set/);
  });
});
