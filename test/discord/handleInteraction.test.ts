import type { Interaction } from "discord.js";
import { MessageFlags, PermissionFlagsBits as P } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { BotContext } from "../../src/discord/command.js";
import { createCooldownTracker } from "../../src/discord/cooldowns.js";
import { encodeCustomId } from "../../src/discord/customId.js";
import { buildRegistry, handleInteraction } from "../../src/discord/handleInteraction.js";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import type {
  Answer,
  AnswerResult,
  Engine,
  QuestionCommand,
  Suggestion,
} from "../../src/engine/types.js";
import { createLogger } from "../../src/logger.js";

const ASKER = "111111111111111111";
const OTHER = "222222222222222222";
const TOKEN = "MTExMTEx.secret-token";

function answerOf(name: string): Answer {
  return {
    answer: name,
    evidence: `${name} was there.`,
    citations: [{ article: "a1", paragraph: 2 }],
    score: 1,
  };
}

/** A plain-object engine: answers by a table, counts calls. */
function fakeEngine(over: Partial<Engine> = {}): Engine & { asked: string[] } {
  const asked: string[] = [];
  const engine = {
    asked,
    corpus: { articles: [], version: "v1" },
    version: "v1",
    snapshot: { state: "disabled" as const },
    answer(command: QuestionCommand, query: string): AnswerResult {
      asked.push(`${command}:${query}`);
      if (query === "nothing") return { command, query, answers: [], suggestions: ["Lavrov"] };
      return { command, query, answers: ["Lavrov", "Rubio", "Witkoff"].map(answerOf) };
    },
    summarize: (topic: string) => ({
      command: "summary" as const,
      query: topic,
      bullets: [{ text: "A point.", citations: [{ article: "a1", paragraph: 1 }] }],
    }),
    getParagraph: () => undefined,
    listSources: () => [{ id: "a1", label: "Article one", paragraphs: 3 }],
    suggest: (): Suggestion[] => [
      { name: "too long", value: "V".repeat(101), kind: "person" as const },
      ...Array.from({ length: 40 }, (_, i) => ({
        name: `${"N".repeat(150)}${i}`,
        value: `Person ${i}`,
        kind: "person" as const,
      })),
    ],
    findSupport: () => [],
    entities: () => [],
    prepare: () => false,
    prepareLookups: () => undefined,
    explain: () => {
      throw new Error("not used by these tests");
    },
    ...over,
  };
  return engine;
}

function setup(engine: Engine = fakeEngine(), cooldownSeconds = 0) {
  const lines: string[] = [];
  const logger = createLogger("debug", (l) => lines.push(l), [TOKEN]);
  const context: BotContext = {
    engine,
    labels: labelSources(engine.listSources()),
    logger,
    cooldowns: createCooldownTracker(cooldownSeconds),
  };
  return { context, lines, registry: buildRegistry(commands) };
}

type Sent = { method: string; options: Record<string, unknown> };

