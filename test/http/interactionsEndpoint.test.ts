import { request as httpRequest } from "node:http";
import type { REST } from "@discordjs/rest";
import { MessageFlags, type APIInteraction } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adaptHttpInteraction } from "../../src/discord/adaptHttpInteraction.js";
import { createInteractionsEndpoint } from "../../src/http/interactionsRoute.js";
import { startHttpServer, type RunningHttpServer } from "../../src/http/startHttpServer.js";
import { createSignatureVerifier } from "../../src/http/verifySignature.js";
import { createLogger } from "../../src/logger.js";
import { generateInteractionKeys, signInteraction } from "../fake-discord/index.js";

const keys = generateInteractionKeys();
const NOW = 1_800_000_000_000;

describe("the Ed25519 verifier", () => {
  const verify = createSignatureVerifier(keys.publicKeyHex, () => NOW);
  const body = Buffer.from('{"type":1}');
  const at = (seconds: number) => signInteraction(body, keys.privateKey, NOW / 1000 + seconds);

  it("accepts Discord's signature within five minutes either way", () => {
    for (const offset of [0, -299, 299]) {
      const h = at(offset);
      expect(verify(h["x-signature-ed25519"], h["x-signature-timestamp"], body)).toBeUndefined();
    }
  });

  it("refuses a stale or future timestamp, a changed body, another key, and garbage", () => {
    const old = at(-301);
    expect(verify(old["x-signature-ed25519"], old["x-signature-timestamp"], body)).toBe("expired");
    const future = at(301);
    expect(verify(future["x-signature-ed25519"], future["x-signature-timestamp"], body)).toBe(
      "expired",
    );
    const h = at(0);
    expect(verify(h["x-signature-ed25519"], h["x-signature-timestamp"], Buffer.from("{}"))).toBe(
      "bad",
    );
    // The timestamp is signed too: a good signature with another timestamp is bad.
    expect(verify(h["x-signature-ed25519"], String(NOW / 1000 + 1), body)).toBe("bad");
    const other = signInteraction(body, generateInteractionKeys().privateKey, NOW / 1000);
    expect(verify(other["x-signature-ed25519"], other["x-signature-timestamp"], body)).toBe("bad");
    expect(verify(undefined, h["x-signature-timestamp"], body)).toBe("missing");
    expect(verify("nothex", h["x-signature-timestamp"], body)).toBe("malformed");
  });
});

describe("POST /interactions body limit", () => {
  let server: RunningHttpServer;
  beforeAll(async () => {
    const endpoint = createInteractionsEndpoint({
      verify: createSignatureVerifier(keys.publicKeyHex),
      logger: createLogger("silent"),
      instance: "unit",
    });
    server = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      routes: [endpoint.route],
      logger: createLogger("silent"),
    });
  });
  afterAll(() => server.close());

  it("answers 413 to a chunked body over 1 MB without reading it to the end", async () => {
    const result = await new Promise<{ status: number; written: number }>((resolve, reject) => {
      const req = httpRequest({
        host: "127.0.0.1",
        port: server.port,
        method: "POST",
        path: "/interactions",
        headers: { "transfer-encoding": "chunked" },
      });
      let written = 0;
      let done = false;
      req.on("response", (res) => {
        done = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, written });
        req.destroy();
      });
      req.on("error", (error) => {
        if (!done) reject(error);
      });
      // Up to 8 MB in 64 kB chunks; the answer should come long before the end.
      const chunk = Buffer.alloc(64 * 1024, 120);
      const pump = () => {
        while (!done && written < 8 * 1024 * 1024) {
          written += chunk.length;
          if (!req.write(chunk)) {
            req.once("drain", pump);
            return;
          }
        }
        if (!done) req.end();
      };
      pump();
    });
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(8 * 1024 * 1024);
  });

  it("answers 413 at once to a declared Content-Length over 1 MB", async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/interactions`, {
      method: "POST",
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
  });
});

describe("an HTTP interaction that is slow to answer", () => {
  function stubRest() {
    const calls: { method: string; route: string; body: unknown }[] = [];
    const record = (method: string) => (route: string, options?: { body?: unknown }) => {
      calls.push({ method, route, body: options?.body });
      return Promise.resolve({});
    };
    const rest = { patch: record("PATCH"), post: record("POST") } as unknown as REST;
    return { rest, calls };
  }
  const chat = {
    id: "1",
    application_id: "42",
    type: 2,
    token: "tok",
    version: 1,
    guild_id: "7",
    channel: { id: "9", type: 0 },
    member: { user: { id: "5" }, permissions: "0" },
    data: { id: "3", name: "who", type: 1, options: [{ name: "query", type: 3, value: "x" }] },
  } as unknown as APIInteraction;

  it("is deferred privately before Discord's 3 s, and its late answer edits @original", async () => {
    const { rest, calls } = stubRest();
    const adapted = adaptHttpInteraction(chat, { rest, botUserId: "42", deferAfterMs: 20 });
    if (adapted.incoming.kind !== "chatInput") throw new Error("not a chat input");
    const { interaction } = adapted.incoming;
    expect(interaction.options.getString("query", true)).toBe("x");
    expect(await adapted.firstResponse).toEqual({ type: 5, data: { flags: 64 } });
    adapted.sent();
    await interaction.reply({
      content: "late",
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
    expect(calls).toEqual([
      {
        method: "PATCH",
        route: "/webhooks/42/tok/messages/%40original",
        body: { content: "late", embeds: [], components: [], allowed_mentions: { parse: [] } },
      },
    ]);
    adapted.dispose();
  });

  it("offers no choices rather than a deferral when autocomplete is slow (autocomplete cannot be deferred)", async () => {
    const { rest, calls } = stubRest();
    const typed = {
      ...chat,
      type: 4,
      data: {
        id: "3",
        name: "who",
        type: 1,
        options: [{ name: "query", type: 3, value: "la", focused: true }],
      },
    } as unknown as APIInteraction;
    const adapted = adaptHttpInteraction(typed, { rest, botUserId: "42", deferAfterMs: 20 });
    if (adapted.incoming.kind !== "autocomplete") throw new Error("not autocomplete");
    expect(adapted.incoming.interaction.options.getFocused(true)).toEqual({
      name: "query",
      value: "la",
    });
    expect(await adapted.firstResponse).toEqual({ type: 8, data: { choices: [] } });
    adapted.sent();
    await adapted.incoming.interaction.respond([{ name: "Lavrov", value: "Lavrov" }]);
    expect(calls).toEqual([]);
    adapted.dispose();
  });

  it("answers in the response body when it is quick, and sends nothing over REST", async () => {
    const { rest, calls } = stubRest();
    const adapted = adaptHttpInteraction(chat, { rest, botUserId: "42", deferAfterMs: 1000 });
    if (adapted.incoming.kind !== "chatInput") throw new Error("not a chat input");
    const replied = adapted.incoming.interaction.reply({
      content: "quick",
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
    });
    expect(await adapted.firstResponse).toEqual({
      type: 4,
      data: { content: "quick", embeds: [], components: [], allowed_mentions: { parse: [] } },
    });
    adapted.sent();
    await replied;
    expect(calls).toEqual([]);
    adapted.dispose();
  });
});
