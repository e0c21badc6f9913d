import { beforeAll, describe, expect, it } from "vitest";
import type { APIUser } from "discord-api-types/v10";
import type { FakeDiscord } from "../fake-discord/index.js";
import { startBotOnFake, type BotOnFake } from "./startBotOnFake.js";

/** The burst size the README's Reliability section quotes. */
export const BURST_SIZE = 300;

/** One kind of interaction in the burst: slash commands (answers, no-answer, lists), autocomplete and Find source. */
type Injector = (fake: FakeDiscord, user: APIUser, target: string) => string;
const MIX: Injector[] = [
  (fake, user) =>
    fake.injectChatInput({ name: "who", options: { query: "Russian foreign minister" }, user }).id,
  (fake, user) =>
    fake.injectChatInput({
      name: "where",
      options: { query: "Where will Kellogg visit Zelensky?" },
      user,
    }).id,
  (fake, user) =>
    fake.injectChatInput({
      name: "when",
      options: { query: "When did Russia annex Crimea?" },
      user,
    }).id,
  (fake, user) =>
    fake.injectChatInput({ name: "quote", options: { query: "Witkoff ceasefire" }, user }).id,
  (fake, user) =>
    fake.injectChatInput({
      name: "ask",
      options: { query: "How much military aid has the US given Ukraine?" },
      user,
    }).id,
  (fake, user) =>
    fake.injectChatInput({ name: "who", options: { query: "Who won the Super Bowl?" }, user }).id,
  (fake, user) =>
    fake.injectChatInput({
      name: "source",
      options: { article: "002_3005a28be2e22e32", paragraph: 3 },
      user,
    }).id,
  (fake, user) => fake.injectChatInput({ name: "sources", user }).id,
  (fake, user) => fake.injectChatInput({ name: "help", user }).id,
  (fake, user) =>
    fake.injectAutocomplete({ name: "who", options: { query: "Lav" }, focused: "query", user }).id,
  (fake, user, target) =>
    fake.injectMessageContextMenu({ name: "Find source", targetMessageId: target, user }).id,
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]!;
}

describe("a burst of interactions", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake({ cooldownSeconds: 3 });
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  it(`acknowledges each of ${BURST_SIZE} interactions from different members exactly once within 3 s`, async () => {
    const { fake } = env;
    const target = fake.postUserMessage("Lavrov met Rubio in Riyadh").id;
    const users = Array.from({ length: BURST_SIZE }, (_, i) => fake.createUser(`burst${i}`));
    // All injected at once, before any reply: the gateway delivers them back to back.
    const ids = users.map((user, i) => MIX[i % MIX.length]!(fake, user, target));
    // One waiter for the whole burst (not one per interaction), so the test adds no work per event.
    const settled = (id: string) => {
      const record = fake.interaction(id);
      return record.settledAt !== undefined || record.choices !== undefined;
    };
    await fake.waitFor(
      () => (ids.every(settled) ? true : undefined),
      `all ${BURST_SIZE} interactions answered`,
      15_000,
    );
    const latencies = ids
      .map((id) => fake.interaction(id).callbacks[0]!.elapsedMs)
      .sort((a, b) => a - b);
    const p50 = percentile(latencies, 0.5);
    const p99 = percentile(latencies, 0.99);
    process.stdout.write(
      `burst of ${BURST_SIZE} (bot and fake in one process): acknowledgement first ${latencies[0]!.toFixed(0)} ms, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms\n`,
    );
    for (const id of ids) expect(fake.interaction(id).callbacks, id).toHaveLength(1);
    expect(latencies.at(-1)!).toBeLessThanOrEqual(3000);
    // Nothing was late (10062) or acknowledged twice (40060), and nothing went to a route the fake does not know.
    const refused = fake.requests.filter(
      (r) => r.route === "POST /interactions/:id/:token/callback" && r.status >= 400,
    );
    expect(refused).toEqual([]);
    expect(fake.unexpectedRequests()).toEqual([]);
    expect(env.logs.filter((line) => / ERROR /.test(line))).toEqual([]);
  });

  it("refuses a member who spams a command while others keep getting answers", async () => {
    const { fake } = env;
    const spammer = fake.createUser("spammer");
    const first = fake.injectChatInput({
      name: "who",
      options: { query: "Lavrov" },
      user: spammer,
    });
    await fake.waitForReply(first.id);
    // The spam and other members' uses of the same command, interleaved.
    const spam: string[] = [];
    const others: string[] = [];
    for (let i = 0; i < 10; i++) {
      spam.push(
        fake.injectChatInput({ name: "who", options: { query: "Lavrov" }, user: spammer }).id,
      );
      others.push(
        fake.injectChatInput({
          name: "who",
          options: { query: "Lavrov" },
          user: fake.createUser(`bystander${i}`),
        }).id,
      );
    }
    for (const id of spam) {
      const reply = await fake.waitForReply(id);
      expect(reply.ephemeral).toBe(true);
      expect(reply.message.content).toMatch(/<t:\d+:R>/);
    }
    for (const id of others) {
      const answer = await fake.waitForReply(id);
      expect(answer.message.content).not.toMatch(/<t:\d+:R>/);
      expect(JSON.stringify(answer.message.embeds)).toMatch(/Lavrov/);
    }
  });
});
