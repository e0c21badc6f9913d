import { Client, MessagePayload, type MessageTarget } from "discord.js";
import { describe, expect, it } from "vitest";
import { buildAnswerReply } from "../../src/discord/buildAnswerReply.js";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import { renderHelp } from "../../src/discord/render/renderHelp.js";
import { renderCooldown, renderNotice } from "../../src/discord/render/renderNotice.js";
import { renderSources } from "../../src/discord/render/renderSources.js";
import {
  renderPublishedSummary,
  renderSummaryPreview,
} from "../../src/discord/render/renderSummary.js";
import type { Reply } from "../../src/discord/render/types.js";
import { toEditOptions, toReplyOptions } from "../../src/discord/toMessageOptions.js";
import type { QuestionCommand } from "../../src/engine/types.js";
import { seedEngine } from "../engine/seedEngine.js";

/** The replies the bot sends, rendered from the seed articles: answers with their buttons, summaries, notices. */
async function everyKindOfReply(): Promise<[string, Reply][]> {
  const engine = await seedEngine();
  const labels = labelSources(engine.listSources(), engine.corpus.articles);
  const asked: [QuestionCommand, string][] = [
    ["who", "Who is Lavrov?"],
    ["where", "Where did the talks take place?"],
    ["when", "When did the talks start?"],
    ["quote", "Zelensky"],
    ["ask", "What did the European leaders say?"],
    ["who", "Who is Zzyzx Qwerty?"],
  ];
  const replies: [string, Reply][] = asked.map(([command, query]) => [
    `${command} ${query}`,
    buildAnswerReply(engine, labels, { command, query, page: 0, userId: "1", ephemeral: false }),
  ]);
  const summary = engine.summarize("");
  replies.push(
    ["help", renderHelp(engine.listSources().length)],
    ["sources", renderSources(engine.listSources(), engine.version)],
    ["summary preview", renderSummaryPreview(summary, labels, engine.version)],
    ["published summary", renderPublishedSummary(summary, labels, engine.version)],
    ["notice", renderNotice("A *notice* with `markup` and <@123>.")],
    ["cooldown", renderCooldown("who", 1_900_000_000_000)],
  );
  return replies;
}

describe("toReplyOptions", () => {
  it("gives discord.js bodies identical to the renderer's plain JSON run through discord.js's own transformer", async () => {
    const client = new Client({ intents: [] });
    // A target that is no channel, message or interaction: discord.js builds the body the same way for each.
    const target = { client } as unknown as MessageTarget;
    const bodyOf = (options: object) =>
      JSON.parse(JSON.stringify(new MessagePayload(target, options).resolveBody().body)) as unknown;
    let embeds = 0;
    let rows = 0;
    for (const [name, reply] of await everyKindOfReply()) {
      const options = toReplyOptions(reply);
      // The same options with plain objects, as before: discord.js snake-cases them.
      const plain = {
        ...options,
        embeds: JSON.parse(JSON.stringify(options.embeds)) as object[],
        components: JSON.parse(JSON.stringify(options.components)) as object[],
      };
      embeds += options.embeds.length;
      rows += options.components.length;
      expect(bodyOf(options), name).toEqual(bodyOf(plain));
      expect(toEditOptions(reply).embeds, name).toEqual(reply.embeds ?? []);
    }
    // Answers with paging buttons and a preview with its Publish button among them.
    expect(embeds).toBeGreaterThan(8);
    expect(rows).toBeGreaterThan(1);
    await client.destroy();
  });

  it("leaves the renderer's objects as they were and sends no extra field", async () => {
    const [, reply] = (await everyKindOfReply())[0]!;
    const before = JSON.stringify(reply);
    const options = toReplyOptions(reply);
    expect(JSON.stringify(reply)).toBe(before);
    expect(Object.keys(options.embeds[0]!)).toEqual(Object.keys(reply.embeds![0]!));
    expect(JSON.stringify(options.embeds)).toBe(JSON.stringify(reply.embeds));
  });
});
