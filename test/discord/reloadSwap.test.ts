import { guildOnly } from "../../src/discord/guildOnly.js";
import type { Interaction } from "discord.js";
import { describe, expect, it } from "vitest";
import type { BotContext, SlashCommand } from "../../src/discord/command.js";
import { createCooldownTracker } from "../../src/discord/cooldowns.js";
import { createEngineHolder, pinContext } from "../../src/discord/engineHolder.js";
import { buildRegistry, handleInteraction } from "../../src/discord/handleInteraction.js";
import { createSighupHandler } from "../../src/discord/handleSighup.js";
import type { ReloadOutcome } from "../../src/discord/reloadCorpus.js";
import type { Engine } from "../../src/engine/types.js";
import { createLogger } from "../../src/logger.js";

/** Just enough of an engine to tell two apart. */
const engineNamed = (version: string) =>
  ({
    version,
    corpus: { articles: [] },
    listSources: () => [{ id: "a1", label: `Article ${version}`, paragraphs: 1 }],
  }) as unknown as Engine;

function contextOn(holder: ReturnType<typeof createEngineHolder>): BotContext {
  return {
    get engine() {
      return holder.engine;
    },
    get labels() {
      return holder.labels;
    },
    logger: createLogger("silent"),
    cooldowns: createCooldownTracker(0),
  };
}

describe("engine holder", () => {
  it("serves the new engine and its labels together after a swap", () => {
    const holder = createEngineHolder(engineNamed("v1"));
    holder.install(engineNamed("v2"));
    expect(holder.engine.version).toBe("v2");
    expect(holder.labels.get("a1")).toBe("Article v2");
  });

  it("lets an interaction that started before a swap finish on the engine it started with, and the next one use the new", async () => {
    const holder = createEngineHolder(engineNamed("v1"));
    const context = contextOn(holder);
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const seen: string[] = [];
    // A command that reads the engine, waits (as on a Discord round trip), then reads it again.
    const probe: SlashCommand = {
      data: { name: "probe", description: "probe", ...guildOnly() },
      async execute(_interaction, ctx) {
        seen.push(`${ctx.engine.version}/${ctx.labels.get("a1")}`);
        await paused;
        seen.push(`${ctx.engine.version}/${ctx.labels.get("a1")}`);
      },
    };
    const interaction = {
      commandName: "probe",
      user: { id: "1" },
      isAutocomplete: () => false,
      isChatInputCommand: () => true,
      isMessageContextMenuCommand: () => false,
      isCommand: () => true,
    } as unknown as Interaction;
    const registry = buildRegistry([probe]);

    const inFlight = handleInteraction(interaction, registry, pinContext(context));
    holder.install(engineNamed("v2"));
    resume();
    await inFlight;
    await handleInteraction(interaction, registry, pinContext(context));
    expect(seen).toEqual(["v1/Article v1", "v1/Article v1", "v2/Article v2", "v2/Article v2"]);
  });
});

describe("SIGHUP", () => {
  function logged(outcome: () => Promise<ReloadOutcome>) {
    const lines: string[] = [];
    const handler = createSighupHandler(
      outcome,
      createLogger("debug", (line) => lines.push(line)),
    );
    return { lines, handler };
  }

  it("logs a failed reload as a warning with the reason and the corpus still serving", async () => {
    const { lines, handler } = logged(async () => ({
      ok: false,
      reason: "no usable article in /srv/seeds",
      version: "old1",
    }));
    await handler();
    expect(lines.join("\n")).toMatch(
      /WARN corpus reload failed; still serving the old corpus .*no usable article in \/srv\/seeds.*old1/,
    );
  });

  it("logs what a successful reload changed, the skipped files and the stale pins", async () => {
    const { lines, handler } = logged(async () => ({
      ok: true,
      previousVersion: "old1",
      version: "new2",
      diff: { added: ["005_x"], removed: [], changed: ["002_y"] },
      warnings: [{ file: "bad.txt", reason: "empty file" }],
      pins: {
        checkedSummaries: 1,
        checkedChannels: 1,
        stale: [
          {
            channelId: "9",
            messageId: "8",
            url: "https://discord.com/channels/7/9/8",
            bullet: "A point.",
            reason: "gone",
          },
        ],
        problems: [],
      },
    }));
    await handler();
    const text = lines.join("\n");
    expect(text).toMatch(/INFO corpus reloaded .*new2.*old1.*005_x.*none.*002_y/);
    expect(text).toMatch(/WARN skipped part of the corpus .*bad\.txt.*empty file/);
    expect(text).toMatch(/WARN pinned summary no longer verbatim .*channels\/7\/9\/8/);
  });

  it("logs a reload that throws instead of rejecting", async () => {
    const { lines, handler } = logged(async () => {
      throw new Error("disk on fire");
    });
    await expect(handler()).resolves.toBeUndefined();
    expect(lines.join("\n")).toMatch(/ERROR corpus reload crashed .*disk on fire/);
  });
});
