import { describe, expect, it } from "vitest";
import { chunkArticle } from "../../src/engine/corpus/chunkArticle.js";
import { LINE_RULES } from "../../src/engine/corpus/lineRules.js";

const chunk = (text: string) => chunkArticle("a", "a.txt", text);

describe("chunkArticle", () => {
  it("keeps each non-empty line as a paragraph, numbered from 1, with or without blank lines between", () => {
    const tight = chunk(
      "First line here is a sentence.\nSecond line is another one.\nThird one closes it.",
    );
    const spaced = chunk(
      "First line here is a sentence.\n\nSecond line is another one.\n\n\nThird one closes it.",
    );
    expect(tight.paragraphs.map((p) => [p.n, p.text])).toEqual(
      spaced.paragraphs.map((p) => [p.n, p.text]),
    );
    expect(tight.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
  });

  it("drops separator lines such as a lone full stop", () => {
    const article = chunk("One sentence of news.\n.\n***\n---\nAnother sentence of news.");
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "One sentence of news.",
      "Another sentence of news.",
    ]);
    expect(article.dropped.filter((d) => d.reason === "separator")).toHaveLength(3);
  });

  it.each([
    "Read More: US cuts off intelligence-sharing with Ukraine",
    "after newsletter promotion",
    "Comments",
    "Discover more from Defence Talks | Defense News Hub",
    "Subscribe to get the latest posts sent to your email.",
    "Advertisement",
    "ALSO READ: Talks resume in Geneva",
    "Related: What the deal means for Europe",
    "Share this article",
    "Leave a Reply",
    "Reporting by Jane Doe; Editing by John Roe",
    "© 2025 Example News. All rights reserved.",
    "Copyright 2025 Example Media Group",
    "Skip past newsletter promotion",
    "Sign up for our daily briefing",
    "By Jane Doe and John Roe, Reuters",
    "Image source, Getty Images",
    "Soldiers at the front. AFP via Getty Images",
    "![A map of the region](map.png)",
    "Published March 3, 2025",
    "Updated Tuesday 10.30 GMT",
    "This article was originally published by Example News.",
  ])("drops the boilerplate line %j", (line) => {
    const article = chunk(
      `The talks began on Monday in the capital.\n${line}\nThe delegations met for six hours.`,
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "The talks began on Monday in the capital.",
      "The delegations met for six hours.",
    ]);
    expect(article.dropped).toEqual([
      expect.objectContaining({ reason: "boilerplate", text: line }),
    ]);
  });

  it("names the line-table row that dropped each line", () => {
    const article = chunk(
      "# Truce agreed\n\nBy Jane Doe and John Roe, Reuters\n\nBoth sides halted strikes.\n\n***\n\nCEDING TERRITORY?\n\nKyiv rejects any loss of land.\n\nAdvertisement",
    );
    expect(article.dropped.map((d) => [d.reason, d.detail])).toEqual([
      ["title", "markdown-heading"],
      ["boilerplate", "byline"],
      ["separator", "no-letters"],
      ["heading", "all-caps-subhead"],
      ["boilerplate", "advertisement"],
    ]);
    const ids = new Set(LINE_RULES.map((r) => r.id));
    for (const dropped of article.dropped) expect(ids.has(dropped.detail!)).toBe(true);
  });

  it("keeps a short real sentence that opens with By", () => {
    expect(chunk("By Monday, the talks had collapsed.").paragraphs.map((p) => p.text)).toEqual([
      "By Monday, the talks had collapsed.",
    ]);
  });

  it("keeps a real sentence that merely mentions a newsletter or comments", () => {
    const line =
      "The ministry said in its weekly newsletter that the comments made by the envoy had been misunderstood by reporters on both sides.";
    expect(chunk(line).paragraphs.map((p) => p.text)).toEqual([line]);
  });

  it("turns short headings and all-caps subheads into sections, not paragraphs", () => {
    const article = chunk(
      "Leaders met in the capital on Monday.\nWhy in Saudi Arabia?\nThe kingdom has hosted talks before.\nCEDING TERRITORY?\nKyiv rejects any loss of land.",
    );
    expect(article.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ["Leaders met in the capital on Monday.", undefined],
      ["The kingdom has hosted talks before.", "Why in Saudi Arabia?"],
      ["Kyiv rejects any loss of land.", "CEDING TERRITORY?"],
    ]);
    expect(article.sections).toEqual(["Why in Saudi Arabia?", "CEDING TERRITORY?"]);
  });

  it("reads markdown headings: # as the title, ## and below as sections", () => {
    const article = chunk(
      "# Energy truce agreed\n\nBoth sides halted strikes.\n\n## What comes next\n\nTalks resume on Friday.",
    );
    expect(article.title).toBe("Energy truce agreed");
    expect(article.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ["Both sides halted strikes.", undefined],
      ["Talks resume on Friday.", "What comes next"],
    ]);
  });

  it("uses an opening heading line as the title and label", () => {
    const article = chunk(
      "Russia and Ukraine agree on energy truce\nBoth sides agreed to halt strikes on power plants.",
    );
    expect(article.title).toBe("Russia and Ukraine agree on energy truce");
    expect(article.label).toBe("Russia and Ukraine agree on energy truce");
    expect(article.paragraphs).toHaveLength(1);
  });

  it("derives a short label from the first sentence when there is no title", () => {
    const article = chunk(
      "Ukraine's President Volodymyr Zelenskyj arrived in Saudi Arabia on Monday, but he is not expected to take part.",
    );
    expect(article.title).toBeUndefined();
    expect(article.label.length).toBeLessThanOrEqual(61);
    expect(article.label.endsWith("…")).toBe(true);
    expect("Ukraine's President Volodymyr Zelenskyj arrived in Saudi Arabia").toContain(
      article.label.slice(0, -1).trim(),
    );
  });

  it("takes a leading date line as the article date and removes it from the text", () => {
    const article = chunk(
      " date 2025-03-11 U.S. and Ukrainian officials were to meet on Tuesday.\n\nMore text follows here.",
    );
    expect(article.date).toBe("2025-03-11");
    expect(article.paragraphs[0]!.text).toBe(
      "U.S. and Ukrainian officials were to meet on Tuesday.",
    );
  });

  it("takes a dateline as metadata and keeps the rest of the paragraph", () => {
    const article = chunk(
      "RIYADH — High-stakes talks between the United States and Russia have commenced.",
    );
    expect(article.dateline).toBe("RIYADH");
    expect(article.paragraphs[0]!.text).toBe(
      "High-stakes talks between the United States and Russia have commenced.",
    );
  });

  it("keeps every paragraph a verbatim substring of the source, up to whitespace", () => {
    const source = "  Lead   paragraph with  odd spacing.  \n\n\tSecond paragraph, tabbed.\n";
    for (const paragraph of chunk(source).paragraphs) expect(source).toContain(paragraph.text);
  });

  it("splits paragraphs into sentences whose offsets point at verbatim text", () => {
    const article = chunk(
      "The top U.S. diplomat met U.S. Secretary of State Marco Rubio. Then they left for Jeddah.",
    );
    const paragraph = article.paragraphs[0]!;
    expect(paragraph.sentences.map((s) => s.text)).toEqual([
      "The top U.S. diplomat met U.S. Secretary of State Marco Rubio.",
      "Then they left for Jeddah.",
    ]);
    for (const sentence of paragraph.sentences)
      expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
