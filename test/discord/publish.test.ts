import { PermissionFlagsBits as P } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import {
  checkPublishPermissions,
  describeRefusal,
  INVITE_PERMISSIONS,
} from "../../src/discord/checkPublishPermissions.js";
import {
  publishSummary,
  type PinnedMessage,
  type PublishChannel,
} from "../../src/discord/publishSummary.js";
import { labelSources } from "../../src/discord/render/formatCitation.js";
import { renderPublishedSummary } from "../../src/discord/render/renderSummary.js";
import type { Reply } from "../../src/discord/render/types.js";

const BOT = "900000000000000001";
const labels = labelSources([]);
const summaryOf = (topic: string, text = "A point.") =>
  renderPublishedSummary(
    {
      command: "summary",
      query: topic,
      bullets: [{ text, citations: [{ article: "a", paragraph: 1 }] }],
    },
    labels,
    "v1",
  );

/** A channel from plain objects: messages, pins (newest first) and an optional failure per operation. */
function fakeChannel(
  options: {
    pinLimit?: number;
    fail?: Partial<Record<"fetchPins" | "send" | "edit" | "pin", Error>>;
    pageSize?: number;
  } = {},
) {
  const messages = new Map<string, { authorId: string; reply: Reply }>();
  const pins: { id: string; at: Date }[] = [];
  const calls: string[] = [];
  let next = 1;
  const toPinned = (id: string): PinnedMessage => {
    const m = messages.get(id)!;
    return { id, authorId: m.authorId, footers: (m.reply.embeds ?? []).map((e) => e.footer?.text) };
  };
  const channel: PublishChannel = {
    async fetchPins(before) {
      calls.push("fetchPins");
      if (options.fail?.fetchPins) throw options.fail.fetchPins;
      const older = pins.filter((p) => !before || p.at < before);
      const page = older.slice(0, options.pageSize ?? 50);
      return {
        items: page.map((p) => ({ message: toPinned(p.id), pinnedAt: p.at })),
        hasMore: older.length > page.length,
      };
    },
    async send(reply) {
      calls.push("send");
      if (options.fail?.send) throw options.fail.send;
      const id = String(next++);
      messages.set(id, { authorId: BOT, reply });
      return { id };
    },
    async edit(id, reply) {
      calls.push(`edit ${id}`);
      if (options.fail?.edit) throw options.fail.edit;
      messages.set(id, { ...messages.get(id)!, reply });
    },
    async pin(id) {
      calls.push(`pin ${id}`);
      if (options.fail?.pin) throw options.fail.pin;
      if (pins.length >= (options.pinLimit ?? 250))
        throw Object.assign(new Error("Maximum number of pins reached (250)"), {
          code: 30003,
          status: 400,
        });
      pins.unshift({ id, at: new Date(1_700_000_000_000 + next * 1000) });
    },
    async delete(id) {
      calls.push(`delete ${id}`);
      messages.delete(id);
    },
  };
  const addPin = (authorId: string, reply: Reply) => {
    const id = String(next++);
    messages.set(id, { authorId, reply });
    pins.unshift({ id, at: new Date(1_700_000_000_000 + next * 1000) });
    return id;
  };
  return { channel, messages, pins, calls, addPin };
}

