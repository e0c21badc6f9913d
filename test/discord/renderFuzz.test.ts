import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../src/discord/render/renderAnswer.js";
import { renderNoAnswer } from "../../src/discord/render/renderNoAnswer.js";
import {
  renderPublishedSummary,
  renderSummaryPreview,
} from "../../src/discord/render/renderSummary.js";
import { renderSupport } from "../../src/discord/render/renderSupport.js";
import type { Reply } from "../../src/discord/render/types.js";
import type { SourceLabels } from "../../src/discord/render/formatCitation.js";
import { parsePublishedBullets } from "../../src/discord/findStalePins.js";
import { toReplyOptions } from "../../src/discord/toMessageOptions.js";
import type { Answer, AnswerResult, QuestionCommand } from "../../src/engine/types.js";

/** Inputs per renderer property per run; the README's Reliability section quotes it. */
export const RENDER_FUZZ_RUNS = 200;

const hostileText = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.constantFrom(
    "@everyone",
    "@here",
    "<@&123456789012345678>",
    "<@!123456789012345678>",
    "<#123456789012345678>",
    "**bold** __u__ ~~s~~ `c` ```block``` ||spoiler|| > quote # heading - item [link](https://x.y)",
    "\u202E\u200D",
    "a".repeat(7000),
  ),
);
const citation = fc.record({
  article: fc.string({ minLength: 1, maxLength: 120 }),
  paragraph: fc.integer({ min: 1, max: 100000 }),
});
const answer: fc.Arbitrary<Answer> = fc.record(
  {
    answer: hostileText,
    evidence: hostileText,
    citations: fc.array(citation, { minLength: 1, maxLength: 8 }),
    score: fc.double({ noNaN: true }),
    speaker: hostileText,
    role: hostileText,
    resolved: hostileText,
  },
  { requiredKeys: ["answer", "evidence", "citations", "score"] },
);
const command = fc.constantFrom<QuestionCommand>("who", "where", "when", "quote", "ask");
const articleId = fc.string({ minLength: 1, maxLength: 120 });
const link = fc.record(
  {
    url: fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 300 }),
      fc.constant('https://x.y/a)(b "c" [d]'),
    ),
    outlet: hostileText,
  },
  { requiredKeys: ["url"] },
);
/**
 * Labels for any article ids, and sidecar links (some not URLs at all) for some of them; with or without
 * PUBLIC_URL (as config leaves it: absolute, no trailing slash), which links every other citation too.
 */
const labels: fc.Arbitrary<SourceLabels> = fc
  .tuple(
    fc.dictionary(articleId, hostileText),
    fc.dictionary(articleId, link),
    fc.option(
      fc.constantFrom(
        "https://verbatim.example.org",
        "http://127.0.0.1:8080/a%20b/(c)",
        "https://x.y",
      ),
      { nil: undefined },
    ),
  )
  .map(([names, links, pages]) =>
    Object.assign(new Map(Object.entries(names)), {
      links: new Map(Object.entries(links)),
      ...(pages ? { pages } : {}),
    }),
  );

const TEXT_PATTERNS = [/(^|[^\u200b])@everyone/, /(^|[^\u200b])@here/, /<@&\d/, /<@!?\d/, /<#\d/];

function expectWithinLimits(reply: Reply) {
  const embeds = reply.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0);
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  expect(total).toBeLessThanOrEqual(6000);
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(2000);
  expect(reply.components?.length ?? 0).toBeLessThanOrEqual(5);
  for (const row of reply.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components)
      if ("custom_id" in button) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  }
  // Nothing pings: raw mention syntax never survives, and the options turn mention parsing off.
  const visible = [
    reply.content ?? "",
    ...embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join("\n");
  for (const pattern of TEXT_PATTERNS) expect(visible).not.toMatch(pattern);
  expect(toReplyOptions(reply).allowedMentions).toEqual({ parse: [] });
}

describe("renderers on any answer, evidence or title text", () => {
  it("keep answer pages within every Discord limit, escaped, pinging no one", () => {
    fc.assert(
      fc.property(
        command,
        hostileText,
        fc.array(answer, { minLength: 1, maxLength: 4 }),
        labels,
        fc.nat(5),
        fc.boolean(),
        (cmd, query, answers, map, page, ephemeral) => {
          const result: AnswerResult = { command: cmd, query, answers };
          expectWithinLimits(
            renderAnswer({
              result,
              page: Math.min(page, answers.length - 1),
              labels: map,
              version: "v1",
              userId: "123456789012345678",
              ephemeral,
            }),
          );
        },
      ),
      { numRuns: RENDER_FUZZ_RUNS },
    );
  });

  it("keep no-answer replies, summaries and Find source results within limits and ping-free", () => {
    fc.assert(
      fc.property(
        command,
        hostileText,
        fc.array(hostileText, { maxLength: 8 }),
        fc.array(
          fc.record({
            text: hostileText,
            citations: fc.array(citation, { minLength: 1, maxLength: 6 }),
          }),
          { maxLength: 12 },
        ),
        labels,
        fc.array(answer, { maxLength: 5 }),
        (cmd, query, suggestions, bullets, map, support) => {
          expectWithinLimits(renderNoAnswer({ command: cmd, query, answers: [], suggestions }));
          const summary = { command: "summary" as const, query, bullets };
          expectWithinLimits(renderSummaryPreview(summary, map, "v1"));
          expectWithinLimits(renderPublishedSummary(summary, map, "v1"));
          expectWithinLimits(renderSupport(query, support, map, "v1"));
        },
      ),
      { numRuns: RENDER_FUZZ_RUNS },
    );
  });

  it("read every published bullet's text and first citation back, whatever the labels and links", () => {
    const plainText = fc
      .string({ minLength: 1, maxLength: 200 })
      .filter(
        (t) => !t.includes("\n") && t.trim() === t && !t.includes("…") && !t.includes(" — *"),
      );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: plainText,
            citations: fc.array(citation, { minLength: 1, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        labels,
        (bullets, map) => {
          const label = (article: string) => map.get(article) ?? article;
          const fits = bullets.every(
            (b) =>
              !/[\n;]|\s$|^\s|\*/.test(label(b.citations[0]!.article)) &&
              label(b.citations[0]!.article).length > 0,
          );
          fc.pre(fits);
          const description = renderPublishedSummary(
            { command: "summary", query: "t", bullets },
            map,
            "v1",
          ).embeds![0]!.description!;
          const back = parsePublishedBullets(description);
          back.forEach((read, i) => {
            expect(read.citations[0]).toEqual({
              label: label(bullets[i]!.citations[0]!.article).replace(/\u200b/g, ""),
              paragraph: bullets[i]!.citations[0]!.paragraph,
            });
          });
        },
      ),
      { numRuns: RENDER_FUZZ_RUNS },
    );
  });
});