/** An interaction from plain objects with the type guards the router uses; records what it was asked to send. */
function fakeInteraction(
  kind: "chat" | "autocomplete" | "button",
  fields: Record<string, unknown>,
) {
  const sent: Sent[] = [];
  const record = (method: string) => async (options: Record<string, unknown>) => {
    sent.push({ method, options });
    if (method === "reply" || method === "update") interaction.replied = true;
    if (method === "deferReply") interaction.deferred = true;
    if (method === "respond") interaction.responded = true;
  };
  const interaction: Record<string, unknown> & {
    replied: boolean;
    deferred: boolean;
    responded: boolean;
  } = {
    user: { id: ASKER },
    replied: false,
    deferred: false,
    responded: false,
    type: kind === "button" ? 3 : kind === "autocomplete" ? 4 : 2,
    isAutocomplete: () => kind === "autocomplete",
    isChatInputCommand: () => kind === "chat",
    isMessageContextMenuCommand: () => false,
    isCommand: () => kind === "chat",
    isButton: () => kind === "button",
    isMessageComponent: () => kind === "button",
    isRepliable: () => kind !== "autocomplete",
    reply: record("reply"),
    followUp: record("followUp"),
    update: record("update"),
    deferReply: record("deferReply"),
    editReply: record("editReply"),
    respond: record("respond"),
    ...fields,
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

function chatOptions(values: Record<string, string | boolean | number>) {
  return {
    getString: (name: string) => (typeof values[name] === "string" ? values[name] : null),
    getBoolean: (name: string) => (typeof values[name] === "boolean" ? values[name] : null),
    getInteger: (name: string) => (typeof values[name] === "number" ? values[name] : null),
    getFocused: (full?: boolean) =>
      full ? { name: "query", value: values.query ?? "" } : (values.query ?? ""),
  };
}

function ask(command: string, values: Record<string, string | boolean | number>, user = ASKER) {
  return fakeInteraction("chat", {
    commandName: command,
    options: chatOptions(values),
    user: { id: user },
  });
}

const flagsOf = (s: Sent | undefined) => s?.options.flags;
const mentionsOf = (s: Sent | undefined) => s?.options.allowedMentions;

describe("handleInteraction", () => {
  it("answers a question publicly with buttons that only the asker can use, and pings no one", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = ask("who", { query: "foreign minister" });
    await handleInteraction(interaction, registry, context);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("reply");
    expect(flagsOf(sent[0])).toBeUndefined();
    expect(mentionsOf(sent[0])).toEqual({ parse: [] });
    expect(JSON.stringify(sent[0]!.options)).toContain(`p|who|1|${ASKER}|=foreign minister`);
  });

  it("answers only to the asker when private is set", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = ask("where", { query: "talks", private: true });
    await handleInteraction(interaction, registry, context);
    expect(flagsOf(sent[0])).toBe(MessageFlags.Ephemeral);
  });

  it("says privately that the sources don't say, with suggestions", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = ask("who", { query: "nothing" });
    await handleInteraction(interaction, registry, context);
    expect(flagsOf(sent[0])).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(sent[0]!.options)).toMatch(/sources don't say[\s\S]*Lavrov/);
  });

  it("refuses a second quick use privately with a relative timestamp, but not another user's", async () => {
    const { context, registry } = setup(fakeEngine(), 3);
    await handleInteraction(ask("who", { query: "x" }).interaction, registry, context);
    const again = ask("who", { query: "x" });
    await handleInteraction(again.interaction, registry, context);
    expect(flagsOf(again.sent[0])).toBe(MessageFlags.Ephemeral);
    expect(again.sent[0]!.options.content).toMatch(/<t:\d+:R>/);
    const other = ask("who", { query: "x" }, OTHER);
    await handleInteraction(other.interaction, registry, context);
    expect(other.sent[0]!.options.content).toBeUndefined();
  });

  it("logs a failing command with command, user and latency but never the token, and tells the user privately", async () => {
    const engine = fakeEngine({
      answer: () => {
        throw new Error(`boom ${TOKEN}`);
      },
    });
    const { context, registry, lines } = setup(engine);
    const { interaction, sent } = ask("who", { query: "x" });
    await expect(handleInteraction(interaction, registry, context)).resolves.toBeUndefined();
    expect(sent[0]).toMatchObject({ method: "reply", options: { flags: MessageFlags.Ephemeral } });
    expect(sent[0]!.options.content).toMatch(/Something went wrong/);
    const logged = lines.find((l) => l.includes("interaction failed"))!;
    expect(logged).toMatch(/command="who" user="111111111111111111" latencyMs=\d+/);
    expect(lines.join("\n")).not.toContain(TOKEN);
  });

  it("follows up instead of replying when the failing interaction was already acknowledged", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = ask("who", { query: "x" });
    (interaction as unknown as { reply: unknown }).reply = async () => {
      (interaction as unknown as { replied: boolean }).replied = true;
      throw new Error("network went away after the reply");
    };
    await handleInteraction(interaction, registry, context);
    expect(sent.map((s) => s.method)).toEqual(["followUp"]);
    expect(flagsOf(sent[0])).toBe(MessageFlags.Ephemeral);
  });

  it("survives when even the apology fails", async () => {
    const { context, registry, lines } = setup(
      fakeEngine({
        answer: () => {
          throw new Error("x");
        },
      }),
    );
    const { interaction } = ask("who", { query: "x" });
    (interaction as unknown as { reply: unknown }).reply = async () => {
      throw new Error("Unknown interaction");
    };
    await expect(handleInteraction(interaction, registry, context)).resolves.toBeUndefined();
    expect(lines.some((l) => l.includes("could not report the failure"))).toBe(true);
  });

  it("autocompletes at most 25 choices of 1 to 100 characters", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = fakeInteraction("autocomplete", {
      commandName: "who",
      options: chatOptions({ query: "Lav" }),
    });
    await handleInteraction(interaction, registry, context);
    const choices = sent[0]!.options as unknown as { name: string; value: string }[];
    expect(sent[0]!.method).toBe("respond");
    expect(choices.length).toBe(25);
    expect(choices[0]!.value).toBe("Person 0");
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("answers autocomplete with no choices when suggesting fails", async () => {
    const { context, registry } = setup(
      fakeEngine({
        suggest: () => {
          throw new Error("bad");
        },
      }),
    );
    const { interaction, sent } = fakeInteraction("autocomplete", {
      commandName: "who",
      options: chatOptions({ query: "x" }),
    });
    await handleInteraction(interaction, registry, context);
    expect(sent).toEqual([{ method: "respond", options: [] }]);
  });

  it("refuses the paging buttons privately to anyone but the asker", async () => {
    const { context, registry } = setup();
    const customId = encodeCustomId({
      kind: "page",
      command: "who",
      page: 1,
      userId: ASKER,
      query: "x",
    });
    const { interaction, sent } = fakeInteraction("button", {
      customId,
      user: { id: OTHER },
      message: { embeds: [], flags: { has: () => false } },
    });
    await handleInteraction(interaction, registry, context);
    expect(sent[0]).toMatchObject({ method: "reply", options: { flags: MessageFlags.Ephemeral } });
    expect(sent[0]!.options.content).toMatch(/Only the person who asked/);
  });

  it("shows the next answer to the asker by recomputing it, reading a long query back from the footer", async () => {
    const engine = fakeEngine();
    const { context, registry } = setup(engine);
    const long = "q".repeat(500);
    const first = ask("who", { query: long });
    await handleInteraction(first.interaction, registry, context);
    const embeds = first.sent[0]!.options.embeds as { footer: { text: string } }[];
    const rows = first.sent[0]!.options.components as {
      components: { custom_id: string; label: string }[];
    }[];
    const more = rows[0]!.components.find((b) => b.label === "More answers")!;
    const press = fakeInteraction("button", {
      customId: more.custom_id,
      message: { embeds, flags: { has: () => false } },
    });
    await handleInteraction(press.interaction, registry, context);
    expect(press.sent[0]!.method).toBe("update");
    expect(JSON.stringify(press.sent[0]!.options)).toContain("**Rubio**");
    expect(engine.asked.at(-1)).toBe(`who:${long}`);
  });

  it("refuses Publish & pin to a member without Pin Messages before doing anything", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = fakeInteraction("button", {
      customId: encodeCustomId({ kind: "publish", topic: "x" }),
      memberPermissions: { bitfield: P.SendMessages },
      appPermissions: { bitfield: P.SendMessages | P.PinMessages },
      message: { embeds: [] },
    });
    await handleInteraction(interaction, registry, context);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: "reply", options: { flags: MessageFlags.Ephemeral } });
    expect(sent[0]!.options.content).toMatch(/Pin Messages/);
  });

  it("says which permission the bot lacks for Publish & pin", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = fakeInteraction("button", {
      customId: encodeCustomId({ kind: "publish", topic: "x" }),
      memberPermissions: { bitfield: P.PinMessages },
      appPermissions: {
        bitfield: P.ViewChannel | P.EmbedLinks | P.ReadMessageHistory | P.PinMessages,
      },
      channel: { isThread: () => false },
      message: { embeds: [] },
    });
    await handleInteraction(interaction, registry, context);
    expect(sent[0]!.options.content).toMatch(
      /missing the Send Messages permission in this channel/,
    );
  });

  it("answers an unknown button privately", async () => {
    const { context, registry } = setup();
    const { interaction, sent } = fakeInteraction("button", { customId: "legacy:thing" });
    await handleInteraction(interaction, registry, context);
    expect(sent[0]).toMatchObject({ method: "reply", options: { flags: MessageFlags.Ephemeral } });
  });

  it("reports how each interaction ended, for metrics: answered, no answer, cooldown, refused, error", async () => {
    const { context, registry } = setup(
      fakeEngine({
        summarize: () => {
          throw new Error("broken");
        },
      }),
      3,
    );
    const reports: { command: string; outcome: string }[] = [];
    const onDone = (r: { command: string; outcome: string; seconds: number }) => {
      expect(r.seconds).toBeGreaterThanOrEqual(0);
      reports.push({ command: r.command, outcome: r.outcome });
    };
    await handleInteraction(
      ask("who", { query: "foreign minister" }).interaction,
      registry,
      context,
      onDone,
    );
    await handleInteraction(
      ask("where", { query: "nothing" }).interaction,
      registry,
      context,
      onDone,
    );
    await handleInteraction(ask("who", { query: "again" }).interaction, registry, context, onDone);
    await handleInteraction(
      ask("no-such-command", {}, OTHER).interaction,
      registry,
      context,
      onDone,
    );
    const moderator = {
      memberPermissions: { has: (bit: bigint) => bit === P.PinMessages },
      commandName: "summary",
    };
    const summary = fakeInteraction("chat", {
      ...moderator,
      options: chatOptions({}),
      user: { id: OTHER },
    });
    await handleInteraction(summary.interaction, registry, context, onDone);
    const page = encodeCustomId({
      kind: "page",
      command: "who",
      page: 1,
      userId: ASKER,
      query: "foreign minister",
    });
    await handleInteraction(
      fakeInteraction("button", { customId: page, user: { id: OTHER } }).interaction,
      registry,
      context,
      onDone,
    );
    expect(reports).toEqual([
      { command: "who", outcome: "answered" },
      { command: "where", outcome: "no_answer" },
      { command: "who", outcome: "cooldown" },
      { command: "unknown", outcome: "refused" },
      { command: "summary", outcome: "error" },
      { command: "button:page", outcome: "refused" },
    ]);
  });
});