describe("checkPublishPermissions", () => {
  const channelSet =
    P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory | P.PinMessages;
  const threadSet =
    P.ViewChannel | P.SendMessagesInThreads | P.EmbedLinks | P.ReadMessageHistory | P.PinMessages;

  it("lets a member with Pin Messages publish when the bot has every permission publishing needs", () => {
    expect(checkPublishPermissions(P.PinMessages, channelSet)).toBeUndefined();
    expect(checkPublishPermissions(P.PinMessages, threadSet, "thread")).toBeUndefined();
  });

  it("asks the invite for exactly the six permissions, as one integer", () => {
    expect(INVITE_PERMISSIONS).toBe(channelSet | P.SendMessagesInThreads);
    expect(INVITE_PERMISSIONS).toBe(2252074691677184n);
  });

  it("refuses the Publish button to a member without Pin Messages, whatever else they have", () => {
    const refusal = checkPublishPermissions(P.ManageChannels | P.SendMessages, channelSet);
    expect(refusal).toEqual({ who: "member", missing: ["Pin Messages"] });
    expect(describeRefusal(refusal!)).toMatch(/Only members with the Pin Messages permission/);
  });

  it("treats an administrator as having every permission", () => {
    expect(checkPublishPermissions(P.Administrator, P.Administrator)).toBeUndefined();
  });

  it("names every permission the bot is missing, the thread one in a thread", () => {
    expect(checkPublishPermissions(P.PinMessages, channelSet & ~P.SendMessages)).toEqual({
      who: "bot",
      missing: ["Send Messages"],
      where: "channel",
    });
    expect(
      checkPublishPermissions(P.PinMessages, threadSet & ~P.SendMessagesInThreads, "thread"),
    ).toEqual({ who: "bot", missing: ["Send Messages in Threads"], where: "thread" });
    const refusal = checkPublishPermissions(P.PinMessages, P.ViewChannel | P.SendMessages)!;
    expect(describeRefusal(refusal)).toMatch(
      /missing the Embed Links, Read Message History and Pin Messages permissions in this channel/,
    );
  });

  it("explains that without Read Message History the earlier pin cannot be found", () => {
    const refusal = checkPublishPermissions(P.PinMessages, channelSet & ~P.ReadMessageHistory)!;
    expect(describeRefusal(refusal)).toMatch(
      /missing the Read Message History permission[\s\S]*shows me no pins[\s\S]*duplicate/,
    );
  });

  it("counts unknown permissions as none", () => {
    expect(checkPublishPermissions(undefined, channelSet)?.who).toBe("member");
    expect(checkPublishPermissions(P.PinMessages, undefined)?.who).toBe("bot");
  });
});

