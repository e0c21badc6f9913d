import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

/** The burst size the README's Reliability section quotes. */
export const BURST_SIZE = 300;

const COMMANDS = [
  { name: "who", options: { query: "Russian foreign minister" } },
  { name: "where", options: { query: "Where will Kellogg visit Zelensky?" } },
  { name: "when", options: { query: "When did Russia annex Crimea?" } },
  { name: "quote", options: { query: "Witkoff ceasefire" } },
  { name: "ask", options: { query: "How much military aid has the US given Ukraine?" } },
  { name: "who", options: { query: "Who won the Super Bowl?" } },
  { name: "sources" },
  { name: "help" },
];

describe("a burst of interactions", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake({ cooldownSeconds: 3 });
  });

  afterAll(async () => {
    await env?.stop();
  });

  it(`acknowledges each of ${BURST_SIZE} interactions from different members exactly once within 3 s`, async () => {
    const users = Array.from({ length: BURST_SIZE }, (_, i) => env.fake.createUser(`burst${i}`));
    // All injected at once, before any reply: the gateway delivers them back to back.
    const ids = users.map((user, i) => env.fake.injectChatInput({ ...COMMANDS[i % COMMANDS.length]!, user }).id);
    const callbacks = await Promise.all(ids.map((id) => env.fake.waitForCallback(id, 15_000)));
    const latencies = callbacks.map((c) => c.elapsedMs).sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length / 2)]!;
    const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1]!;
    process.stdout.write(`burst of ${BURST_SIZE}: acknowledgement p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms\n`);
    for (const id of ids) expect(env.fake.interaction(id).callbacks).toHaveLength(1);
    expect(latencies.at(-1)!).toBeLessThanOrEqual(3000);
    // Nothing was late (10062) or acknowledged twice (40060).
    const refused = env.fake.requests.filter((r) => r.route === "POST /interactions/:id/:token/callback" && r.status >= 400);
    expect(refused).toEqual([]);
  });

  it("refuses a member who spams a command while others keep getting answers", async () => {
    const spammer = env.fake.createUser("spammer");
    const bystander = env.fake.createUser("bystander");
    const first = env.fake.injectChatInput({ name: "who", options: { query: "Lavrov" }, user: spammer });
    await env.fake.waitForReply(first.id);
    const spam = Array.from({ length: 5 }, () => env.fake.injectChatInput({ name: "who", options: { query: "Lavrov" }, user: spammer }).id);
    const other = env.fake.injectChatInput({ name: "who", options: { query: "Lavrov" }, user: bystander }).id;
    for (const id of spam) {
      const reply = await env.fake.waitForReply(id);
      expect(reply.ephemeral).toBe(true);
      expect(reply.message.content).toMatch(/<t:\d+:R>/);
    }
    const answer = await env.fake.waitForReply(other);
    expect(JSON.stringify(answer.message.embeds)).toMatch(/Lavrov/);
  });
});
