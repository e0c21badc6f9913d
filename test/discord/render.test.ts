import { formatCitationLinks } from "../../src/discord/render/formatCitationLinks.js";
import { parsePublishedBullets } from "../../src/discord/findStalePins.js";
import { hashScope } from "../../src/discord/summaryScope.js";
import fc from "fast-check";
import type { APIEmbed } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import type { Answer, AnswerResult, Summary } from "../../src/engine/types.js";
import { decodeCustomId } from "../../src/discord/customId.js";
import { escapeText } from "../../src/discord/render/escapeText.js";
import { countEmbedChars, fitEmbed } from "../../src/discord/render/fitEmbed.js";
import { formatCitation, labelSources } from "../../src/discord/render/formatCitation.js";
import { highlightAnswer } from "../../src/discord/render/highlightAnswer.js";
import { LIMITS } from "../../src/discord/render/limits.js";
import { readQuestionFromFooter, renderAnswer } from "../../src/discord/render/renderAnswer.js";
import { renderNoAnswer } from "../../src/discord/render/renderNoAnswer.js";
import { renderCooldown } from "../../src/discord/render/renderNotice.js";
import { renderNoParagraph, renderParagraph } from "../../src/discord/render/renderParagraph.js";
import { renderSources } from "../../src/discord/render/renderSources.js";
import {
  readSummaryFooter,
  renderPublishedSummary,
  renderSummaryPreview,
} from "../../src/discord/render/renderSummary.js";
import { renderSupport } from "../../src/discord/render/renderSupport.js";
import { renderHelp } from "../../src/discord/render/renderHelp.js";
import { truncateText } from "../../src/discord/render/truncateText.js";
import type { Reply } from "../../src/discord/render/types.js";

const labels = labelSources([{ id: "002_x", label: "Talks in Riyadh", paragraphs: 20 }]);
const USER = "123456789012345678";

function answer(over: Partial<Answer> = {}): Answer {
  return {
    answer: "Sergei Lavrov",
    evidence: "Russian Foreign Minister Sergei Lavrov met Rubio.",
    citations: [{ article: "002_x", paragraph: 3 }],
    score: 1,
    role: "Russian Foreign Minister",
    ...over,
  };
}

function result(answers: Answer[], query = "Russian foreign minister"): AnswerResult {
  return { command: "who", query, answers };
}

