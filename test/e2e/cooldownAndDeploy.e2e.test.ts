import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { isNoPing } from "../fake-discord/index.js";
import { runCommand, startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

describe("cooldowns and command registration, end to end", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake({ cooldownSeconds: 30 });
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  it("registered every command in the guild, accepted under Discord's rules for command payloads", () => {
    const put = env.fake.requests.find(
      (r) => r.route === "PUT /applications/:appId/guilds/:guildId/commands",
    );
    expect(put?.status).toBe(200);
    const registered = env.fake.registeredCommands(env.fake.guildId).map((c) => c.name);
    expect(registered.sort()).toEqual(commands.map((c) => c.data.name).sort());
  });

  it("refuses a second quick use by the same user privately with a relative timestamp", async () => {
    const user = env.fake.createUser("quick");
    const first = await runCommand(env.fake, { name: "sources", user });
    expect(first.message.content).not.toMatch(/Slow down/);
    const second = await runCommand(env.fake, { name: "sources", user });
    expect(second.ephemeral).toBe(true);
    const match = /<t:(\d+):R>/.exec(second.message.content);
    expect(match).not.toBeNull();
    const retryAt = Number(match?.[1]) * 1000;
    expect(retryAt).toBeGreaterThan(Date.now() + 25_000);
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 31_000);
  });

  it("lets another user use the same command meanwhile, and the same user another command", async () => {
    const user = env.fake.createUser("first");
    await runCommand(env.fake, { name: "sources", user });
    const other = await runCommand(env.fake, {
      name: "sources",
      user: env.fake.createUser("second"),
    });
    expect(other.message.content).not.toMatch(/Slow down/);
    expect(other.message.embeds.length).toBeGreaterThan(0);
    const otherCommand = await runCommand(env.fake, { name: "help", user });
    expect(otherCommand.message.content).not.toMatch(/Slow down/);
  });

  it("does not put autocomplete under the cooldown", async () => {
    const user = env.fake.createUser("typist");
    for (const typed of ["L", "La", "Lav"]) {
      const { id } = env.fake.injectAutocomplete({
        name: "who",
        options: { query: typed },
        focused: "query",
        user,
      });
      await env.fake.waitForChoices(id);
    }
    const answer = await runCommand(env.fake, { name: "who", options: { query: "Lavrov" }, user });
    expect(answer.message.content).not.toMatch(/Slow down/);
  });

  it("never pinged anyone", () => {
    const bodies = env.fake.messageBodies();
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((b) => !isNoPing(b.body.allowed_mentions))).toEqual([]);
    expect(env.fake.unexpectedRequests()).toEqual([]);
  });
});