describe("publishSummary", () => {
  it("posts and pins a first summary", async () => {
    const fake = fakeChannel();
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "Ukraine" },
      summaryOf("Ukraine"),
    );
    expect(outcome).toMatchObject({ status: "pinned" });
    expect(fake.pins).toHaveLength(1);
    expect(fake.calls).toEqual(["fetchPins", "send", "pin 1"]);
  });

  it("edits the earlier pinned summary for the same topic instead of adding a pin", async () => {
    const fake = fakeChannel();
    await publishSummary(
      fake.channel,
      BOT,
      { topic: "Ukraine minerals" },
      summaryOf("Ukraine minerals", "old"),
    );
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "ukraine  Minerals" },
      summaryOf("ukraine  Minerals", "new"),
    );
    expect(outcome).toMatchObject({ status: "updated", messageId: "1" });
    expect(fake.pins).toHaveLength(1);
    expect(fake.messages.get("1")!.reply.embeds![0]!.description).toContain("new");
  });

  it("keeps one pin per topic and leaves other topics, other authors and the whole-corpus summary alone", async () => {
    const fake = fakeChannel();
    const foreign = fake.addPin("111111111111111111", summaryOf("Ukraine"));
    await publishSummary(fake.channel, BOT, { topic: "Ukraine" }, summaryOf("Ukraine"));
    await publishSummary(fake.channel, BOT, { topic: "" }, summaryOf(""));
    await publishSummary(fake.channel, BOT, { topic: "Riyadh" }, summaryOf("Riyadh"));
    await publishSummary(fake.channel, BOT, { topic: "" }, summaryOf("", "again"));
    expect(fake.pins).toHaveLength(4);
    expect(fake.messages.get(foreign)!.authorId).not.toBe(BOT);
    expect(fake.calls.filter((c) => c.startsWith("edit"))).toHaveLength(1);
  });

  it("finds its pin beyond the first page of pins", async () => {
    const fake = fakeChannel({ pageSize: 2 });
    await publishSummary(fake.channel, BOT, { topic: "old topic" }, summaryOf("old topic"));
    for (let i = 0; i < 5; i++)
      fake.addPin("111111111111111111", { content: `pin ${i}`, ephemeral: false });
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "old topic" },
      summaryOf("old topic"),
    );
    expect(outcome.status).toBe("updated");
    expect(fake.calls.filter((c) => c === "fetchPins").length).toBeGreaterThan(2);
  });

  it("explains a full pin list (30003) and removes the message it could not pin", async () => {
    const fake = fakeChannel({ pinLimit: 0 });
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "Ukraine" },
      summaryOf("Ukraine"),
    );
    expect(outcome.status).toBe("failed");
    expect(outcome.status === "failed" && outcome.message).toMatch(
      /limit of 250 pinned messages.*Unpin an old message/,
    );
    expect(fake.messages.size).toBe(0);
  });

  it("explains a 403 on posting and a 5xx on pinning", async () => {
    const forbidden = Object.assign(new Error("Missing Permissions"), { status: 403, code: 50013 });
    const a = await publishSummary(
      fakeChannel({ fail: { send: forbidden } }).channel,
      BOT,
      { topic: "t" },
      summaryOf("t"),
    );
    expect(a.status === "failed" && a.message).toMatch(
      /refused to let me post.*Nothing was published/,
    );
    const down = Object.assign(new Error("Internal Server Error"), { status: 502 });
    const fake = fakeChannel({ fail: { pin: down } });
    const b = await publishSummary(fake.channel, BOT, { topic: "t" }, summaryOf("t"));
    expect(b.status === "failed" && b.message).toMatch(
      /server problem \(HTTP 502\) while I tried to pin/,
    );
    expect(fake.messages.size).toBe(0);
  });

  it("explains a failure to read the pins without posting anything", async () => {
    const fake = fakeChannel({
      fail: { fetchPins: Object.assign(new Error("no"), { status: 403, code: 50001 }) },
    });
    const outcome = await publishSummary(fake.channel, BOT, { topic: "t" }, summaryOf("t"));
    expect(outcome.status === "failed" && outcome.message).toMatch(/read the pins/);
    expect(fake.calls).toEqual(["fetchPins"]);
  });

  it("finds its earlier pin by the scope marker when the footer's visible wording has changed", async () => {
    const fake = fakeChannel();
    const reworded = summaryOf("Ukraine minerals");
    const footer = reworded.embeds![0]!.footer!;
    footer.text = footer.text.replace(
      /^Summary · quoted from the sources/,
      "Zusammenfassung, wörtlich zitiert",
    );
    fake.addPin(BOT, reworded);
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "ukraine minerals" },
      summaryOf("ukraine minerals"),
    );
    expect(outcome.status).toBe("updated");
    expect(fake.pins).toHaveLength(1);
  });

  it("still finds a pin posted with the footer of earlier versions (no marker)", async () => {
    const fake = fakeChannel();
    const legacy: Reply = {
      embeds: [
        {
          description: "• A point. — *a ¶1*",
          footer: { text: "Summary · quoted from the sources · corpus v0\nTopic: Ukraine" },
        },
      ],
      ephemeral: false,
    };
    const id = fake.addPin(BOT, legacy);
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "ukraine" },
      summaryOf("ukraine"),
    );
    expect(outcome).toMatchObject({ status: "updated", messageId: id });
    // The edit writes the marker, so the pin no longer depends on the old wording.
    expect(fake.messages.get(id)!.reply.embeds![0]!.footer!.text).toMatch(
      /verbatim:summary:v1:[0-9a-f]{16}\?topic=ukraine$/,
    );
  });

  it("keeps a topic's summary and one article's summary of the same topic as two pins", async () => {
    const fake = fakeChannel();
    await publishSummary(fake.channel, BOT, { topic: "Ukraine" }, summaryOf("Ukraine"));
    const scoped = renderPublishedSummary(
      {
        command: "summary",
        query: "Ukraine",
        bullets: [{ text: "A point.", citations: [{ article: "a", paragraph: 1 }] }],
      },
      labels,
      "v1",
      { topic: "Ukraine", article: "a" },
    );
    const outcome = await publishSummary(
      fake.channel,
      BOT,
      { topic: "Ukraine", article: "a" },
      scoped,
    );
    expect(outcome.status).toBe("pinned");
    expect(fake.pins).toHaveLength(2);
  });
});