/** Every limit Discord enforces on a message, checked at once. */
function expectWithinLimits(reply: Reply) {
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  const embeds = reply.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(countEmbedChars(embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  const rows = reply.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    const ids = row.components.map((b) => ("custom_id" in b ? b.custom_id : ""));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

function textOf(reply: Reply): string {
  return JSON.stringify(reply);
}

describe("formatCitation", () => {
  const digest = labelSources([
    {
      id: "ca01",
      label: "Austin, Texas: The Senate voted…",
      paragraphs: 9,
      stories: [
        { label: "Austin, Texas: The Senate voted…", first: 1 },
        { label: "Washington: Prices rose…", first: 5 },
      ],
    },
    { id: "002_x", label: "Talks in Riyadh", paragraphs: 20 },
  ]);

  it("shows the label of the story that holds the paragraph when the article bundles several, with the paragraph counted over the file", () => {
    expect(formatCitation({ article: "ca01", paragraph: 4 }, digest)).toBe(
      "Austin, Texas: The Senate voted… ¶4",
    );
    expect(formatCitation({ article: "ca01", paragraph: 5 }, digest)).toBe(
      "Washington: Prices rose… ¶5",
    );
    expect(formatCitation({ article: "ca01", paragraph: 9 }, digest)).toBe(
      "Washington: Prices rose… ¶9",
    );
  });

  it("shows the article label for an article of one story, and the id for an unknown article", () => {
    expect(formatCitation({ article: "002_x", paragraph: 3 }, digest)).toBe("Talks in Riyadh ¶3");
    expect(formatCitation({ article: "zzz", paragraph: 1 }, digest)).toBe("zzz ¶1");
  });
});

describe("formatCitationLinks", () => {
  const sources = [
    {
      id: "ca01",
      label: "Austin, Texas: The Senate voted…",
      paragraphs: 9,
      stories: [
        { label: "Austin, Texas: The Senate voted…", first: 1 },
        { label: "Washington: Prices rose…", first: 5 },
      ],
    },
    { id: "002_x", label: "Talks [in] Riyadh", paragraphs: 20 },
    { id: "bad", label: "Bad link", paragraphs: 3 },
  ];
  const linked = labelSources(sources, [
    { id: "002_x", url: "https://example.org/a_(b) c", outlet: 'The "Times"' },
    { id: "bad", url: "javascript:alert(1)" },
  ]);

  it("groups the paragraphs of one label, in order of first appearance, without repeats", () => {
    const plain = labelSources(sources);
    const cites = [
      { article: "002_x", paragraph: 14 },
      { article: "ca01", paragraph: 2 },
      { article: "002_x", paragraph: 3 },
      { article: "ca01", paragraph: 6 },
      { article: "002_x", paragraph: 14 },
    ];
    expect(formatCitationLinks(cites, plain)).toBe(
      "Talks [in] Riyadh ¶14, ¶3; Austin, Texas: The Senate voted… ¶2; Washington: Prices rose… ¶6",
    );
  });

  it("links a label to its article's http(s) url with the outlet as tooltip, encoding what would end the link", () => {
    expect(
      formatCitationLinks(
        [
          { article: "002_x", paragraph: 3 },
          { article: "002_x", paragraph: 4 },
        ],
        linked,
      ),
    ).toBe('[Talks \\[in\\] Riyadh](https://example.org/a_%28b%29%20c "The Times") ¶3, ¶4');
  });

  it("never links a url that is not http(s)", () => {
    expect(formatCitationLinks([{ article: "bad", paragraph: 1 }], linked)).toBe("Bad link ¶1");
  });

  it("with PUBLIC_URL, links a label without a sidecar url to its first paragraph's source page; a sidecar url still wins", () => {
    const paged = labelSources(
      [...sources, { id: "Café & #1 (x)", label: "Odd", paragraphs: 2 }],
      [{ id: "002_x", url: "https://example.org/a" }],
      "https://verbatim.example.org/bot",
    );
    expect(
      formatCitationLinks(
        [
          { article: "ca01", paragraph: 6 },
          { article: "ca01", paragraph: 7 },
          { article: "002_x", paragraph: 3 },
          { article: "Café & #1 (x)", paragraph: 2 },
        ],
        paged,
      ),
    ).toBe(
      "[Washington: Prices rose…](https://verbatim.example.org/bot/sources/ca01#p6) ¶6, ¶7; " +
        "[Talks \\[in\\] Riyadh](https://example.org/a) ¶3; " +
        "[Odd](https://verbatim.example.org/bot/sources/Caf%C3%A9%20%26%20%231%20%28x%29#p2) ¶2",
    );
    // Without PUBLIC_URL nothing changes.
    expect(formatCitationLinks([{ article: "ca01", paragraph: 6 }], labelSources(sources))).toBe(
      "Washington: Prices rose… ¶6",
    );
  });

  it("reads citations linked to the source pages back from a published summary", () => {
    const paged = labelSources(sources, [], "https://verbatim.example.org");
    const reply = renderPublishedSummary(
      {
        command: "summary",
        query: "t",
        bullets: [{ text: "A point.", citations: [{ article: "ca01", paragraph: 2 }] }],
      },
      paged,
      "v",
    );
    expect(reply.embeds![0]!.description).toContain(
      "(https://verbatim.example.org/sources/ca01#p2)",
    );
    expect(parsePublishedBullets(reply.embeds![0]!.description!)).toEqual([
      {
        text: "A point.",
        citations: [{ label: "Austin, Texas: The Senate voted…", paragraph: 2 }],
      },
    ]);
  });

  it("reads linked, grouped citations of a published summary back for the stale-pin check", () => {
    const reply = renderPublishedSummary(
      {
        command: "summary",
        query: "t",
        bullets: [
          {
            text: "A point.",
            citations: [
              { article: "002_x", paragraph: 3 },
              { article: "002_x", paragraph: 4 },
            ],
          },
        ],
      },
      linked,
      "v",
    );
    expect(parsePublishedBullets(reply.embeds![0]!.description!)).toEqual([
      {
        text: "A point.",
        citations: [
          { label: "Talks [in] Riyadh", paragraph: 3 },
          { label: "Talks [in] Riyadh", paragraph: 4 },
        ],
      },
    ]);
  });
});

describe("truncateText", () => {
  it("leaves text that fits alone", () => {
    expect(truncateText("short", 5)).toBe("short");
  });

  it("cuts at a word boundary and ends with an ellipsis", () => {
    expect(truncateText("the quick brown fox jumps", 17)).toBe("the quick brown…");
  });

  it("never exceeds the limit and never leaves half a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 0, max: 120 }),
        (text, max) => {
          const out = truncateText(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        },
      ),
    );
  });
});

describe("escapeText", () => {
  it("shows markdown literally and breaks every kind of mention", () => {
    const out = escapeText(
      "**bold** `code` ||spoiler|| @everyone @here <@123> <@&456> <#789> # heading",
    );
    expect(out).not.toMatch(/(?<!\\)\*\*|(?<!\\)`|(?<!\\)\|\|/);
    expect(out).not.toMatch(/@everyone|@here|<@|<#/);
  });

  it("escapes a backslash so it cannot undo the escaping", () => {
    expect(escapeText("\\*x*")).toBe("\\\\\\*x\\*");
  });
});

describe("highlightAnswer", () => {
  it("bolds the answer inside the evidence and escapes the rest", () => {
    expect(highlightAnswer("Envoy *Steve* Witkoff said so.", ["Witkoff"], 4096)).toBe(
      "Envoy \\*Steve\\* **Witkoff** said so.",
    );
  });

  it("bolds a variant when the answer's spelling is not in the evidence", () => {
    expect(
      highlightAnswer(
        "Foreign Minister Sergei Lavrov spoke.",
        ["Sergey Lavrov", "Sergei Lavrov"],
        4096,
      ),
    ).toContain("**Sergei Lavrov**");
  });

  it("keeps the bold answer when a long evidence is cut to fit", () => {
    const evidence = `${"word ".repeat(1500)}Lavrov ${"tail ".repeat(1500)}`;
    const out = highlightAnswer(evidence, ["Lavrov"], 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out).toContain("**Lavrov**");
  });

  it("fits any text in the room given", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.string({ maxLength: 50 }),
        fc.integer({ min: 10, max: 2000 }),
        (evidence, ans, max) => {
          expect(highlightAnswer(evidence, [ans], max).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

describe("renderAnswer", () => {
  const three = result([
    answer(),
    answer({ answer: "Marco Rubio", evidence: "Marco Rubio arrived.", role: "Secretary" }),
    answer({ answer: "Faisal", evidence: "Faisal hosted." }),
  ]);

  it("shows the evidence with the answer in bold, the role and the citation as label ¶n", () => {
    const reply = renderAnswer({
      result: three,
      page: 0,
      labels,
      version: "v1",
      userId: USER,
      ephemeral: false,
    });
    const embed = reply.embeds![0]!;
    expect(embed.description).toContain("**Sergei Lavrov**");
    expect(embed.fields).toContainEqual(
      expect.objectContaining({ name: "Role", value: "Russian Foreign Minister" }),
    );
    expect(embed.fields).toContainEqual(
      expect.objectContaining({ name: "Source", value: "Talks in Riyadh ¶3" }),
    );
    expect(embed.footer?.text).toContain("corpus v1");
    expect(reply.ephemeral).toBe(false);
    expectWithinLimits(reply);
  });

  it("offers More answers on the first page and Previous on the last, each for the asker only", () => {
    const first = renderAnswer({
      result: three,
      page: 0,
      labels,
      version: "v1",
      userId: USER,
      ephemeral: false,
    });
    const [prev, more] = first.components![0]!.components;
    expect(prev).toMatchObject({ label: "Previous", disabled: true });
    expect(more).toMatchObject({ label: "More answers", disabled: false });
    expect(decodeCustomId((more as { custom_id: string }).custom_id)).toEqual({
      kind: "page",
      command: "who",
      page: 1,
      userId: USER,
      query: "Russian foreign minister",
    });
    const last = renderAnswer({
      result: three,
      page: 2,
      labels,
      version: "v1",
      userId: USER,
      ephemeral: false,
    });
    expect(last.components![0]!.components[1]).toMatchObject({ disabled: true });
    expect(last.embeds![0]!.description).toContain("**Faisal**");
  });

  it("shows no buttons for a single answer", () => {
    expect(
      renderAnswer({
        result: result([answer()]),
        page: 0,
        labels,
        version: "v",
        userId: USER,
        ephemeral: true,
      }).components,
    ).toEqual([]);
  });

  it("shows the speaker of a quote", () => {
    const quote: AnswerResult = {
      command: "quote",
      query: "Witkoff",
      answers: [
        answer({
          answer: "We are close",
          evidence: "“We are close,” Witkoff said.",
          speaker: "Steve Witkoff",
          role: undefined,
        }),
      ],
    };
    const embed = renderAnswer({
      result: quote,
      page: 0,
      labels,
      version: "v",
      userId: USER,
      ephemeral: false,
    }).embeds![0]!;
    expect(embed.fields).toContainEqual(
      expect.objectContaining({ name: "Speaker", value: "Steve Witkoff" }),
    );
  });

  it("stays within every limit with a 6000-character hostile query, huge evidence and many citations", () => {
    const hostile = `@everyone <@&1> **x** ${"ab ".repeat(2000)}`.slice(0, 6000);
    const big = answer({
      answer: "x".repeat(3000),
      evidence: "y ".repeat(5000),
      role: "r".repeat(2000),
      citations: Array.from({ length: 300 }, (_, i) => ({
        article: `${"a".repeat(200)}${i}`,
        paragraph: i + 1,
      })),
    });
    const reply = renderAnswer({
      result: result([big, big, big, big], hostile),
      page: 1,
      labels,
      version: "v",
      userId: USER,
      ephemeral: false,
    });
    expectWithinLimits(reply);
    expect(textOf(reply)).not.toMatch(/@everyone|<@&/);
  });

  it("carries a query too long for the custom id in the footer instead", () => {
    const long = "q".repeat(400);
    const reply = renderAnswer({
      result: result([answer(), answer()], long),
      page: 0,
      labels,
      version: "v",
      userId: USER,
      ephemeral: false,
    });
    const more = reply.components![0]!.components[1] as { custom_id: string };
    expect(decodeCustomId(more.custom_id)).toEqual({
      kind: "page",
      command: "who",
      page: 1,
      userId: USER,
    });
    expect(readQuestionFromFooter(reply.embeds![0]!.footer?.text)).toBe(long);
  });
});

describe("renderNoAnswer", () => {
  it("says plainly the sources don't say, privately, with suggestions and no answer", () => {
    const reply = renderNoAnswer({
      command: "who",
      query: "xyzzy",
      answers: [],
      suggestions: ["Sergei Lavrov", "**Rubio**"],
    });
    expect(reply.ephemeral).toBe(true);
    const text = reply.embeds![0]!.description!;
    expect(text).toMatch(/sources don't say/);
    expect(text).toContain("• Sergei Lavrov");
    expect(text).toContain("\\*\\*Rubio\\*\\*");
  });

  it("stays within limits with a huge query and many long suggestions", () => {
    const reply = renderNoAnswer({
      command: "ask",
      query: "z".repeat(6000),
      answers: [],
      suggestions: Array(50).fill("s".repeat(5000)),
    });
    expectWithinLimits(reply);
  });
});

describe("summaries", () => {
  const summary: Summary = {
    command: "summary",
    query: "Ukraine minerals",
    bullets: [
      { text: "Ukraine *agreed* to talk.", citations: [{ article: "002_x", paragraph: 5 }] },
    ],
  };

  it("previews privately with bullets, citations and a Publish & pin button that names the topic", () => {
    const reply = renderSummaryPreview(summary, labels, "v9");
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.description).toBe(
      "• Ukraine \\*agreed\\* to talk. — *Talks in Riyadh ¶5*",
    );
    const button = reply.components![0]!.components[0] as { label: string; custom_id: string };
    expect(button.label).toBe("Publish & pin");
    expect(decodeCustomId(button.custom_id)).toEqual({
      kind: "publish",
      topic: "Ukraine minerals",
    });
    expect(readSummaryFooter(reply.embeds![0]!.footer?.text, "preview")?.scope).toEqual({
      topic: "Ukraine minerals",
    });
  });

  it("publishes publicly with the corpus version and a versioned scope marker in the footer, readable back", () => {
    const reply = renderPublishedSummary(summary, labels, "v9");
    const footer = reply.embeds![0]!.footer!.text;
    expect(reply.ephemeral).toBe(false);
    expect(reply.components).toEqual([]);
    expect(footer).toMatch(/corpus v9/);
    expect(footer).toMatch(/\nverbatim:summary:v1:[0-9a-f]{16}\?topic=Ukraine\+minerals$/);
    expect(readSummaryFooter(footer, "summary")).toEqual({
      hash: hashScope({ topic: "ukraine  MINERALS" }),
      scope: { topic: "Ukraine minerals" },
    });
    expect(readSummaryFooter(footer, "preview")).toBeUndefined();
    expect(
      readSummaryFooter(
        renderPublishedSummary({ ...summary, query: "" }, labels, "v").embeds![0]!.footer!.text,
        "summary",
      )?.scope,
    ).toEqual({ topic: "" });
  });

  it("carries an article scope in the marker and the Publish button, apart from the topic alone", () => {
    const scope = { topic: "Ukraine minerals", article: "002_x" };
    const preview = renderSummaryPreview(summary, labels, "v9", scope);
    const button = preview.components![0]!.components[0] as { custom_id: string };
    expect(decodeCustomId(button.custom_id)).toEqual({ kind: "publish", ...scope });
    const footer = renderPublishedSummary(summary, labels, "v9", scope).embeds![0]!.footer!.text;
    expect(readSummaryFooter(footer, "summary")?.scope).toEqual(scope);
    expect(readSummaryFooter(footer, "summary")?.hash).not.toBe(
      hashScope({ topic: "Ukraine minerals" }),
    );
  });

  it("reads the footer of summaries published before the marker, and ignores a marker whose query was cut", () => {
    expect(
      readSummaryFooter(
        "Summary · quoted from the sources · corpus v1\nTopic: all articles",
        "summary",
      ),
    ).toEqual({ hash: hashScope({ topic: "" }), scope: { topic: "" } });
    const footer = renderPublishedSummary(summary, labels, "v9").embeds![0]!.footer!.text;
    expect(readSummaryFooter(footer.replace(/minerals$/, "min"), "summary")).toEqual({
      hash: hashScope({ topic: "Ukraine minerals" }),
    });
  });

  it("titles an article summary with the article's label, and says a short summary is short", () => {
    const reply = renderSummaryPreview({ ...summary, article: "002_x", few: true }, labels, "v");
    expect(reply.embeds![0]!.title).toBe("Summary: Talks in Riyadh · Ukraine minerals");
    expect(reply.embeds![0]!.description).toMatch(
      /\nOnly 1 point: the sources say little more on this\.$/,
    );
    expect(renderSummaryPreview(summary, labels, "v").embeds![0]!.description).not.toMatch(
      /Only 1 point/,
    );
  });

  it("offers no publish button when there is nothing to publish", () => {
    expect(renderSummaryPreview({ ...summary, bullets: [] }, labels, "v").components).toEqual([]);
  });

  it("stays within limits with 200 long bullets and a 6000-character topic", () => {
    const huge: Summary = {
      command: "summary",
      query: "t".repeat(6000),
      bullets: Array.from({ length: 200 }, () => ({
        text: "b ".repeat(1000),
        citations: [{ article: "002_x", paragraph: 1 }],
      })),
    };
    const preview = renderSummaryPreview(huge, labels, "v");
    expectWithinLimits(preview);
    expect(preview.embeds![0]!.description).toMatch(/more points? that did not fit/);
    expectWithinLimits(renderPublishedSummary(huge, labels, "v"));
  });
});

describe("sources, paragraphs, support, help and cooldown", () => {
  it("lists each article with label, date and paragraph count", () => {
    const reply = renderSources(
      [
        { id: "002_x", label: "Talks", date: "2025-03-11", paragraphs: 20 },
        { id: "003_y", label: "More", paragraphs: 1 },
      ],
      "v",
    );
    const text = reply.embeds![0]!.description!;
    expect(text).toContain("**Talks**\n2025-03-11 · 20 paragraphs · id 002\\_x");
    expect(text).toContain("undated · 1 paragraph · id 003\\_y");
  });

  it("lists hundreds of articles within the limits, saying how many are left out", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `id${i}`,
      label: "L".repeat(300),
      paragraphs: i,
    }));
    const reply = renderSources(many, "v");
    expectWithinLimits(reply);
    expect(reply.embeds![0]!.description).toMatch(/…and \d+ more\./);
  });

  it("shows a paragraph verbatim apart from escaping, with its citation", () => {
    const reply = renderParagraph(
      { article: "002_x", n: 3, text: "Rubio said *no*.", sentences: [] },
      labels,
      20,
      "v",
    );
    expect(reply.embeds![0]).toMatchObject({
      title: "Talks in Riyadh ¶3",
      description: "Rubio said \\*no\\*.",
    });
    expectWithinLimits(
      renderParagraph(
        {
          article: "002_x",
          n: 3,
          text: "*".repeat(9000),
          sentences: [],
          section: "s".repeat(5000),
        },
        labels,
        20,
        "v",
      ),
    );
  });

  it("explains a missing article or paragraph privately", () => {
    expect(renderNoParagraph("nope", 2, undefined)).toMatchObject({
      ephemeral: true,
      content: expect.stringMatching(/no article "nope"/),
    });
    expect(renderNoParagraph("002_x", 99, 20).content).toMatch(
      /paragraphs 1 to 20; there is no paragraph 99/,
    );
  });

  it("finds support privately with citations, or says the sources don't cover it", () => {
    const found = renderSupport("Lavrov met Rubio", [answer()], labels, "v");
    expect(found.ephemeral).toBe(true);
    expect(found.embeds![0]!.fields![0]).toMatchObject({ name: "Talks in Riyadh ¶3" });
    expect(renderSupport("cats", [], labels, "v").embeds![0]!.description).toMatch(
      /don't cover it/,
    );
    expectWithinLimits(
      renderSupport(
        "c".repeat(6000),
        Array(10).fill(answer({ evidence: "e".repeat(9000) })),
        labels,
        "v",
      ),
    );
  });

  it("says in the help that every answer is quoted from the sources", () => {
    const reply = renderHelp(5);
    expect(reply.embeds![0]!.description).toMatch(/quoted word for word from 5 source articles/);
    expect(reply.embeds![0]!.description).toMatch(/\/summary/);
  });

  it("tells the user when to retry with a relative Discord timestamp", () => {
    expect(renderCooldown("who", 1_700_000_001_500).content).toBe(
      "Slow down a little: you can use /who again <t:1700000002:R>.",
    );
  });
});

describe("fitEmbed", () => {
  it("brings an embed far beyond every limit within all of them", () => {
    const embed: APIEmbed = {
      title: "t".repeat(1000),
      description: "d ".repeat(5000),
      footer: { text: "f".repeat(3000) },
      fields: Array.from({ length: 40 }, () => ({
        name: "n".repeat(400),
        value: "v ".repeat(800),
      })),
    };
    expectWithinLimits({ embeds: [fitEmbed(embed)], ephemeral: false });
  });
});
