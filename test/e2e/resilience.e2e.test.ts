import { once } from "node:events";
import { beforeAll, describe, expect, it } from "vitest";
import { isNoPing, rateLimitFault, serverErrorFault } from "../fake-discord/index.js";
import { messageText, runCommand, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

describe("bad input and Discord trouble never take the bot down", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake();
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  it("answers an unknown command privately", async () => {
    const reply = await runCommand(env.fake, { name: "removed-command" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/I don't know that command/);
  });

  it("answers a button it did not make privately", async () => {
    const target = await runCommand(env.fake, { name: "help" });
    const { id } = env.fake.injectButton({ customId: "x|not-ours", messageId: target.message.id });
    const reply = await env.fake.waitForReply(id);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/no longer supported/);
  });

  it("shows a Find source target full of mentions literally and pings no one", async () => {
    const target = env.fake.postUserMessage(
      "@everyone <@123456789012345678> <@&123456789012345678> Lavrov **met** Rubio",
    );
    const { id } = env.fake.injectMessageContextMenu({
      name: "Find source",
      targetMessageId: target.id,
    });
    const reply = await env.fake.waitForReply(id);
    expect(messageText(reply)).not.toMatch(/@everyone|<@&?\d/);
    expect(reply.message.embeds[0]?.fields?.length ?? 0).toBeGreaterThan(0);
  });

  it("tells the user privately when Discord keeps failing the reply, logs it without the token, and keeps answering", async () => {
    env.fake.failNext(serverErrorFault("POST", "POST /interactions/:id/:token/callback", 4));
    const { id, token } = env.fake.injectChatInput({ name: "sources" });
    const apology = await env.fake.waitForReply(id);
    expect(apology.ephemeral).toBe(true);
    expect(apology.message.content).toMatch(/Something went wrong/);
    const failure = env.logs.find((l) => l.includes("interaction failed"));
    expect(failure).toContain("sources");
    expect(env.logs.join("\n")).not.toContain(token);
    expect(env.logs.join("\n")).not.toContain(env.fake.token);
    const next = await runCommand(env.fake, { name: "sources" });
    expect(next.message.embeds.length).toBeGreaterThan(0);
  });

  it("waits out a 429 on the reply and still answers", async () => {
    env.fake.failNext(rateLimitFault("POST", "POST /interactions/:id/:token/callback", 0.1));
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Kremlin spokesperson" },
    });
    expect(messageText(reply)).toContain("Peskov");
    const callbacks = env.fake.requests
      .filter((r) => r.route === "POST /interactions/:id/:token/callback")
      .slice(-2);
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
  });

  it("resumes after the gateway drops and answers the next command", async () => {
    const since = Date.now();
    const resumed = once(env.bot.client, "shardResume");
    env.fake.gateway?.dropConnection();
    await env.fake.waitForGateway("resume", since);
    await resumed;
    const reply = await runCommand(env.fake, { name: "help" });
    expect(reply.message.content.length + reply.message.embeds.length).toBeGreaterThan(0);
  });

  it("never pinged anyone and acknowledged every interaction within 3 seconds", () => {
    expect(env.fake.messageBodies().filter((b) => !isNoPing(b.body.allowed_mentions))).toEqual([]);
    const late = [...env.fake.interactions.values()].filter(
      (r) => (r.callbacks[0]?.elapsedMs ?? Infinity) > 3000,
    );
    expect(late.map((r) => r.kind)).toEqual([]);
    expect(env.fake.unexpectedRequests()).toEqual([]);
  });
});
