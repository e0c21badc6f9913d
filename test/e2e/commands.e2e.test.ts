import { beforeAll, describe, expect, it } from "vitest";
import { isNoPing, LIMITS, MODERATOR_PERMISSIONS } from "../fake-discord/index.js";
import {
  buttonsOf,
  messageText,
  runCommand,
  startBotOnFake,
  type BotOnFake,
} from "./startBotOnFake.js";

/** Undo Discord escaping and bold so rendered evidence can be compared with the source text. */
function plain(text: string): string {
  return text
    .replace(/^>>> /, "")
    .replace(/\*\*/g, "")
    .replace(/\\([\\*_`~|>#\-.[\]()!:])/g, "$1");
}

/** True when every piece of `shown` (split at the "…" of a cut) appears verbatim in `source`. */
function isVerbatimFrom(shown: string, source: string): boolean {
  return plain(shown)
    .split("…")
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
    .every((piece) => source.includes(piece));
}

describe("every command end to end, real engine over seeds/, real discord.js, fake Discord", () => {
  let env: BotOnFake;

  beforeAll(async () => {
    env = await startBotOnFake();
    // Undo the set-up above; vitest runs this after the suite, and not if the set-up failed.
    return async () => {
      await env.stop();
    };
  });

  /** The seed paragraph the first "label ¶n" citation of `text` names (its first line; later lines list other places). */
  function citedParagraph(text: string): string | undefined {
    const first = text.split("\n")[0] ?? "";
    for (const source of env.engine.listSources()) {
      const match = new RegExp(
        `${source.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ¶(\\d+)`,
      ).exec(first);
      if (match) return env.engine.getParagraph(source.id, Number(match[1]))?.text;
    }
    return undefined;
  }

  it("answers /who Russian foreign minister publicly with Lavrov, quoted verbatim, with a ¶ citation", async () => {
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Russian foreign minister" },
    });
    expect(reply.ephemeral).toBe(false);
    const embed = reply.message.embeds[0];
    expect(embed?.description).toMatch(/\*\*Serge[iy] Lavrov\*\*|\*\*Lavrov\*\*/);
    const source = embed?.fields?.find((f) => f.name === "Source")?.value ?? "";
    expect(source).toContain("¶");
    const paragraph = citedParagraph(plain(source));
    expect(paragraph).toBeDefined();
    expect(isVerbatimFrom(embed?.description ?? "", paragraph ?? "")).toBe(true);
    expect(embed?.footer?.text).toContain(`corpus ${env.engine.version}`);
    expect(env.fake.messages().map((m) => m.id)).toContain(reply.message.id);
  });

  it("answers /where, /when, /quote and /ask with the place, date, quotation and figure the sources give", async () => {
    const where = await runCommand(env.fake, {
      name: "where",
      options: { query: "Where did the US-Russia talks commence?" },
    });
    expect(messageText(where)).toMatch(/Al-Diriyah Palace|Riyadh/);
    const when = await runCommand(env.fake, {
      name: "when",
      options: { query: "When did Russia annex Crimea?" },
    });
    expect(messageText(when)).toContain("2014");
    const quote = await runCommand(env.fake, {
      name: "quote",
      options: { query: "Kellogg options" },
    });
    expect(messageText(quote)).toContain("no options off the table");
    expect(quote.message.embeds[0]?.fields?.find((f) => f.name === "Speaker")?.value).toContain(
      "Kellogg",
    );
    const ask = await runCommand(env.fake, {
      name: "ask",
      options: { query: "How much military aid has the US given Ukraine?" },
    });
    expect(messageText(ask)).toContain("65 billion");
    for (const reply of [where, when, quote, ask]) {
      const embed = reply.message.embeds[0];
      const source = embed?.fields?.find((f) => f.name === "Source")?.value ?? "";
      expect(isVerbatimFrom(embed?.description ?? "", citedParagraph(plain(source)) ?? "")).toBe(
        true,
      );
    }
  });

  it("answers only to the asker when private is set", async () => {
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Kremlin spokesperson", private: true },
    });
    expect(reply.ephemeral).toBe(true);
    expect(messageText(reply)).toContain("Peskov");
    expect(env.fake.messages().map((m) => m.id)).not.toContain(reply.message.id);
  });

  it("says privately that the sources don't say, with suggestions and no invented answer", async () => {
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: "Who won the Super Bowl?" },
    });
    expect(reply.ephemeral).toBe(true);
    const text = messageText(reply);
    expect(text).toContain("The sources don't say");
    expect(text).not.toContain("¶");
    expect(reply.message.embeds[0]?.fields ?? []).toEqual([]);
    expect(buttonsOf(reply).size).toBe(0);
  });

  it("pages to the next answer and back for the asker, by updating the same message", async () => {
    const asker = env.fake.users.member;
    const reply = await runCommand(env.fake, {
      name: "where",
      options: { query: "talks" },
      user: asker,
    });
    const more = buttonsOf(reply).get("More answers");
    expect(more?.disabled).toBe(false);
    const first = reply.message.embeds[0]?.description;

    const next = env.fake.injectButton({
      customId: more?.customId ?? "",
      messageId: reply.message.id,
      user: asker,
    });
    expect((await env.fake.waitForCallback(next.id)).type).toBe(7);
    const page2 = env.fake.message(reply.message.id);
    expect(page2?.message.embeds[0]?.footer?.text).toMatch(/^Answer 2 of \d/);
    expect(page2?.message.embeds[0]?.description).not.toBe(first);

    const previous = buttonsOf(page2!).get("Previous");
    const back = env.fake.injectButton({
      customId: previous?.customId ?? "",
      messageId: reply.message.id,
      user: asker,
    });
    await env.fake.waitForCallback(back.id);
    expect(env.fake.message(reply.message.id)?.message.embeds[0]?.description).toBe(first);
  });

  it("refuses the paging buttons privately to another user and leaves the answer as it was", async () => {
    const reply = await runCommand(env.fake, {
      name: "where",
      options: { query: "talks" },
      user: env.fake.users.member,
    });
    const before = JSON.stringify(reply.message.embeds);
    const more = buttonsOf(reply).get("More answers");
    const click = env.fake.injectButton({
      customId: more?.customId ?? "",
      messageId: reply.message.id,
      user: env.fake.users.other,
    });
    const refusal = await env.fake.waitForReply(click.id);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.message.id).not.toBe(reply.message.id);
    expect(messageText(refusal)).toMatch(/Only the person who asked/);
    expect(JSON.stringify(env.fake.message(reply.message.id)?.message.embeds)).toBe(before);
  });

  it("autocompletes names within Discord's limits (at most 25 choices, 1 to 100 characters)", async () => {
    const { id } = env.fake.injectAutocomplete({
      name: "who",
      options: { query: "La" },
      focused: "query",
    });
    const choices = await env.fake.waitForChoices(id);
    expect(choices.map((c) => c.value)).toContain("Sergey Lavrov");
    for (const query of ["", "s", "x".repeat(6000)]) {
      const typed = env.fake.injectAutocomplete({
        name: "ask",
        options: { query },
        focused: "query",
      });
      const list = await env.fake.waitForChoices(typed.id);
      expect(list.length).toBeLessThanOrEqual(LIMITS.choices);
      for (const c of list) {
        expect(c.name.length).toBeGreaterThanOrEqual(1);
        expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
        expect(String(c.value).length).toBeLessThanOrEqual(LIMITS.choiceValue);
      }
    }
  });

  it("autocompletes /source with article ids, and shows the chosen paragraph verbatim", async () => {
    const typed = env.fake.injectAutocomplete({
      name: "source",
      options: { article: "", paragraph: 1 },
      focused: "article",
    });
    const choices = await env.fake.waitForChoices(typed.id);
    const ids = env.engine.listSources().map((s) => s.id);
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(ids).toContain(c.value);

    const article = ids[2] ?? "";
    const reply = await runCommand(env.fake, {
      name: "source",
      options: { article, paragraph: 3 },
    });
    const paragraph = env.engine.getParagraph(article, 3)?.text ?? "missing";
    expect(plain(reply.message.embeds[0]?.description ?? "")).toBe(paragraph);
    expect(reply.message.embeds[0]?.title).toContain("¶3");
  });

  it("explains privately when /source names a paragraph that does not exist", async () => {
    const article = env.engine.listSources()[0]?.id ?? "";
    const reply = await runCommand(env.fake, {
      name: "source",
      options: { article, paragraph: 9999 },
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.content).toMatch(/has paragraphs 1 to \d+; there is no paragraph 9999/);
  });

  it("lists every article with /sources", async () => {
    const reply = await runCommand(env.fake, { name: "sources" });
    const text = messageText(reply);
    for (const source of env.engine.listSources()) expect(plain(text)).toContain(source.label);
  });

  it("explains what the bot can and cannot do with /help", async () => {
    const reply = await runCommand(env.fake, { name: "help" });
    const text = messageText(reply);
    for (const name of [
      "/who",
      "/where",
      "/when",
      "/quote",
      "/ask",
      "/summary",
      "/sources",
      "/source",
    ])
      expect(text).toContain(name);
  });

  it("previews /summary privately to a moderator with a Publish & pin button", async () => {
    const reply = await runCommand(env.fake, {
      name: "summary",
      options: { topic: "ceasefire" },
      permissions: MODERATOR_PERMISSIONS,
    });
    expect(reply.ephemeral).toBe(true);
    expect(buttonsOf(reply).has("Publish & pin")).toBe(true);
    expect(reply.message.embeds[0]?.description).toContain("¶");
    expect(reply.message.embeds[0]?.footer?.text).toContain(`corpus ${env.engine.version}`);
    expect(env.fake.messages().map((m) => m.id)).not.toContain(reply.message.id);
  });

  it("autocompletes the article of /summary with article ids and previews a summary of that article only", async () => {
    const typed = env.fake.injectAutocomplete({
      name: "summary",
      options: { article: "" },
      focused: "article",
    });
    const choices = await env.fake.waitForChoices(typed.id);
    const sources = env.engine.listSources();
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(sources.map((s) => s.id)).toContain(c.value);

    const article = sources[3]!;
    const reply = await runCommand(env.fake, {
      name: "summary",
      options: { article: article.id },
      permissions: MODERATOR_PERMISSIONS,
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.message.embeds[0]?.title).toContain(article.label.slice(0, 20));
    const cited = [...(reply.message.embeds[0]?.description ?? "").matchAll(/¶\d+/g)];
    expect(cited.length).toBeGreaterThanOrEqual(5);
    expect(buttonsOf(reply).has("Publish & pin")).toBe(true);

    const unknown = await runCommand(env.fake, {
      name: "summary",
      options: { article: "no-such-article" },
      permissions: MODERATOR_PERMISSIONS,
    });
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.message.content).toMatch(/There is no article "no-such-article"/);
  });

  it("finds the source passages of a message with the Find source menu, privately", async () => {
    const target = env.fake.postUserMessage("Lavrov and Rubio met in Riyadh");
    const { id } = env.fake.injectMessageContextMenu({
      name: "Find source",
      targetMessageId: target.id,
    });
    const reply = await env.fake.waitForReply(id);
    expect(reply.ephemeral).toBe(true);
    const fields = reply.message.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.name).toContain("¶");
      // The grouped citations, then the passage quoted.
      const [cites, ...quoted] = field.value.split("\n");
      expect(cites).toContain("¶");
      expect(isVerbatimFrom(quoted.join("\n"), citedParagraph(plain(field.name)) ?? "")).toBe(true);
    }
  });

  it("shows hostile mentions and markdown literally and pings no one", async () => {
    const query = "@everyone @here <@&123> <@123> **bold** `code` ||spoiler|| Lavrov";
    const reply = await runCommand(env.fake, { name: "ask", options: { query } });
    const text = messageText(reply);
    expect(text).not.toMatch(/@everyone|@here|<@&?\d/);
    expect(text).not.toContain("**bold**");
    expect(text).not.toContain("||spoiler||");
    expect(text).not.toMatch(/Something went wrong/);
    const bodies = env.fake
      .messageBodies()
      .filter((b) => JSON.stringify(b.body).includes("spoiler"));
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(isNoPing(b.body.allowed_mentions)).toBe(true);
  });

  it("answers a 6000-character query within Discord's limits", async () => {
    const before = env.fake.failedRequests().length;
    const reply = await runCommand(env.fake, {
      name: "who",
      options: { query: `Lavrov ${"x".repeat(5993)}` },
    });
    expect(messageText(reply)).not.toMatch(/Something went wrong/);
    expect(env.fake.failedRequests().length).toBe(before);
  });

  it("made only known, successful requests and logged no failed interaction", () => {
    expect(env.fake.unexpectedRequests()).toEqual([]);
    expect(env.fake.failedRequests()).toEqual([]);
    expect(env.logs.filter((l) => l.includes("interaction failed"))).toEqual([]);
  });

  it("sent every message with allowed_mentions that ping no one", () => {
    const bodies = env.fake.messageBodies();
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.filter((b) => !isNoPing(b.body.allowed_mentions))).toEqual([]);
  });
});
