import { ChannelType, type Client } from "discord.js";
import { describe, expect, it } from "vitest";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import { renderPublishedSummary } from "../../src/discord/render/renderSummary.js";
import { scanPinnedSummaries } from "../../src/discord/scanPinnedSummaries.js";
import { buildEngine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";

const BOT = "900000000000000001";
const engineOf = (articles: Record<string, string>) => {
  const list = Object.entries(articles).map(([id, text]) => chunkArticle(id, `${id}.txt`, text));
  return buildEngine({ articles: list, version: hashCorpus(list) });
};

type FakeMessage = { id: string; url: string; author: { id: string }; embeds: { description?: string; footer?: { text: string } }[] };

/** A guild text channel from plain objects; its pins come in pages of `pageSize`. */
function channel(id: string, pins: FakeMessage[] | Error, options: { type?: number; pageSize?: number; reads?: number[] } = {}) {
  return {
    id,
    type: options.type ?? ChannelType.GuildText,
    isTextBased: () => true,
    isDMBased: () => false,
    messages: {
      async fetchPins({ before }: { before?: Date } = {}) {
        if (pins instanceof Error) throw pins;
        options.reads?.push(1);
        const from = before ? before.getTime() : 0;
        const size = options.pageSize ?? 50;
        const page = pins.slice(from, from + size);
        return { items: page.map((message, i) => ({ message, pinnedAt: new Date(from + i + 1) })), hasMore: from + size < pins.length };
      },
    },
  };
}

const clientOf = (...channels: ReturnType<typeof channel>[]) =>
  ({ user: { id: BOT }, channels: { cache: new Map(channels.map((c) => [c.id, c])) } }) as unknown as Client<true>;

describe("stale pinned summaries scan", () => {
  const before = engineOf({ a: "Officials met in Geneva on Monday.", b: "The ceasefire held overnight." });
  const published = renderPublishedSummary(before.summarize(""), labelSources(before.listSources()), before.version).embeds![0]!;
  const pin = (id: string, author = BOT, embed: FakeMessage["embeds"][number] = { description: published.description!, footer: published.footer! }) => ({
    id,
    url: `https://discord.com/channels/1/2/${id}`,
    author: { id: author },
    embeds: [embed],
  });

  it("lists the bullet whose sentence changed, with its message link, and skips other people's pins and non-summaries", async () => {
    // Titled, so the article keeps its citation label while its sentence changes.
    const before = engineOf({ a: "# Talks\nOfficials met in Geneva on Monday.", b: "The ceasefire held overnight." });
    const published = renderPublishedSummary(before.summarize(""), labelSources(before.listSources()), before.version).embeds![0]!;
    const pin = (id: string, author = BOT, embed: FakeMessage["embeds"][number] = { description: published.description!, footer: published.footer! }) => ({
      id,
      url: `https://discord.com/channels/1/2/${id}`,
      author: { id: author },
      embeds: [embed],
    });
    const after = engineOf({ a: "# Talks\nOfficials met in Vienna on Monday.", b: "The ceasefire held overnight." });
    const client = clientOf(
      channel("10", [pin("m1"), pin("m2", "123456789012345678"), pin("m3", BOT, { description: published.description!, footer: { text: "Answer · corpus x" } })]),
    );
    const scan = await scanPinnedSummaries(client, after);
    expect(scan.checkedSummaries).toBe(1);
    expect(scan.problems).toEqual([]);
    expect(scan.stale).toEqual([
      { channelId: "10", messageId: "m1", url: "https://discord.com/channels/1/2/m1", bullet: "Officials met in Geneva on Monday.", reason: "Talks ¶1 no longer says this word for word" },
    ]);
  });

  it("reports a channel whose pins cannot be read and goes on with the others", async () => {
    const after = engineOf({ a: "Officials met in Geneva on Monday." });
    const client = clientOf(channel("10", new Error("Missing Access")), channel("11", [pin("m1")]));
    const scan = await scanPinnedSummaries(client, after);
    expect(scan.problems).toEqual(["<#10>: Missing Access"]);
    expect(scan.checkedSummaries).toBe(1);
    expect(scan.stale).toEqual([expect.objectContaining({ channelId: "11", bullet: "The ceasefire held overnight.", reason: expect.stringMatching(/no article is called "The ceasefire held overnight" any more/) })]);
  });

  it("reads only text channels, at most 50, and at most 5 pages of pins in each", async () => {
    const reads: number[] = [];
    const many = Array.from({ length: 60 }, (_, i) => channel(`c${i}`, [pin(`m${i}`)], { reads }));
    const voice = channel("v", [pin("mv")], { type: ChannelType.GuildVoice, reads });
    const deep = Array.from({ length: 400 }, (_, i) => pin(`d${i}`));
    const busy = channel("busy", deep, { pageSize: 50, reads: [] });
    const scan = await scanPinnedSummaries(clientOf(voice, ...many), before);
    expect(reads).toHaveLength(50);
    expect(scan).toEqual({ checkedSummaries: 50, stale: [], problems: [] });
    const deepScan = await scanPinnedSummaries(clientOf(busy), before);
    expect(deepScan.checkedSummaries).toBe(250);
  });
});
