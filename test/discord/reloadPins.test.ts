import { describe, expect, it } from "vitest";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import { renderPublishedSummary } from "../../src/discord/render/renderSummary.js";
import {
  scanPinnedSummaries,
  type PinnedSummaryMessage,
  type PinTarget,
} from "../../src/discord/scanPinnedSummaries.js";
import { buildEngine } from "../../src/engine/index.js";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { hashCorpus } from "../../src/engine/corpus/loadCorpus.js";

const BOT = "900000000000000001";
const engineOf = (articles: Record<string, string>) => {
  const list = Object.entries(articles).map(([id, text]) => chunkArticle(id, `${id}.txt`, text));
  return buildEngine({ articles: list, version: hashCorpus(list) });
};

/** A channel from plain objects; its pins come in pages of `pageSize`, and every page read is counted. */
function target(
  id: string,
  pins: PinnedSummaryMessage[] | Error,
  options: { pageSize?: number; reads?: string[]; unreadable?: string; delayMs?: number } = {},
): PinTarget {
  return {
    id,
    ...(options.unreadable ? { unreadable: options.unreadable } : {}),
    async fetchPins(before) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (pins instanceof Error) throw pins;
      options.reads?.push(id);
      const from = before ? before.getTime() : 0;
      const size = options.pageSize ?? 50;
      const page = pins.slice(from, from + size);
      return {
        items: page.map((message, i) => ({ message, pinnedAt: new Date(from + i + 1) })),
        hasMore: from + size < pins.length,
      };
    },
  };
}

describe("stale pinned summaries scan", () => {
  const before = engineOf({
    a: "Officials met in Geneva on Monday.",
    b: "The ceasefire held overnight.",
  });
  const published = renderPublishedSummary(
    before.summarize(""),
    labelSources(before.listSources()),
    before.version,
  ).embeds![0]!;
  const pin = (
    id: string,
    authorId = BOT,
    footer = published.footer!.text,
  ): PinnedSummaryMessage => ({
    id,
    url: `https://discord.com/channels/1/2/${id}`,
    authorId,
    footer,
    description: published.description!,
  });

  it("lists the bullet whose sentence changed, with its message link, and skips other people's pins and non-summaries", async () => {
    // Titled, so the article keeps its citation label while its sentence changes.
    const before = engineOf({
      a: "# Talks\nOfficials met in Geneva on Monday.",
      b: "The ceasefire held overnight.",
    });
    const published = renderPublishedSummary(
      before.summarize(""),
      labelSources(before.listSources()),
      before.version,
    ).embeds![0]!;
    const pin = (
      id: string,
      authorId = BOT,
      footer = published.footer!.text,
    ): PinnedSummaryMessage => ({
      id,
      url: `https://discord.com/channels/1/2/${id}`,
      authorId,
      footer,
      description: published.description!,
    });
    const after = engineOf({
      a: "# Talks\nOfficials met in Vienna on Monday.",
      b: "The ceasefire held overnight.",
    });
    const scan = await scanPinnedSummaries(
      [
        target("10", [
          pin("m1"),
          pin("m2", "123456789012345678"),
          pin("m3", BOT, "Answer · corpus x"),
        ]),
      ],
      BOT,
      after,
    );
    expect(scan).toMatchObject({ checkedSummaries: 1, checkedChannels: 1, problems: [] });
    expect(scan.stale).toEqual([
      {
        channelId: "10",
        messageId: "m1",
        url: "https://discord.com/channels/1/2/m1",
        bullet: "Officials met in Geneva on Monday.",
        reason: "Talks ¶1 no longer says this word for word",
        scope: { topic: "" },
      },
    ]);
  });

  it("reads a pin posted with the footer of earlier versions, before the scope marker", async () => {
    const legacy = pin(
      "old",
      BOT,
      `Summary · quoted from the sources · corpus ${before.version}\nTopic: all articles`,
    );
    const scan = await scanPinnedSummaries(
      [target("10", [legacy])],
      BOT,
      engineOf({ a: "Officials met in Vienna on Monday." }),
    );
    expect(scan.checkedSummaries).toBe(1);
    expect(scan.stale.length).toBeGreaterThan(0);
  });

  it("reports a channel whose pins cannot be read, or whose history it may not read, and goes on with the others", async () => {
    const after = engineOf({ a: "Officials met in Geneva on Monday." });
    const scan = await scanPinnedSummaries(
      [
        target("10", new Error("Missing Access")),
        target("12", [pin("m0")], {
          unreadable: "I have no Read Message History permission there",
        }),
        target("11", [pin("m1")]),
      ],
      BOT,
      after,
    );
    expect(scan.problems).toEqual([
      "<#10>: Missing Access",
      "<#12>: I have no Read Message History permission there",
    ]);
    expect(scan.checkedSummaries).toBe(1);
    expect(scan.checkedChannels).toBe(1);
    expect(scan.stale).toEqual([
      expect.objectContaining({
        channelId: "11",
        bullet: "The ceasefire held overnight.",
        reason: expect.stringMatching(
          /no article is called "The ceasefire held overnight" any more/,
        ),
      }),
    ]);
  });

  it("pages through every pin of a channel, 50 at a time, beyond the first page", async () => {
    const reads: string[] = [];
    const deep = Array.from({ length: 240 }, (_, i) => pin(`d${i}`));
    const scan = await scanPinnedSummaries([target("busy", deep, { reads })], BOT, before);
    expect(scan.checkedSummaries).toBe(240);
    expect(reads).toHaveLength(5);
  });

  it("stops at its time limit and says how many channels it did not reach", async () => {
    let clock = 0;
    const many = Array.from({ length: 6 }, (_, i) => target(`c${i}`, [pin(`m${i}`)]));
    // Each page read costs 400 ms of the scan's 1 s.
    const timed = many.map((t) => ({
      ...t,
      fetchPins: async (b?: Date) => ((clock += 400), t.fetchPins(b)),
    }));
    const scan = await scanPinnedSummaries(timed, BOT, before, {
      timeLimitMs: 1000,
      now: () => clock,
    });
    expect(scan.checkedChannels).toBe(3);
    expect(scan.problems).toEqual([
      "3 more channels not checked: the scan's time limit (1 s) ran out",
    ]);
  });

  it("gives up on a page read that outlasts the time limit", async () => {
    const scan = await scanPinnedSummaries(
      [target("slow", [pin("m")], { delayMs: 500 })],
      BOT,
      before,
      { timeLimitMs: 50 },
    );
    expect(scan.problems).toEqual(["<#slow>: time ran out"]);
  });
});
